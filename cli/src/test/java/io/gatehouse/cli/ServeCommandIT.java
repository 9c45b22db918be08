package io.gatehouse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar gatehouse-cli.jar serve} (the shaded jar, in its own JVM) administered with the
 * real AWS CLI: the URL it prints works, changes land in the account file, denies and changes are
 * in the audit log, and the log holds no secret.
 */
class ServeCommandIT {
  private static final String ADMIN_KEY = "AKIASERVEADMIN000001";
  private static final String ADMIN_SECRET = "serveAdminSecretAccessKey00000000000000001";

  @TempDir Path dir;
  private Process server;

  @AfterEach
  void stop() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(20, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private Map.Entry<Integer, String> aws(String url, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", url, "--output", "json"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    Path empty = Files.writeString(dir.resolve("empty-config"), "");
    env.put("AWS_CONFIG_FILE", empty.toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", empty.toString());
    env.put("AWS_ACCESS_KEY_ID", ADMIN_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", ADMIN_SECRET);
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return Map.entry(p.exitValue(), out);
  }

  @Test
  void theShadedJarServesTheAwsCli() throws Exception {
    Path account = Files.writeString(dir.resolve("account.yaml"), """
        AccountId: "444455556666"
        UserDetailList:
          - UserName: admin
            UserPolicyList:
              - PolicyName: administer
                PolicyDocument:
                  Version: "2012-10-17"
                  Statement:
                    - { Effect: Allow, Action: "iam:*", Resource: "*" }
                    - { Effect: Deny, Action: "iam:DeleteUser", Resource: "*" }
        AccessKeys:
          - { UserName: admin, AccessKeyId: %s, SecretAccessKey: %s }
        """.formatted(ADMIN_KEY, ADMIN_SECRET));
    Path audit = Files.createDirectory(dir.resolve("audit"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    server = new ProcessBuilder(java, "-jar", System.getProperty("gatehouse.cli.jar"), "serve", "--account",
        account.toString(), "--port", "0", "--audit-dir", audit.toString()).redirectError(
        ProcessBuilder.Redirect.INHERIT).start();
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String first = out.readLine();
    assertTrue(first != null && first.startsWith("Gatehouse IAM and STS API at http://127.0.0.1:"), first);
    String url = first.substring(first.indexOf("http://"));
    String consoleLine = out.readLine();
    assertTrue(consoleLine != null && consoleLine.equals("Web console at " + url + "gatehouse/console/"), consoleLine);
    HttpResponse<String> page = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url + "gatehouse/console/")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<title>Gatehouse console</title>"), page.body());

    Map.Entry<Integer, String> who = aws(url, "sts", "get-caller-identity");
    assertEquals(0, who.getKey(), who.getValue());
    assertTrue(who.getValue().contains("\"Arn\": \"arn:aws:iam::444455556666:user/admin\""), who.getValue());
    Map.Entry<Integer, String> created = aws(url, "iam", "create-user", "--user-name", "from-cli");
    assertEquals(0, created.getKey(), created.getValue());
    assertTrue(Files.readString(account).contains("from-cli"), "saved to the account file");
    Map.Entry<Integer, String> key = aws(url, "iam", "create-access-key", "--user-name", "from-cli");
    assertEquals(0, key.getKey(), key.getValue());
    Map.Entry<Integer, String> denied = aws(url, "iam", "delete-user", "--user-name", "from-cli");
    assertTrue(denied.getKey() == 254 || denied.getKey() == 255, denied.getValue());
    assertTrue(denied.getValue().contains("(AccessDenied)") && denied.getValue().contains("explicit deny"),
        denied.getValue());

    String log = Files.readString(audit.resolve("gatehouse-audit.log"));
    assertTrue(log.contains("\"eventName\":\"CreateUser\""), log);
    assertTrue(log.contains("\"decision\":\"ExplicitDeny\""), log);
    assertTrue(log.contains("\"enforcementPoint\":\"api\""), log);
    String secret = key.getValue().replaceAll("(?s).*\"SecretAccessKey\": \"([^\"]+)\".*", "$1");
    assertTrue(!log.contains(secret) && !log.contains(ADMIN_SECRET), "no secret in the audit log");
  }
}

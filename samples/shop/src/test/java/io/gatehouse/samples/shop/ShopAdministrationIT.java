package io.gatehouse.samples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop administered with the unmodified AWS CLI, as its README shows: the shop runs (its own
 * JVM, the agent, hot reload of its account file), {@code gatehouse serve} serves the IAM and STS
 * APIs on the same account file, and what {@code aws iam ...} / {@code aws sts ...} create there is
 * what the running shop then accepts — new users, groups, policies and access keys, deactivated
 * keys, and role sessions with MFA.
 */
class ShopAdministrationIT {
  static final String[] ADMIN = {"AKIASHOPADMIN0000001", "shopAdminSecret/K7MDENG/bPxRfiCYDEMOKEY1"};
  static final String[] SAM = {"AKIASHOPSAM000000001", "shopSamSecret/K7MDENG/bPxRfiCYDEMOKEY22"};
  static final String ACCOUNT = "123456789012";

  @TempDir
  static Path work;
  static Shop shop;
  static SampleProcess api;
  static URI endpoint;

  @BeforeAll
  static void start() throws Exception {
    shop = Shop.start(work);
    api = SampleProcess.start(List.of(SampleProcess.java(), "-jar", System.getProperty("gatehouse.cli.jar"), "serve",
        "--account", work.resolve("config/accounts/shop.yaml").toString(), "--port", "0",
        "--audit-dir", work.resolve("audit/api").toString()), work, "Gatehouse IAM and STS API at ");
    endpoint = URI.create(api.ready());
    Files.createDirectories(work.resolve("aws"));
    Files.writeString(work.resolve("aws/config"), "");
    Files.writeString(work.resolve("aws/credentials"), "");
  }

  @AfterAll
  static void stop() throws InterruptedException {
    if (api != null) {
      api.close();
    }
    if (shop != null) {
      shop.close();
    }
  }

  @Test
  void aUserCreatedWithTheAwsCliSignsShopRequestsWithItsNewKey() throws Exception {
    aws(ADMIN, "iam", "create-user", "--user-name", "erin");
    aws(ADMIN, "iam", "create-group", "--group-name", "order-readers");
    aws(ADMIN, "iam", "add-user-to-group", "--user-name", "erin", "--group-name", "order-readers");
    String policyArn = json(aws(ADMIN, "iam", "create-policy", "--policy-name", "ReadOrder2", "--policy-document",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"shop:GetOrder\","
            + "\"Resource\":\"arn:shop:orders::123456789012:order/2\"}]}")).get("Arn");
    assertEquals("arn:aws:iam::" + ACCOUNT + ":policy/ReadOrder2", policyArn);
    aws(ADMIN, "iam", "attach-group-policy", "--group-name", "order-readers", "--policy-arn", policyArn);
    Map<String, String> key = json(aws(ADMIN, "iam", "create-access-key", "--user-name", "erin"));
    String[] erin = {key.get("AccessKeyId"), key.get("SecretAccessKey")};
    assertTrue(erin[0].startsWith("AKIA") && erin[1].length() == 40, key.toString());

    // The shop reloads its account file on its own: the new key works there as soon as it has.
    List<String> order = eventually(() -> signed(erin, "GET", "/orders/2"), r -> !r.get(1).equals("401"));
    assertEquals(List.of("{\"id\":\"2\",\"customer\":\"dave\",\"product\":\"3\",\"quantity\":4,\"refunded\":false}",
        "200"), order);
    assertEquals(List.of("{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:iam::123456789012:user/erin "
        + "is not authorized to perform: shop:GetOrder on resource: arn:shop:orders::123456789012:order/1 because no "
        + "identity-based policy allows the shop:GetOrder action\"}", "403"), signed(erin, "GET", "/orders/1"));

    aws(ADMIN, "iam", "update-access-key", "--user-name", "erin", "--access-key-id", erin[0], "--status", "Inactive");
    List<String> refused = eventually(() -> signed(erin, "GET", "/orders/2"), r -> !r.get(1).equals("200"));
    assertEquals("401", refused.get(1), refused.toString());
    assertTrue(refused.get(0).startsWith("{\"__type\":\"InvalidClientTokenId\""), refused.get(0));
  }

  @Test
  void aRoleSessionWithMfaFromStsRefundsInTheShop() throws Exception {
    String code = new TotpVerifier().codeAt(TotpSecret.fromBase32("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), Instant.now());
    Map<String, String> credentials = json(aws(SAM, "sts", "assume-role", "--role-arn",
        "arn:aws:iam::" + ACCOUNT + ":role/support", "--role-session-name", "sam-refunds",
        "--serial-number", "arn:aws:iam::" + ACCOUNT + ":mfa/sam", "--token-code", code));
    String[] session = {credentials.get("AccessKeyId"), credentials.get("SecretAccessKey"),
        credentials.get("SessionToken")};
    assertTrue(session[0].startsWith("ASIA"), credentials.toString());

    // sam's own key cannot refund (no MFA); the role session he took with his MFA device can.
    assertEquals("403", signed(SAM, "POST", "/orders/1/refund").get(1));
    assertEquals(List.of("{\"id\":\"1\",\"customer\":\"carol\",\"product\":\"1\",\"quantity\":1,\"refunded\":true}",
        "200"), signed(session, "POST", "/orders/1/refund"));
    assertEquals(List.of("{\"__type\":\"AccessDeniedException\",\"message\":\"User: arn:aws:sts::123456789012:"
        + "assumed-role/support/sam-refunds is not authorized to perform: shop:DeleteOrder on resource: "
        + "arn:shop:orders::123456789012:order/2 because no identity-based policy allows the shop:DeleteOrder "
        + "action\"}", "403"), signed(session, "DELETE", "/orders/2"));
    String[] tampered = {session[0], session[1], session[2].substring(0, session[2].length() - 2) + "AA"};
    assertEquals("401", signed(tampered, "POST", "/orders/1/refund").get(1));
  }

  @Test
  void aShopUserCannotGrantHimselfMoreAndBadInputIsNamed() throws Exception {
    String before = withoutLastUse(Files.readString(work.resolve("config/accounts/shop.yaml")));
    String denied = awsFails(SAM, "iam", "attach-user-policy", "--user-name", "sam", "--policy-arn",
        "arn:aws:iam::" + ACCOUNT + ":policy/Refunds");
    assertTrue(denied.contains("(AccessDenied) when calling the AttachUserPolicy operation: User: "
        + "arn:aws:iam::123456789012:user/sam is not authorized to perform: iam:AttachUserPolicy"), denied);
    String malformed = awsFails(ADMIN, "iam", "create-policy", "--policy-name", "Broken", "--policy-document",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"shop:GetOrder\"}]}");
    assertTrue(malformed.contains("(MalformedPolicyDocument) when calling the CreatePolicy operation"), malformed);
    assertEquals(before, withoutLastUse(Files.readString(work.resolve("config/accounts/shop.yaml"))),
        "nothing written but when sam's key was last used");
  }

  /** The account file less the access keys' last use, which signing a refused call records too. */
  private static String withoutLastUse(String accountFile) {
    return accountFile.replaceAll("(?m)^\\s*LastUsed(Date|ServiceName|Region):.*\\R", "");
  }

  @Test
  void anEditBySomeoneElseIsFollowedAndKept() throws Exception {
    aws(ADMIN, "iam", "create-user", "--user-name", "dave-support");
    // Another writer changes the account file while both servers run: the offline `gatehouse iam`.
    Process offline = new ProcessBuilder(SampleProcess.java(), "-jar", System.getProperty("gatehouse.cli.jar"), "iam",
        "tag-user", "--account", work.resolve("config/accounts/shop.yaml").toString(), "--user-name", "dave-support",
        "--tags", "Key=desk,Value=3").redirectErrorStream(true).start();
    String printed = new String(offline.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(offline.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, offline.exitValue(), printed);

    // The API's next write applies to the edited file, not over it: both tags are kept.
    eventually(() -> List.of(aws(ADMIN, "iam", "list-user-tags", "--user-name", "dave-support")),
        r -> r.get(0).contains("desk"));
    aws(ADMIN, "iam", "tag-user", "--user-name", "dave-support", "--tags", "Key=team,Value=refunds");
    String tags = aws(ADMIN, "iam", "list-user-tags", "--user-name", "dave-support");
    assertTrue(tags.contains("\"Key\": \"desk\"") && tags.contains("\"Key\": \"team\""), tags);
    String file = Files.readString(work.resolve("config/accounts/shop.yaml"));
    assertTrue(file.contains("desk") && file.contains("refunds"), "both writers' changes are in the file");
  }

  /** A request to the shop signed by curl with these credentials (and session token, if three). */
  static List<String> signed(String[] credentials, String method, String path) throws Exception {
    List<String> args = new ArrayList<>(List.of("--aws-sigv4", "aws:amz:us-east-1:shop",
        "--user", credentials[0] + ":" + credentials[1], "-X", method));
    if (credentials.length == 3) {
      args.addAll(List.of("-H", "X-Amz-Security-Token: " + credentials[2]));
    }
    args.add(shop.base() + path);
    return Shop.curl(args.toArray(String[]::new));
  }

  /** Repeats a request until its answer satisfies {@code done} (at most 10 s), and returns that answer. */
  static List<String> eventually(Call call, Predicate<List<String>> done) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    List<String> answer = call.run();
    while (!done.test(answer) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      answer = call.run();
    }
    return answer;
  }

  /** A request the test may repeat. */
  interface Call {
    List<String> run() throws Exception;
  }

  /** Runs {@code aws ARGS} against the API; fails the test unless it succeeds; returns its output. */
  static String aws(String[] credentials, String... args) throws Exception {
    String[] result = runAws(credentials, args);
    assertEquals("0", result[0], String.join(" ", args) + ": " + result[2]);
    return result[1];
  }

  /** Runs {@code aws ARGS}; fails the test if it succeeds (AWS CLI v1 exits 255, v2 254); returns its error output. */
  static String awsFails(String[] credentials, String... args) throws Exception {
    String[] result = runAws(credentials, args);
    assertNotEquals("0", result[0], String.join(" ", args) + ": " + result[1]);
    return result[2];
  }

  /** The real {@code aws} command, isolated from the machine's AWS configuration. */
  static String[] runAws(String[] credentials, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("aws"));
    command.addAll(List.of(args));
    command.addAll(List.of("--endpoint-url", endpoint.toString(), "--region", "us-east-1", "--output", "json"));
    ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("AWS_"));
    env.put("AWS_CONFIG_FILE", work.resolve("aws/config").toString());
    env.put("AWS_SHARED_CREDENTIALS_FILE", work.resolve("aws/credentials").toString());
    env.put("AWS_ACCESS_KEY_ID", credentials[0]);
    env.put("AWS_SECRET_ACCESS_KEY", credentials[1]);
    env.put("AWS_EC2_METADATA_DISABLED", "true");
    env.put("AWS_PAGER", "");
    Path out = Files.createTempFile(work, "aws", ".out");
    Path err = Files.createTempFile(work, "aws", ".err");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "aws finished");
    return new String[] {Integer.toString(p.exitValue()), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8)};
  }

  /** The string fields of an answer's objects, by name (the innermost wins; enough for these answers). */
  static Map<String, String> json(String text) throws IOException {
    Map<String, String> fields = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(text)) {
      for (JsonToken t; (t = p.nextToken()) != null; ) {
        if (t == JsonToken.VALUE_STRING) {
          fields.put(p.currentName(), p.getText());
        }
      }
    }
    return fields;
  }
}

package io.gatehouse.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unmodified AWS CLI ({@code aws}, installed on the machine) administers an account through
 * the servlet on Jetty: it parses every answer with botocore's IAM and STS models, so a wrong
 * element name, list wrapper or timestamp fails here. The steps build on each other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AwsCliEndToEndTest {
  /** The AWS CLI's exit status for an error the service answered: 255 in version 1, 254 in version 2. */
  private static final java.util.Set<Integer> SERVICE_ERROR = java.util.Set.of(254, 255);
  private static final String ROLE = "arn:aws:iam::111122223333:role/deployer";

  @TempDir static Path dir;
  private static ApiServer server;
  private static AwsCli cli;
  private static String policyArn;

  @BeforeAll
  static void start() throws Exception {
    server = ApiServer.start(dir, "/");
    cli = new AwsCli(server.endpoint(), dir.resolve("home"));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  private static AwsCli.Result admin(String... args) throws Exception {
    AwsCli.Result r = cli.aws(ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET, null, args);
    assertEquals(0, r.exitCode(), () -> String.join(" ", args) + ": " + r);
    return r;
  }

  static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\": \"([^\"]*)\"").matcher(json);
    assertTrue(m.find(), () -> "no " + name + " in " + json);
    return m.group(1);
  }

  static List<String> fields(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\": \"([^\"]*)\"").matcher(json);
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  @Order(1)
  void getCallerIdentityNamesTheSigner() throws Exception {
    AwsCli.Result r = admin("sts", "get-caller-identity");
    assertEquals("arn:aws:iam::111122223333:user/admin", field(r.stdout(), "Arn"));
    assertEquals("111122223333", field(r.stdout(), "Account"));
  }

  @Test
  @Order(2)
  void createsAUserAGroupAndAPolicyAndAttachesIt() throws Exception {
    AwsCli.Result user = admin("iam", "create-user", "--user-name", "dev", "--path", "/eng/",
        "--tags", "Key=team,Value=platform");
    assertEquals("arn:aws:iam::111122223333:user/eng/dev", field(user.stdout(), "Arn"));
    assertEquals("platform", field(user.stdout(), "Value"));
    assertTrue(field(user.stdout(), "CreateDate").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*"));
    admin("iam", "create-group", "--group-name", "devs");
    admin("iam", "add-user-to-group", "--group-name", "devs", "--user-name", "dev");
    Path doc = dir.resolve("read-iam.json");
    Files.writeString(doc, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"ReadUsers\",\"Effect\":\"Allow\","
        + "\"Action\":[\"iam:GetUser\",\"iam:ListUsers\",\"iam:ListGroupsForUser\"],\"Resource\":\"*\"}]}");
    AwsCli.Result policy = admin("iam", "create-policy", "--policy-name", "ReadUsers",
        "--policy-document", "file://" + doc, "--description", "reads users");
    policyArn = field(policy.stdout(), "Arn");
    assertEquals("arn:aws:iam::111122223333:policy/ReadUsers", policyArn);
    admin("iam", "attach-group-policy", "--group-name", "devs", "--policy-arn", policyArn);
    AwsCli.Result attached = admin("iam", "list-attached-group-policies", "--group-name", "devs");
    assertEquals(List.of(policyArn), fields(attached.stdout(), "PolicyArn"));
    AwsCli.Result version = admin("iam", "get-policy-version", "--policy-arn", policyArn, "--version-id", "v1");
    assertTrue(version.stdout().contains("\"Sid\": \"ReadUsers\""), "the CLI decodes the document: " + version);
  }

  @Test
  @Order(3)
  void theNewAccessKeySignsRequestsWithTheAttachedPolicy() throws Exception {
    AwsCli.Result key = admin("iam", "create-access-key", "--user-name", "dev");
    String devKey = field(key.stdout(), "AccessKeyId");
    String devSecret = field(key.stdout(), "SecretAccessKey");
    assertEquals("Active", field(key.stdout(), "Status"));
    AwsCli.Result who = cli.aws(devKey, devSecret, null, "sts", "get-caller-identity");
    assertEquals(0, who.exitCode(), who::toString);
    assertEquals("arn:aws:iam::111122223333:user/eng/dev", field(who.stdout(), "Arn"));
    AwsCli.Result users = cli.aws(devKey, devSecret, null, "iam", "list-users");
    assertEquals(0, users.exitCode(), users::toString);
    assertEquals(List.of("admin", "dev", "reader"), fields(users.stdout(), "UserName"));
    AwsCli.Result write = cli.aws(devKey, devSecret, null, "iam", "create-user", "--user-name", "eve");
    assertTrue(SERVICE_ERROR.contains(write.exitCode()), write::toString);
    assertTrue(write.stderr().contains("An error occurred (AccessDenied) when calling the CreateUser operation: "
        + "User: arn:aws:iam::111122223333:user/eng/dev is not authorized to perform: iam:CreateUser"), write::toString);
  }

  @Test
  @Order(4)
  void assumesARoleAndUsesTheTemporaryCredentials() throws Exception {
    AwsCli.Result assumed = admin("sts", "assume-role", "--role-arn", ROLE, "--role-session-name", "cli-session",
        "--duration-seconds", "900");
    assertEquals("arn:aws:sts::111122223333:assumed-role/deployer/cli-session", field(assumed.stdout(), "Arn"));
    String akid = field(assumed.stdout(), "AccessKeyId");
    String secret = field(assumed.stdout(), "SecretAccessKey");
    String token = field(assumed.stdout(), "SessionToken");
    AwsCli.Result who = cli.aws(akid, secret, token, "sts", "get-caller-identity");
    assertEquals(0, who.exitCode(), who::toString);
    assertEquals("arn:aws:sts::111122223333:assumed-role/deployer/cli-session", field(who.stdout(), "Arn"));
    AwsCli.Result users = cli.aws(akid, secret, token, "iam", "list-users", "--page-size", "1");
    assertEquals(0, users.exitCode(), users::toString);
    assertEquals(List.of("admin", "dev", "reader"), fields(users.stdout(), "UserName"),
        "the CLI followed the markers page by page");
    AwsCli.Result refused = cli.aws(akid, secret, token, "iam", "delete-user", "--user-name", "reader");
    assertTrue(SERVICE_ERROR.contains(refused.exitCode()), refused::toString);
    assertTrue(refused.stderr().contains("(AccessDenied)"), refused::toString);
  }

  @Test
  @Order(5)
  void simulatesPoliciesWithContextEntriesAndMatchedStatements() throws Exception {
    // A list parameter given in a file is a JSON array (the CLI splits other text at commas).
    Path doc = dir.resolve("office.json");
    Files.writeString(doc, "[\"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Sid\\\":\\\"FromOffice\\\","
        + "\\\"Effect\\\":\\\"Allow\\\",\\\"Action\\\":\\\"s3:GetObject\\\",\\\"Resource\\\":\\\"*\\\",\\\"Condition\\\":"
        + "{\\\"IpAddress\\\":{\\\"aws:SourceIp\\\":\\\"10.0.0.0/8\\\"}}}]}\"]");
    AwsCli.Result inside = admin("iam", "simulate-custom-policy", "--policy-input-list", "file://" + doc,
        "--action-names", "s3:GetObject", "--resource-arns", "arn:aws:s3:::bucket/key",
        "--context-entries", "ContextKeyName=aws:SourceIp,ContextKeyValues=10.1.2.3,ContextKeyType=ip");
    assertEquals("allowed", field(inside.stdout(), "EvalDecision"));
    assertEquals("PolicyInputList.1", field(inside.stdout(), "SourcePolicyId"));
    assertTrue(inside.stdout().contains("\"Line\": "), inside::toString);
    AwsCli.Result principal = admin("iam", "simulate-principal-policy", "--policy-source-arn",
        "arn:aws:iam::111122223333:user/eng/dev", "--action-names", "iam:GetUser", "iam:CreateUser");
    assertEquals(List.of("allowed", "implicitDeny"), fields(principal.stdout(), "EvalDecision"));
    assertEquals("user-managed", field(principal.stdout(), "SourcePolicyType"));
  }

  @Test
  @Order(6)
  void readsTheWholeAccount() throws Exception {
    AwsCli.Result details = admin("iam", "get-account-authorization-details");
    assertTrue(fields(details.stdout(), "UserName").containsAll(List.of("admin", "dev", "reader")), details::toString);
    assertTrue(details.stdout().contains("\"RoleName\": \"deployer\""), details::toString);
    AwsCli.Result summary = admin("iam", "get-account-summary");
    assertTrue(summary.stdout().contains("\"Users\": 3"), summary::toString);
  }

  @Test
  @Order(7)
  void badInputIsAnsweredWithAwsErrorCodes() throws Exception {
    byte[] before = Files.readAllBytes(server.accountFile);
    String[][] cases = {
        {"NoSuchEntity", "iam", "get-user", "--user-name", "nobody"},
        {"ValidationError", "iam", "create-user", "--user-name", "bad name!"},
        {"MalformedPolicyDocument", "iam", "put-user-policy", "--user-name", "dev", "--policy-name", "p",
            "--policy-document", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\"}]}"},
        {"DeleteConflict", "iam", "delete-group", "--group-name", "devs"},
        {"AccessDenied", "sts", "assume-role", "--role-arn", "arn:aws:iam::111122223333:role/none",
            "--role-session-name", "x1"},
    };
    for (String[] c : cases) {
      String[] args = java.util.Arrays.copyOfRange(c, 1, c.length);
      AwsCli.Result r = cli.aws(ApiServer.ADMIN_KEY, ApiServer.ADMIN_SECRET, null, args);
      assertTrue(SERVICE_ERROR.contains(r.exitCode()), () -> String.join(" ", args) + ": " + r);
      assertTrue(r.stderr().contains("An error occurred (" + c[0] + ")"), () -> String.join(" ", args) + ": " + r);
    }
    AwsCli.Result badKey = cli.aws(ApiServer.ADMIN_KEY, "wrong-secret", null, "iam", "list-users");
    assertTrue(SERVICE_ERROR.contains(badKey.exitCode()), badKey::toString);
    assertTrue(badKey.stderr().contains("(SignatureDoesNotMatch)"), badKey::toString);
    assertArrayEquals(before, Files.readAllBytes(server.accountFile), "refused calls change nothing");
  }

  @Test
  @Order(8)
  void aUserWithoutIamWritePermissionsIsRefusedEveryWrite() throws Exception {
    byte[] before = Files.readAllBytes(server.accountFile);
    String[][] writes = {
        {"iam", "create-user", "--user-name", "mallory"},
        {"iam", "create-access-key", "--user-name", "admin"},
        {"iam", "attach-user-policy", "--user-name", "reader", "--policy-arn", policyArn},
        {"iam", "put-user-policy", "--user-name", "reader", "--policy-name", "all", "--policy-document",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}"},
        {"iam", "update-assume-role-policy", "--role-name", "deployer", "--policy-document",
            "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"sts:AssumeRole\"}]}"},
        {"iam", "delete-policy", "--policy-arn", policyArn},
    };
    for (String[] w : writes) {
      AwsCli.Result r = cli.aws(ApiServer.READER_KEY, ApiServer.READER_SECRET, null, w);
      assertTrue(SERVICE_ERROR.contains(r.exitCode()), () -> String.join(" ", w) + ": " + r);
      assertTrue(r.stderr().contains("(AccessDenied)"), () -> String.join(" ", w) + ": " + r);
    }
    assertArrayEquals(before, Files.readAllBytes(server.accountFile), "nothing changed");
  }
}

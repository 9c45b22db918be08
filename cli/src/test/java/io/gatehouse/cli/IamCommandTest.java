package io.gatehouse.cli;

import static io.gatehouse.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.InlinePolicy;
import io.gatehouse.identity.ManagedPolicy;
import io.gatehouse.identity.TotpSecret;
import io.gatehouse.identity.TotpVerifier;
import io.gatehouse.identity.User;
import io.gatehouse.policy.internal.PolicyDocumentWriter;
import io.gatehouse.store.FileAccountStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatehouse iam ...} on a copy of the example shop account. */
class IamCommandTest {
  private static final String ACCOUNT_ID = "123456789012";
  private static final String PASSWORD = "Correct-Horse-Battery-9";

  private static final PolicyDocumentWriter JSON = new PolicyDocumentWriter();

  @TempDir Path dir;
  private Path account;

  @BeforeEach
  void copyExampleAccount() throws Exception {
    account = dir.resolve("shop.yaml");
    Files.copy(Path.of("../examples/accounts/shop.yaml"), account);
  }

  /** Runs {@code gatehouse iam COMMAND --account shop.yaml ARGS...}. */
  private CliTest.Run iam(String command, String... args) {
    List<String> all = new ArrayList<>(List.of("iam", command, "--account", account.toString()));
    all.addAll(List.of(args));
    return run(all.toArray(String[]::new));
  }

  private CliTest.Run ok(String command, String... args) {
    CliTest.Run r = iam(command, args);
    assertEquals(0, r.status(), command + ": " + r.err());
    return r;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(CliTest.Run r) {
    return (Map<String, Object>) JsonInput.parse(r.out());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  private static List<?> list(Object o) {
    return (List<?>) o;
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void scriptedSessionChangesTheAccountFileAndTheNewPermissionsTakeEffect() throws Exception {
    CliTest.Run before = run("simulate", "--account", account.toString(),
        "--principal", "arn:aws:iam::123456789012:user/carol", "--action", "shop:CancelOrder",
        "--resource", "arn:shop:orders::123456789012:order/1");
    assertEquals(List.of("ImplicitDeny"), before.lines(), "carol does not exist yet: " + before.err());

    CliTest.Run user = ok("create-user", "--user-name", "carol", "--tags", "Key=team,Value=blue",
        "Key=env,Value=prod");
    assertTrue(user.out().startsWith("{\n    \"User\": {\n        \"Path\": \"/\",\n        \"UserName\": \"carol\",\n"
        + "        \"UserId\": \"AIDA"), user.out());
    assertTrue(user.out().matches("(?s).*\"CreateDate\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00\".*"),
        user.out());
    assertEquals(List.of(Map.of("Key", "team", "Value", "blue"), Map.of("Key", "env", "Value", "prod")),
        map(json(user).get("User")).get("Tags"));

    ok("create-group", "--group-name", "ops");
    CliTest.Run added = ok("add-user-to-group", "--group-name", "ops", "--user-name", "carol");
    assertEquals("", added.out(), "no output for an action without a result, as the AWS CLI");

    Path policy = write("cancel-orders.json", """
        {"Version": "2012-10-17",
         "Statement": [{"Sid": "Browse", "Effect": "Allow", "Action": "shop:CancelOrder", "Resource": "*"}]}
        """);
    Map<String, Object> created = map(json(ok("create-policy", "--policy-name", "CancelOrders",
        "--policy-document", "file://" + policy)).get("Policy"));
    assertEquals("arn:aws:iam::123456789012:policy/CancelOrders", created.get("Arn"));
    ok("attach-user-policy", "--user-name", "carol", "--policy-arn", (String) created.get("Arn"));

    CliTest.Run key = ok("create-access-key", "--user-name", "carol");
    Map<String, Object> accessKey = map(json(key).get("AccessKey"));
    assertEquals(List.of("UserName", "AccessKeyId", "Status", "SecretAccessKey", "CreateDate"),
        List.copyOf(accessKey.keySet()));
    String secret = (String) accessKey.get("SecretAccessKey");
    CliTest.Run keys = ok("list-access-keys", "--user-name", "carol");
    assertTrue(keys.out().contains((String) accessKey.get("AccessKeyId")));
    assertFalse(keys.out().contains("SecretAccessKey"), keys.out());
    assertFalse(keys.out().contains(secret));

    CliTest.Run login = ok("create-login-profile", "--user-name", "carol", "--password", PASSWORD,
        "--password-reset-required");
    assertEquals(true, map(json(login).get("LoginProfile")).get("PasswordResetRequired"));
    assertFalse(login.out().contains(PASSWORD) || login.err().contains(PASSWORD));
    assertFalse(Files.readString(account).contains(PASSWORD), "only the hash is stored");

    Path seedFile = dir.resolve("carol.seed");
    CliTest.Run device = ok("create-virtual-mfa-device", "--virtual-mfa-device-name", "carol",
        "--outfile", seedFile.toString(), "--bootstrap-method", "Base32StringSeed");
    assertEquals("{\n    \"VirtualMFADevice\": {\n        \"SerialNumber\": \"arn:aws:iam::123456789012:mfa/carol\"\n"
        + "    }\n}\n", device.out());
    String seed = Files.readString(seedFile);
    assertEquals(32, seed.length());
    assertTrue(device.err().startsWith("otpauth://totp/Gatehouse:carol%40shop?secret=" + seed), device.err());
    TotpVerifier totp = new TotpVerifier();
    TotpSecret secretSeed = TotpSecret.fromBase32(seed);
    Instant now = Instant.now();
    ok("enable-mfa-device", "--user-name", "carol", "--serial-number", "arn:aws:iam::123456789012:mfa/carol",
        "--authentication-code1", totp.codeAt(secretSeed, now.minusSeconds(30)),
        "--authentication-code2", totp.codeAt(secretSeed, now));
    assertEquals("arn:aws:iam::123456789012:mfa/carol",
        map(list(json(ok("list-mfa-devices", "--user-name", "carol")).get("MFADevices")).get(0)).get("SerialNumber"));

    CliTest.Run allow = run("simulate", "--account", account.toString(),
        "--principal", "arn:aws:iam::123456789012:user/carol", "--action", "shop:CancelOrder",
        "--resource", "arn:shop:orders::123456789012:order/1", "--explain");
    assertEquals(0, allow.status(), allow.out() + allow.err());
    assertEquals("Allow", allow.lines().get(0));
    assertTrue(allow.out().contains("Browse"), allow.out());
    CliTest.Run deny = run("simulate", "--account", account.toString(),
        "--principal", "arn:aws:iam::123456789012:user/carol", "--action", "shop:GetOrder",
        "--resource", "arn:shop:orders::123456789012:order/1");
    assertEquals(List.of("ImplicitDeny"), deny.lines());
  }

  @Test
  void getAccountAuthorizationDetailsLoadsBackAsAnAccountFile() throws Exception {
    ok("create-user", "--user-name", "carol", "--tags", "[{\"Key\": \"team\", \"Value\": \"blue\"}]");
    ok("add-user-to-group", "--group-name", "staff", "--user-name", "carol");
    ok("put-user-policy", "--user-name", "carol", "--policy-name", "own", "--policy-document",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"shop:GetReceipt\","
            + "\"Resource\":\"*\"}]}");
    ok("create-access-key", "--user-name", "carol");
    CliTest.Run details = ok("get-account-authorization-details");
    for (String secret : List.of("SecretAccessKey", "PasswordHash", "Base32StringSeed", "SigningKeys")) {
      assertFalse(details.out().contains(secret), secret);
    }
    Map<String, Object> tree = json(details);
    assertEquals(List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"),
        List.copyOf(tree.keySet()), "the AWS CLI's output has no IsTruncated or Marker");
    Map<String, Object> carol = map(list(tree.get("UserDetailList")).stream()
        .filter(u -> map(u).get("UserName").equals("carol")).findFirst().orElseThrow());
    Map<String, Object> own = map(list(carol.get("UserPolicyList")).get(0));
    assertEquals("2012-10-17", map(own.get("PolicyDocument")).get("Version"), "documents are JSON objects");

    Map<String, Object> exported = new LinkedHashMap<>();
    exported.put("AccountId", ACCOUNT_ID);
    exported.putAll(tree);
    Path copy = write("exported.json", JsonOutput.render(exported));
    assertEquals(0, run("validate", "--account", copy.toString()).status());
    try (FileAccountStore original = FileAccountStore.open(List.of(account));
        FileAccountStore loaded = FileAccountStore.open(List.of(copy))) {
      Account a = original.snapshot().account(ACCOUNT_ID).orElseThrow();
      Account b = loaded.snapshot().account(ACCOUNT_ID).orElseThrow();
      for (User u : a.users()) {
        User v = b.user(u.name()).orElseThrow();
        assertEquals(u.userId(), v.userId());
        assertEquals(u.groups(), v.groups());
        assertEquals(u.attachedPolicies(), v.attachedPolicies());
        assertEquals(inline(u.inlinePolicies()), inline(v.inlinePolicies()));
        assertEquals(u.permissionsBoundary(), v.permissionsBoundary());
        assertEquals(u.tags(), v.tags());
      }
      assertEquals(a.policies().keySet(), b.policies().keySet());
      a.policies().forEach((arn, p) -> assertEquals(versions(p), versions(b.policy(arn).orElseThrow())));
      a.groups().forEach(g -> assertEquals(inline(g.inlinePolicies()),
          inline(b.group(g.name()).orElseThrow().inlinePolicies())));
      a.roles().forEach(r -> assertEquals(JSON.toJson(r.trustPolicy()),
          JSON.toJson(b.role(r.name()).orElseThrow().trustPolicy())));
      assertTrue(b.user("carol").orElseThrow().accessKeys().isEmpty(), "credentials are not exported");
    }
  }

  private static List<String> inline(List<InlinePolicy> policies) {
    return policies.stream().map(p -> p.name() + "=" + JSON.toJson(p.document())).toList();
  }

  private static List<String> versions(ManagedPolicy p) {
    return p.versions().stream()
        .map(v -> v.versionId() + (v.isDefault() ? "*" : "") + "=" + JSON.toJson(v.document())).toList();
  }

  @Test
  void refusalsPrintTheAwsCliErrorLineAndExitOne() throws Exception {
    String before = Files.readString(account);
    CliTest.Run missing = iam("get-user", "--user-name", "x");
    assertEquals(1, missing.status());
    assertEquals("An error occurred (NoSuchEntity) when calling the GetUser operation: "
        + "The user with name x cannot be found.", missing.err().strip());
    assertEquals("", missing.out());

    CliTest.Run taken = iam("create-user", "--user-name", "Alice");
    assertEquals(1, taken.status());
    assertEquals("An error occurred (EntityAlreadyExists) when calling the CreateUser operation: "
        + "User with name Alice already exists.", taken.err().strip());

    Path broken = write("broken.json", "{\"Version\": \"2012-10-17\",\n \"Statement\": {\"Effect\": \"Alow\", "
        + "\"Action\": \"shop:*\", \"Resource\": \"*\"}}");
    CliTest.Run malformed = iam("put-user-policy", "--user-name", "bob", "--policy-name", "p",
        "--policy-document", "file://" + broken);
    assertEquals(1, malformed.status());
    assertEquals("An error occurred (MalformedPolicyDocument) when calling the PutUserPolicy operation: "
        + "PolicyDocument:2:26: Statement.Effect: expected \"Allow\" or \"Deny\", found \"Alow\"",
        malformed.err().strip());
    assertEquals(before, Files.readString(account), "a refused request changes nothing");
  }

  @Test
  void badOptionsAndInputFilesExitTwoWithoutChangingAnything() throws Exception {
    String before = Files.readString(account);
    assertEquals(2, iam("create-user").status(), "--user-name is required");
    assertEquals(2, iam("create-user", "--user-name", "c", "--tags", "team=blue").status());
    assertEquals(2, iam("create-policy", "--policy-name", "P", "--policy-document", "file://nope.json").status());
    assertEquals(2, iam("list-users", "--max-items", "many").status());
    assertEquals(2, run("iam", "create-user", "--user-name", "c").status(), "--account is required");
    CliTest.Run qr = iam("create-virtual-mfa-device", "--virtual-mfa-device-name", "d", "--outfile",
        dir.resolve("qr.png").toString(), "--bootstrap-method", "QRCodePNG");
    assertEquals(2, qr.status());
    assertTrue(qr.err().contains("QRCodePNG is not supported"), qr.err());
    assertEquals(before, Files.readString(account));
    assertEquals(List.of(), json(ok("list-virtual-mfa-devices")).get("VirtualMFADevices"), "no device was created");
  }

  @Test
  void listCommandsPageAsTheAwsCli() {
    ok("create-user", "--user-name", "carol");
    CliTest.Run first = ok("list-users", "--max-items", "2");
    Map<String, Object> page = json(first);
    assertEquals(List.of("Users", "NextToken"), List.copyOf(page.keySet()));
    assertEquals(2, list(page.get("Users")).size());
    Map<String, Object> rest = json(ok("list-users", "--starting-token", (String) page.get("NextToken")));
    assertEquals(List.of("Users"), List.copyOf(rest.keySet()));
    assertEquals("carol", map(list(rest.get("Users")).get(0)).get("UserName"));
    Map<String, Object> all = json(ok("list-users", "--page-size", "1"));
    assertEquals(3, list(all.get("Users")).size());
    Map<String, Object> raw = json(ok("list-users", "--no-paginate", "--max-items", "1"));
    assertEquals(List.of("Users", "IsTruncated", "Marker"), List.copyOf(raw.keySet()));
  }

  @Test
  void booleanFlagsListsAndJsonValues() {
    ok("create-policy", "--policy-name", "P", "--policy-document",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"shop:Get*\","
            + "\"Resource\":\"*\"}]}");
    String arn = "arn:aws:iam::123456789012:policy/P";
    Map<String, Object> v2 = map(json(ok("create-policy-version", "--policy-arn", arn, "--policy-document",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"shop:*\",\"Resource\":\"*\"}]}",
        "--no-set-as-default")).get("PolicyVersion"));
    assertEquals(false, v2.get("IsDefaultVersion"));
    Map<String, Object> v1 = map(json(ok("get-policy-version", "--policy-arn", arn, "--version-id", "v1"))
        .get("PolicyVersion"));
    assertEquals("shop:Get*", map(list(map(v1.get("Document")).get("Statement")).get(0)).get("Action"));
    ok("tag-user", "--user-name", "bob", "--tags", "Key=a,Value=1", "Key=b,Value=two words", "Key=c,Value=");
    assertEquals(List.of(Map.of("Key", "a", "Value", "1"), Map.of("Key", "b", "Value", "two words"),
        Map.of("Key", "c", "Value", "")), json(ok("list-user-tags", "--user-name", "bob")).get("Tags"));
    ok("untag-user", "--user-name", "bob", "--tag-keys", "a", "b");
    ok("untag-user", "--user-name", "bob", "--tag-keys", "[\"c\"]");
    assertEquals(List.of(), json(ok("list-user-tags", "--user-name", "bob")).get("Tags"));
  }

  @Test
  void changePasswordActsForTheNamedUser() {
    ok("create-login-profile", "--user-name", "bob", "--password", PASSWORD);
    CliTest.Run changed = ok("change-password", "--user-name", "bob", "--old-password", PASSWORD,
        "--new-password", "Another-Horse-Battery-7");
    assertEquals("", changed.out());
    CliTest.Run wrong = iam("change-password", "--user-name", "bob", "--old-password", PASSWORD,
        "--new-password", "Third-Horse-Battery-5");
    assertEquals(1, wrong.status());
    assertTrue(wrong.err().startsWith("An error occurred (AccessDenied) when calling the ChangePassword operation"),
        wrong.err());
    assertFalse(wrong.err().contains(PASSWORD));
  }

  @Test
  void accountIdChoosesAmongSeveralFiles() throws Exception {
    Path other = write("other.yaml", "AccountId: \"210987654321\"\n");
    CliTest.Run r = run("iam", "create-user", "--account", account.toString(), other.toString(),
        "--account-id", "210987654321", "--user-name", "dave");
    assertEquals(0, r.status(), r.err());
    assertTrue(map(json(r).get("User")).get("Arn").equals("arn:aws:iam::210987654321:user/dave"));
    assertTrue(Files.readString(other).contains("dave"));
    assertFalse(Files.readString(account).contains("dave"));
    assertEquals(2, run("iam", "list-users", "--account", account.toString(), "--account-id", "999999999999")
        .status());
  }

  @Test
  void helpListsTheCommandsAndTheirAwsCliOptions() {
    CliTest.Run help = run("iam", "--help");
    assertEquals(0, help.status());
    assertTrue(help.out().contains("create-virtual-mfa-device"), help.out());
    CliTest.Run createUser = run("iam", "create-user", "--help");
    assertEquals(0, createUser.status());
    for (String option : List.of("--user-name", "--path", "--permissions-boundary", "--tags", "--account")) {
      assertTrue(createUser.out().contains(option), option + " in " + createUser.out());
    }
    assertTrue(run("iam", "enable-mfa-device", "--help").out().contains("--authentication-code1"));
  }
}

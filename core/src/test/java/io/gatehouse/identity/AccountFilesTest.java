package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Authorizer;
import io.gatehouse.DecisionType;
import io.gatehouse.PolicySet;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.identity.internal.AtomicFileWriter;
import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AccountFilesTest {
  private final AccountFiles files = new AccountFiles();

  @TempDir Path dir;

  static Path resource(String name) throws URISyntaxException {
    return Path.of(AccountFilesTest.class.getResource("/accounts/" + name).toURI());
  }

  static Account shop() throws URISyntaxException {
    return new AccountFiles().read(resource("shop.yaml"));
  }

  @Test
  void readsEverySectionOfTheExampleAccount() throws Exception {
    Account a = shop();
    assertEquals("123456789012", a.accountId());
    assertEquals("shop", a.alias());

    User alice = a.user("ALICE").orElseThrow();
    assertEquals("/staff/", alice.path());
    assertEquals("AIDAALICE00000000001", alice.userId());
    assertEquals("arn:aws:iam::123456789012:user/staff/alice", alice.arn());
    assertEquals(Instant.parse("2024-01-01T00:00:00Z"), alice.createDate());
    assertEquals(List.of("customers", "staff"), alice.groups());
    assertEquals(
        List.of(
            "arn:aws:iam::123456789012:policy/OrdersRead",
            "arn:aws:iam::aws:policy/ReadOnlyAccess"),
        alice.attachedPolicies());
    assertEquals("arn:aws:iam::123456789012:policy/StaffBoundary", alice.permissionsBoundary());
    assertEquals(List.of(new Tag("team", "blue"), new Tag("cost-center", "4711")), alice.tags());
    InlinePolicy own = alice.inlinePolicies().get(0);
    assertEquals("own-receipts", own.name());
    assertEquals("user/alice/own-receipts", own.document().name());
    assertEquals(2, own.document().statements().get(0).conditions().size());

    LoginProfile login = alice.login().orElseThrow();
    assertTrue(login.passwordResetRequired());
    assertEquals("alice", login.userName());
    assertEquals(2, alice.accessKeys().size());
    AccessKey first = a.accessKey("AKIAALICE0000000001").orElseThrow();
    assertTrue(first.active());
    assertEquals("shop", first.lastUsedService());
    assertEquals("us-east-1", first.lastUsedRegion());
    assertEquals(Instant.parse("2024-06-01T12:00:00Z"), first.lastUsedDate());
    assertFalse(a.accessKey("AKIAALICE0000000002").orElseThrow().active());
    MfaDevice mfa = alice.mfaDevices().get(0);
    assertEquals(56912345L, mfa.lastUsedStep());

    Role role = a.role("order-processor").orElseThrow();
    assertEquals(Duration.ofHours(2), role.maxSessionDuration());
    assertEquals("Processes orders for the shop", role.description());
    assertEquals("role/order-processor/trust-policy", role.trustPolicy().name());
    assertEquals(2, role.trustPolicy().statements().size());
    assertEquals(
        "role/order-processor/write-orders", role.inlinePolicies().get(0).document().name());
    assertEquals(List.of(new Tag("tier", "backend")), role.tags());

    ManagedPolicy orders = a.policy("arn:aws:iam::123456789012:policy/OrdersRead").orElseThrow();
    assertEquals("v2", orders.defaultVersion().versionId());
    assertEquals("OrdersRead", orders.defaultVersion().document().name());
    assertEquals("orders-read", orders.defaultVersion().document().id().orElseThrow());
    assertEquals(Instant.parse("2024-02-01T00:00:00Z"), orders.updateDate());
    ManagedPolicy readOnly = a.policy("arn:aws:iam::aws:policy/ReadOnlyAccess").orElseThrow();
    assertTrue(readOnly.isAwsManaged());
    assertEquals("v3", readOnly.defaultVersion().versionId());

    OidcProviderConfig idp = a.oidcProviders().get(0);
    assertEquals(List.of("shop-web", "shop-mobile"), idp.clientIds());
    assertEquals(
        "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"key-1\",\"use\":\"sig\",\"alg\":\"RS256\","
            + "\"n\":\"0vx7agoebGcQSuuPiLJXZpt\",\"e\":\"AQAB\"}]}",
        idp.jwks());

    ResourcePolicyBinding catalog = a.resourcePolicies().get(0);
    assertEquals("arn:shop:catalog::123456789012:product/*", catalog.resource());
    assertEquals("public-catalog", catalog.document().name());
    List<List<PolicyDocument>> scps = a.organization().serviceControlPolicies();
    assertEquals(List.of(1, 2), scps.stream().map(List::size).toList());
    assertEquals("DenyLeaveOrganization", scps.get(1).get(0).name());
    assertEquals(1, a.organization().resourceControlPolicies().size());
    assertEquals("2024-01", a.signingKeys().get(0).keyId());
  }

  @Test
  void derivesWhatAHandWrittenFileLeavesOut() throws Exception {
    Account a = shop();
    User bob = a.user("bob").orElseThrow();
    assertEquals("/", bob.path());
    assertEquals("arn:aws:iam::123456789012:user/bob", bob.arn());
    assertEquals(Instant.EPOCH, bob.createDate());
    assertTrue(bob.userId().matches("AIDA[A-Z2-7]{17}"), bob.userId());
    assertTrue(a.group("customers").orElseThrow().groupId().matches("AGPA[A-Z2-7]{17}"));
    ManagedPolicy boundary =
        a.policy("arn:aws:iam::123456789012:policy/StaffBoundary").orElseThrow();
    assertTrue(boundary.policyId().matches("ANPA[A-Z2-7]{17}"));
    assertEquals("v1", boundary.defaultVersion().versionId());
    assertEquals(Duration.ofHours(1), Role.MIN_MAX_SESSION);
  }

  @Test
  void derivedIdsAreTheSameOnEveryLoadAndDifferBetweenEntities() throws Exception {
    Account a = shop();
    Account b = shop();
    assertEquals(a.user("bob").orElseThrow().userId(), b.user("bob").orElseThrow().userId());
    String yaml =
        "AccountId: \"123456789012\"\nUserDetailList: [{UserName: carol}, {UserName: dave}]\n";
    Account c = files.read(yaml, "a.yaml", null);
    assertNotEquals(c.user("carol").orElseThrow().userId(), c.user("dave").orElseThrow().userId());
    Account other = files.read(yaml.replace("123456789012", "210987654321"), "a.yaml", null);
    assertNotEquals(
        c.user("carol").orElseThrow().userId(), other.user("carol").orElseThrow().userId());
  }

  @Test
  void readsAnAwsCliExportWithEncodedDocumentsAndOffsetDates() throws Exception {
    Account a = files.read(resource("aws-export.json"));
    User alice = a.user("Alice").orElseThrow();
    assertEquals(Instant.parse("2013-10-14T18:32:24Z"), alice.createDate());
    assertEquals("AIDA1234567890EXAMPLE", alice.userId());
    Statement home = alice.inlinePolicies().get(0).document().statements().get(0);
    assertEquals(List.of("s3:GetObject", "s3:PutObject"), home.actions());
    assertEquals(List.of("arn:aws:s3:::example-bucket/home/${aws:username}/*"), home.resources());
    User bob = a.user("Bob").orElseThrow();
    assertEquals("/division_abc/subdivision_xyz/", bob.path());

    Role ec2 = a.role("EC2role").orElseThrow();
    assertEquals("", ec2.trustPolicy().statements().get(0).sid().orElseThrow());
    assertEquals(
        List.of("ec2.amazonaws.com"),
        ec2.trustPolicy().statements().get(0).principal().orElseThrow().identifiers("Service"));

    ManagedPolicy buckets =
        a.policy("arn:aws:iam::111122223333:policy/ReadOnlyBuckets").orElseThrow();
    assertEquals("v2", buckets.defaultVersion().versionId());
    assertEquals(
        List.of("v2", "v1"), buckets.versions().stream().map(PolicyVersion::versionId).toList());
    assertTrue(a.policy("arn:aws:iam::aws:policy/PowerUserAccess").orElseThrow().isAwsManaged());
    assertEquals(List.of("Admins", "Dev"), a.groupsOf(alice).stream().map(Group::name).toList());
  }

  @Test
  void exportedPoliciesDecide() throws Exception {
    Account a = files.read(resource("aws-export.json"));
    User alice = a.user("Alice").orElseThrow();
    PolicySet set =
        PolicySet.builder().identityPolicy(alice.inlinePolicies().get(0).document()).build();
    AuthorizationRequest request =
        AuthorizationRequest.builder(Principal.fromArn(alice.arn()))
            .action("s3:GetObject")
            .resource("arn:aws:s3:::example-bucket/home/Alice/notes.txt")
            .context(RequestContext.builder().put("aws:username", "Alice").build())
            .build();
    assertEquals(DecisionType.ALLOW, Authorizer.standard().decide(request, set).type());
  }

  @Test
  void theExampleExercisesEveryField() throws Exception {
    assertEquals(Set.of(), AccountDescription.neverSet(shop()));
  }

  @ParameterizedTest
  @EnumSource(AccountFiles.Format.class)
  void renderedTextReadsBackAsAnEqualAccount(AccountFiles.Format format) throws Exception {
    Account a = shop();
    String text = files.render(a, format);
    Account b = files.read(text, "account." + format.name().toLowerCase(), null);
    assertEquals(AccountDescription.of(a), AccountDescription.of(b));
    assertEquals(text, files.render(b, format));
  }

  @ParameterizedTest
  @EnumSource(AccountFiles.Format.class)
  void theExportReadsBackAsAnEqualAccount(AccountFiles.Format format) throws Exception {
    Account a = files.read(resource("aws-export.json"));
    Account b = files.read(files.render(a, format), "account." + format.name().toLowerCase(), null);
    assertEquals(AccountDescription.of(a), AccountDescription.of(b));
  }

  @ParameterizedTest
  @EnumSource(AccountFiles.Format.class)
  void aWrittenFileReadsBackAsAnEqualAccount(AccountFiles.Format format) throws Exception {
    Account a = shop();
    Path file = dir.resolve("account." + format.name().toLowerCase());
    files.write(a, file);
    assertEquals(AccountDescription.of(a), AccountDescription.of(files.read(file)));
    assertEquals(List.of(file), listing());
  }

  @Test
  void writesTheAwsShapeWithUtcDates() throws Exception {
    Account a = files.read(resource("aws-export.json"));
    String yaml = files.render(a, AccountFiles.Format.YAML);
    assertTrue(yaml.startsWith("AccountId: '111122223333'\nUserDetailList:\n  - Path: /\n"), yaml);
    assertTrue(yaml.contains("\n    UserName: Alice\n"), yaml);
    assertTrue(yaml.contains("CreateDate: '2013-10-14T18:32:24Z'"), yaml);
    String json = files.render(a, AccountFiles.Format.JSON);
    assertTrue(json.startsWith("{\n  \"AccountId\": \"111122223333\",\n"), json);
    assertTrue(json.contains("\"CreateDate\": \"2013-10-14T18:32:24Z\""), json);
    assertTrue(json.contains("\"AttachmentCount\": 2,"), json);
    assertTrue(
        json.contains("\"Resource\": \"arn:aws:s3:::example-bucket/home/${aws:username}/*\""));
  }

  @Test
  void theFormatFollowsTheExtension() throws Exception {
    Account a = shop();
    files.write(a, dir.resolve("a.json"));
    files.write(a, dir.resolve("a.yml"));
    assertTrue(Files.readString(dir.resolve("a.json")).startsWith("{"));
    assertTrue(Files.readString(dir.resolve("a.yml")).startsWith("AccountId:"));
    assertThrows(IllegalArgumentException.class, () -> files.write(a, dir.resolve("a.txt")));
    Files.copy(dir.resolve("a.json"), dir.resolve("account"));
    assertEquals(
        AccountDescription.of(a), AccountDescription.of(files.read(dir.resolve("account"))));
  }

  @Test
  void jwksFilesAreRelativeToTheAccountFile() throws Exception {
    Files.createDirectories(dir.resolve("keys"));
    Files.writeString(
        dir.resolve("keys/idp.json"), "{ \"keys\": [ {\"kty\": \"EC\", \"kid\": \"k\"} ] }");
    Files.writeString(
        dir.resolve("account.yaml"),
        "AccountId: \"123456789012\"\n"
            + "OpenIDConnectProviders:\n"
            + "  - Url: https://idp.example.com/tenant\n"
            + "    JwksFile: keys/idp.json\n");
    OidcProviderConfig p = files.read(dir.resolve("account.yaml")).oidcProviders().get(0);
    assertEquals("{\"keys\":[{\"kty\":\"EC\",\"kid\":\"k\"}]}", p.jwks());
    assertEquals("arn:aws:iam::123456789012:oidc-provider/idp.example.com/tenant", p.arn());
    assertEquals(List.of(), p.clientIds());
  }

  @Test
  void aWriteThatFailsLeavesThePreviousFileAndNoTemporaryFile() throws Exception {
    Path file = dir.resolve("account.yaml");
    files.write(files.read("AccountId: \"123456789012\"\n", "a.yaml", null), file);
    String before = Files.readString(file);
    AccountFiles failing =
        new AccountFiles(
            new AtomicFileWriter(
                temporary -> {
                  throw new IOException("disk full");
                }));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> failing.write(shop(), file));
    assertEquals("disk full", e.getCause().getMessage());
    assertEquals(before, Files.readString(file));
    assertEquals(List.of(file), listing());
  }

  @Test
  void aWriteIfUnchangedLeavesAFileEditedMeanwhile() throws Exception {
    Path file = dir.resolve("account.yaml");
    files.write(files.read("AccountId: \"123456789012\"\n", "a.yaml", null), file);
    byte[] read = Files.readAllBytes(file);
    // The edit lands after the writer read the file, while it renders and validates the new content.
    AccountFiles editedMeanwhile =
        new AccountFiles(
            new AtomicFileWriter(temporary -> Files.writeString(file, "AccountId: \"210987654321\"\n")));
    assertFalse(editedMeanwhile.writeIfUnchanged(shop(), file, content -> Arrays.equals(content, read)));
    assertEquals("AccountId: \"210987654321\"\n", Files.readString(file), "the edit is kept");
    assertEquals(List.of(file), listing());

    assertTrue(files.writeIfUnchanged(shop(), file, content -> true));
    assertEquals(shop().accountId(), files.read(file).accountId());
  }

  @Test
  void refusesToWriteAnAccountThatWouldNotReadBack() throws Exception {
    Path file = dir.resolve("account.yaml");
    Files.writeString(file, "previous");
    User bad =
        new UserBuilder()
            .name("no spaces allowed")
            .userId("AIDAEXAMPLE000000001")
            .arn("arn:aws:iam::123456789012:user/no spaces allowed")
            .createDate(Instant.EPOCH)
            .build();
    Account account = Account.builder("123456789012").putUser(bad).build();
    InvalidPolicyException e =
        assertThrows(InvalidPolicyException.class, () -> files.write(account, file));
    assertTrue(e.getMessage().contains("expected a user name"), e.getMessage());
    assertEquals("previous", Files.readString(file));
    assertEquals(List.of(file), listing());
  }

  @ParameterizedTest
  @EnumSource(AccountFiles.Format.class)
  void stringsThatLookLikeOtherTypesStayStrings(AccountFiles.Format format) {
    List<String> values =
        List.of(
            "yes",
            "null",
            "~",
            "true",
            "0x1F",
            "0o17",
            "1e3",
            "2024-01-01",
            "12:30",
            "*",
            "&a",
            "- a",
            "#x",
            "a: b",
            "'q'",
            "\"dq\"",
            "line\nbreak",
            "\u0001ctl",
            " padded ",
            "",
            "%7B",
            "caf\u00e9 \ud83d\ude00");
    UserBuilder user =
        new UserBuilder()
            .name("alice")
            .userId("AIDAEXAMPLE000000001")
            .arn("arn:aws:iam::123456789012:user/alice")
            .createDate(Instant.parse("2024-01-01T00:00:00.123456789Z"));
    for (int i = 0; i < values.size(); i++) {
      user.tags().add(new Tag("k" + i, values.get(i)));
    }
    Account a = Account.builder("123456789012").putUser(user.build()).build();
    Account b = files.read(files.render(a, format), "a." + format.name().toLowerCase(), null);
    assertEquals(AccountDescription.of(a), AccountDescription.of(b));
  }

  @Test
  void secretsNeverAppearInToString() throws Exception {
    Account a = shop();
    User alice = a.user("alice").orElseThrow();
    String shown =
        a + " " + alice + " " + a.signingKeys() + " " + a.user("bob").orElseThrow() + " " + files;
    for (String secret :
        List.of(
            "wJalrXUtnFEMI",
            "pbkdf2-sha256",
            "JBSWY3DPEHPK3PXP",
            "c2lnbmluZy1rZXktbnVtYmVyLW9uZS0zMi1ieXRlcy1sb25nISE=")) {
      assertFalse(shown.contains(secret), secret);
      assertTrue(files.render(a, AccountFiles.Format.YAML).contains(secret), "kept in the file");
    }
  }

  private List<Path> listing() throws Exception {
    try (var list = Files.list(dir)) {
      return list.sorted().toList();
    }
  }
}

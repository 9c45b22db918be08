package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.policy.InvalidPolicyException;
import io.gatehouse.policy.PolicyProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of problem an account file can have, with the exact message users see. */
class AccountFileProblemsTest {
  private static final String ALLOW_ALL =
      "{Statement: {Effect: Allow, Action: \"*\", Resource: \"*\"}}";
  private final AccountFiles files = new AccountFiles();

  @TempDir Path dir;

  private List<String> problems(String text) {
    InvalidPolicyException e =
        assertThrows(InvalidPolicyException.class, () -> files.read(text, "account.yaml", null));
    return e.problems().stream().map(PolicyProblem::toString).toList();
  }

  @Test
  void unknownKeysAreReportedWithTheirLikelyMeaning() {
    assertEquals(
        List.of(
            "account.yaml:2:1: UserDetailLists: unknown key \"UserDetailLists\"; did you mean"
                + " \"UserDetailList\"?",
            "account.yaml:4:5: UserDetailList[0].Username: unknown key \"Username\"; did you mean"
                + " \"UserName\"?",
            "account.yaml:4:5: UserDetailList[0]: missing \"UserName\"",
            "account.yaml:5:12: UserDetailList[0].Tags[0]: missing \"Value\"",
            "account.yaml:5:21: UserDetailList[0].Tags[0].Valeu: unknown key \"Valeu\"; did you"
                + " mean \"Value\"?",
            "account.yaml:9:18: RoleDetailList[0].AssumeRolePolicyDocument.Statement: missing"
                + " \"Effect\"",
            "account.yaml:9:19: RoleDetailList[0].AssumeRolePolicyDocument.Statement.Efect: unknown"
                + " key \"Efect\"; did you mean \"Effect\"?"),
        problems(
            """
            AccountId: "123456789012"
            UserDetailLists: []
            UserDetailList:
              - Username: alice
                Tags: [{Key: a, Valeu: b}]
            RoleDetailList:
              - RoleName: r
                AssumeRolePolicyDocument:
                  Statement: {Efect: Allow, Action: sts:AssumeRole}
            """));
  }

  @Test
  void identityPoliciesMustNameResourcesAndNoPrincipal() {
    assertEquals(
        List.of(
            "account.yaml:7:23: UserDetailList[0].UserPolicyList[0].PolicyDocument.Statement[0]:"
                + " policy statement must contain resources: add \"Resource\" or \"NotResource\"",
            "account.yaml:14:23: Policies[0].PolicyVersionList[0].Document.Statement[0]: an"
                + " identity-based policy must not name a principal: has prohibited field Principal"),
        problems(
            """
            AccountId: "123456789012"
            UserDetailList:
              - UserName: alice
                UserPolicyList:
                  - PolicyName: orders
                    PolicyDocument:
                      Statement: [{Effect: Allow, Action: shop:ListOrders}]
            Policies:
              - PolicyName: p
                DefaultVersionId: v1
                PolicyVersionList:
                  - VersionId: v1
                    Document:
                      Statement: [{Effect: Allow, Principal: "*", Action: "*", Resource: "*"}]
            """));
  }

  @Test
  void valuesOfTheWrongTypeAreReported() {
    assertEquals(
        List.of(
            "account.yaml:4:16: UserDetailList[0].GroupList: expected an array, found"
                + " \"customers\"",
            "account.yaml:5:11: UserDetailList[0].Tags: expected an array, found an object",
            "account.yaml:6:5: UserDetailList[1]: expected an object, found \"bob\"",
            "account.yaml:9:25: RoleDetailList[0].MaxSessionDuration: expected a whole number,"
                + " found \"3600\"",
            "account.yaml:10:18: RoleDetailList[0].Description: expected a string, found number 12",
            "account.yaml:11:31: RoleDetailList[0].AssumeRolePolicyDocument: expected a policy"
                + " object or a string holding one, found an array",
            "account.yaml:13:63: LoginProfiles[0].PasswordResetRequired: expected true or false,"
                + " found \"true\"",
            "account.yaml:14:11: Policies: expected an array, found an object"),
        problems(
            """
            AccountId: "123456789012"
            UserDetailList:
              - UserName: alice
                GroupList: customers
                Tags: {Key: a, Value: b}
              - "bob"
            RoleDetailList:
              - RoleName: r
                MaxSessionDuration: "3600"
                Description: 12
                AssumeRolePolicyDocument: [1]
            LoginProfiles:
              - {UserName: alice, PasswordHash: x, PasswordResetRequired: "true"}
            Policies: {}
            """));
  }

  @Test
  void missingRequiredKeysAreReportedAtTheirEntry() {
    assertEquals(
        List.of(
            "account.yaml:1:1: missing \"AccountId\"",
            "account.yaml:3:5: UserDetailList[0]: missing \"UserName\"",
            "account.yaml:5:5: RoleDetailList[0]: missing \"AssumeRolePolicyDocument\"",
            "account.yaml:7:5: Policies[0]: missing \"PolicyVersionList\"",
            "account.yaml:9:5: AccessKeys[0]: missing \"AccessKeyId\"",
            "account.yaml:9:5: AccessKeys[0]: missing \"SecretAccessKey\"",
            "account.yaml:9:16: AccessKeys[0].UserName: user \"alice\" does not exist"),
        problems(
            """
            AccountAlias: shop
            UserDetailList:
              - Path: /
            RoleDetailList:
              - RoleName: r
            Policies:
              - PolicyName: P
            AccessKeys:
              - {UserName: alice}
            """));
  }

  @Test
  void anExportWithoutAccountIdIsToldWhichAccountItsArnsName() throws Exception {
    String export =
        Files.readString(AccountFilesTest.resource("aws-export.json"))
            .replace("\"AccountId\": \"111122223333\",", "");
    InvalidPolicyException e =
        assertThrows(InvalidPolicyException.class, () -> files.read(export, "export.json", null));
    assertEquals(
        List.of(
            "export.json:1:1: missing \"AccountId\"; the ARNs in this file name account"
                + " \"111122223333\""),
        e.problems().stream().map(PolicyProblem::toString).toList());
  }

  @Test
  void theAccountIdIsTwelveDigitsInAString() {
    assertEquals(
        List.of(
            "account.yaml:1:12: AccountId: expected the account id as a string of 12 digits (quote"
                + " it in YAML), found number 123456789012"),
        problems("AccountId: 123456789012\n"));
    assertEquals(
        List.of(
            "account.yaml:1:12: AccountId: expected the account id as a string of 12 digits, found"
                + " \"12345\"",
            "account.yaml:2:15: AccountAlias: expected an account alias of 3 to 63 lowercase"
                + " letters, digits and hyphens, found \"Shop_1\""),
        problems("AccountId: \"12345\"\nAccountAlias: Shop_1\n"));
  }

  @Test
  void arnsMustAgreeWithTheAccountPathAndName() {
    assertEquals(
        List.of(
            "account.yaml:5:10: UserDetailList[0].Arn: ARN \"arn:aws:iam::123456789012:user/alice\""
                + " disagrees with the account, Path and UserName; expected"
                + " \"arn:aws:iam::123456789012:user/staff/alice\"",
            "account.yaml:8:10: GroupDetailList[0].Arn: ARN \"arn:aws:iam::999999999999:group/g\""
                + " disagrees with the account, Path and GroupName; expected"
                + " \"arn:aws:iam::123456789012:group/g\"",
            "account.yaml:11:10: Policies[0].Arn: ARN \"arn:aws:iam::999999999999:policy/P\""
                + " disagrees with the account, Path and PolicyName; expected"
                + " \"arn:aws:iam::123456789012:policy/P\" or, for an AWS managed policy,"
                + " \"arn:aws:iam::aws:policy/P\""),
        problems(
            """
            AccountId: "123456789012"
            UserDetailList:
              - UserName: alice
                Path: /staff/
                Arn: arn:aws:iam::123456789012:user/alice
            GroupDetailList:
              - GroupName: g
                Arn: arn:aws:iam::999999999999:group/g
            Policies:
              - PolicyName: P
                Arn: arn:aws:iam::999999999999:policy/P
                PolicyVersionList: [{Document: %s}]
            """
                .formatted(ALLOW_ALL)));
  }

  @Test
  void namesPathsAndIdsFollowAwsRules() {
    String long65 = "a".repeat(65);
    assertEquals(
        List.of(
            "account.yaml:3:15: UserDetailList[0].UserName: expected a user name of 1 to 64"
                + " letters, digits and _+=,.@- characters, found \"al ice\"",
            "account.yaml:4:15: UserDetailList[1].UserName: expected a user name of 1 to 64"
                + " letters, digits and _+=,.@- characters, found \""
                + long65
                + "\"",
            "account.yaml:5:11: UserDetailList[1].Path: expected \"/\" or a path that starts and"
                + " ends with \"/\" (printable ASCII, at most 512 characters), found \"staff\"",
            "account.yaml:7:13: UserDetailList[2].UserId: expected an id of 16 to 128 letters,"
                + " digits and underscores, found \"AIDA1\"",
            "account.yaml:8:35: UserDetailList[2].UserPolicyList[0].PolicyName: expected a policy"
                + " name of 1 to 128 letters, digits and _+=,.@- characters, found \"a/b\"",
            "account.yaml:10:16: GroupDetailList[0].GroupName: expected a group name of 1 to 128"
                + " letters, digits and _+=,.@- characters, found \""
                + "g".repeat(80)
                + "...\""),
        problems(
            """
            AccountId: "123456789012"
            UserDetailList:
              - UserName: al ice
              - UserName: %s
                Path: staff
              - UserName: carol
                UserId: AIDA1
                UserPolicyList: [{PolicyName: "a/b", PolicyDocument: %s}]
            GroupDetailList:
              - GroupName: %s
            """
                .formatted(long65, ALLOW_ALL, "g".repeat(129))));
    String longest = "g".repeat(128);
    Account a =
        files.read(
            "AccountId: \"123456789012\"\nGroupDetailList: [{GroupName: %s}]\n".formatted(longest),
            "account.yaml",
            null);
    assertTrue(a.group(longest).isPresent(), "a group name may have 128 characters");
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    assertEquals(
        List.of(
            "account.yaml:4:41: UserDetailList[0].Tags[1].Key: duplicate tag key \"Team\" (also"
                + " used by UserDetailList[0].Tags[0].Key; names are compared ignoring case)",
            "account.yaml:5:15: UserDetailList[1].UserName: duplicate user name \"Alice\" (also"
                + " used by UserDetailList[0].UserName; names are compared ignoring case)",
            "account.yaml:8:16: GroupDetailList[1].GroupName: duplicate group name \"g\" (also used"
                + " by GroupDetailList[0].GroupName)",
            "account.yaml:14:22: RoleDetailList[0].RolePolicyList[1].PolicyName: duplicate policy"
                + " name \"P\" (also used by RoleDetailList[0].RolePolicyList[0].PolicyName; names"
                + " are compared ignoring case)",
            "account.yaml:18:17: Policies[1]: duplicate policy"
                + " \"arn:aws:iam::123456789012:policy/P\" (also used by Policies[0])"),
        problems(
            """
AccountId: "123456789012"
UserDetailList:
  - UserName: alice
    Tags: [{Key: team, Value: a}, {Key: Team, Value: b}]
  - UserName: Alice
GroupDetailList:
  - GroupName: g
  - GroupName: g
RoleDetailList:
  - RoleName: r
    AssumeRolePolicyDocument: {Statement: {Effect: Allow, Action: "sts:AssumeRole", Principal: "*"}}
    RolePolicyList:
      - {PolicyName: p, PolicyDocument: %1$s}
      - {PolicyName: P, PolicyDocument: %1$s}
Policies:
  - PolicyName: P
    PolicyVersionList: [{Document: %1$s}]
  - PolicyName: P
    PolicyVersionList: [{Document: %1$s}]
"""
                .formatted(ALLOW_ALL)));
  }

  @Test
  void referencesMustNameWhatTheFileDeclares() {
    assertEquals(
        List.of(
            "account.yaml:4:17: UserDetailList[0].GroupList[0]: group \"admins\" does not exist",
            "account.yaml:6:39: UserDetailList[0].AttachedManagedPolicies[0].PolicyArn: policy"
                + " \"arn:aws:iam::123456789012:policy/Nope\" does not exist",
            "account.yaml:7:49: UserDetailList[0].AttachedManagedPolicies[1].PolicyArn: policy"
                + " \"arn:aws:iam::aws:policy/ReadOnlyAccess\" does not exist; AWS managed policies"
                + " must be listed in Policies too",
            "account.yaml:8:84: UserDetailList[0].PermissionsBoundary.PermissionsBoundaryArn:"
                + " policy \"arn:aws:iam::123456789012:policy/Boundary\" does not exist",
            "account.yaml:9:28: LoginProfiles[0].UserName: user \"bob\" does not exist",
            "account.yaml:10:25: AccessKeys[0].UserName: user \"bob\" does not exist",
            "account.yaml:11:25: MFADevices[0].UserName: user \"bob\" does not exist"),
        problems(
            """
AccountId: "123456789012"
UserDetailList:
  - UserName: alice
    GroupList: [admins]
    AttachedManagedPolicies:
      - {PolicyName: Nope, PolicyArn: "arn:aws:iam::123456789012:policy/Nope"}
      - {PolicyName: ReadOnlyAccess, PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess"}
    PermissionsBoundary: {PermissionsBoundaryType: Policy, PermissionsBoundaryArn: "arn:aws:iam::123456789012:policy/Boundary"}
LoginProfiles: [{UserName: bob, PasswordHash: h}]
AccessKeys: [{UserName: bob, AccessKeyId: AKIAEXAMPLE00000001, SecretAccessKey: s}]
MFADevices: [{UserName: bob, SerialNumber: "arn:aws:iam::123456789012:mfa/bob", Base32StringSeed: JBSWY3DP}]
"""));
  }

  @Test
  void attachmentsMustAgreeWithTheirPolicy() {
    assertEquals(
        List.of(
            "account.yaml:4:93: UserDetailList[0].AttachedManagedPolicies[0].PolicyName:"
                + " PolicyName \"Other\" disagrees with PolicyArn"
                + " \"arn:aws:iam::123456789012:policy/P\"",
            "account.yaml:5:43: UserDetailList[0].AttachedManagedPolicies[1].PolicyArn: duplicate"
                + " attached policy \"arn:aws:iam::123456789012:policy/P\" (also used by"
                + " UserDetailList[0].AttachedManagedPolicies[0].PolicyArn)",
            "account.yaml:6:114: UserDetailList[0].PermissionsBoundary.PermissionsBoundaryType:"
                + " expected \"Policy\", found \"Group\""),
        problems(
            """
AccountId: "123456789012"
UserDetailList:
  - UserName: alice
    AttachedManagedPolicies: [{PolicyArn: "arn:aws:iam::123456789012:policy/P", PolicyName: Other},
                              {PolicyArn: "arn:aws:iam::123456789012:policy/P"}]
    PermissionsBoundary: {PermissionsBoundaryArn: "arn:aws:iam::123456789012:policy/P", PermissionsBoundaryType: Group}
Policies: [{PolicyName: P, PolicyVersionList: [{Document: %s}]}]
"""
                .formatted(ALLOW_ALL)));
  }

  @Test
  void aManagedPolicyHasExactlyOneDefaultVersion() {
    assertEquals(
        List.of(
            "account.yaml:5:7: Policies[0].PolicyVersionList: expected exactly one version with"
                + " IsDefaultVersion true, found 2",
            "account.yaml:8:23: Policies[1].DefaultVersionId: DefaultVersionId \"v1\" disagrees"
                + " with the version marked IsDefaultVersion, \"v2\"",
            "account.yaml:14:7: Policies[2].PolicyVersionList: expected exactly one version with"
                + " IsDefaultVersion true, found none",
            "account.yaml:17:23: Policies[3].DefaultVersionId: DefaultVersionId \"v9\" names no"
                + " version of the policy",
            "account.yaml:21:24: Policies[4].PolicyVersionList: expected at least one policy"
                + " version, found an empty array",
            "account.yaml:24:21: Policies[5].PolicyVersionList[0].VersionId: expected a version id"
                + " such as \"v1\", found \"one\""),
        problems(
            """
            AccountId: "123456789012"
            Policies:
              - PolicyName: TwoDefaults
                PolicyVersionList:
                  - {VersionId: v1, IsDefaultVersion: true, Document: %1$s}
                  - {VersionId: v2, IsDefaultVersion: true, Document: %1$s}
              - PolicyName: Disagrees
                DefaultVersionId: v1
                PolicyVersionList:
                  - {VersionId: v1, Document: %1$s}
                  - {VersionId: v2, IsDefaultVersion: true, Document: %1$s}
              - PolicyName: NoDefault
                PolicyVersionList:
                  - {VersionId: v1, Document: %1$s}
                  - {VersionId: v2, Document: %1$s}
              - PolicyName: Dangling
                DefaultVersionId: v9
                PolicyVersionList:
                  - {VersionId: v1, Document: %1$s}
              - PolicyName: Empty
                PolicyVersionList: []
              - PolicyName: BadId
                PolicyVersionList:
                  - {VersionId: one, Document: %1$s}
            """
                .formatted(ALLOW_ALL)));
  }

  @Test
  void aManagedPolicyHasAtMostFiveVersions() {
    StringBuilder versions = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      versions.append("      - {VersionId: v%d, Document: %s}\n".formatted(i, ALLOW_ALL));
    }
    assertEquals(
        List.of(
            "account.yaml:11:9: Policies[0].PolicyVersionList[5]: a managed policy has at most 5"
                + " versions"),
        problems(
            "AccountId: \"123456789012\"\nPolicies:\n  - PolicyName: P\n    DefaultVersionId: v1\n"
                + "    PolicyVersionList:\n"
                + versions));
  }

  @Test
  void accessKeysAreLimitedAndChecked() {
    List<String> found =
        problems(
            """
AccountId: "123456789012"
UserDetailList: [{UserName: alice}]
AccessKeys:
  - {UserName: alice, AccessKeyId: AKIAEXAMPLE00000001, SecretAccessKey: s1}
  - {UserName: alice, AccessKeyId: AKIAEXAMPLE00000002, SecretAccessKey: s2, Status: Enabled}
  - {UserName: alice, AccessKeyId: AKIAEXAMPLE00000001, SecretAccessKey: s3}
  - {UserName: alice, AccessKeyId: short, SecretAccessKey: 42}
""");
    assertEquals(
        List.of(
            "account.yaml:5:86: AccessKeys[1].Status: expected \"Active\" or \"Inactive\", found"
                + " \"Enabled\"",
            "account.yaml:6:5: AccessKeys[2]: user \"alice\" already has 2 access keys, the most"
                + " AWS allows",
            "account.yaml:6:36: AccessKeys[2].AccessKeyId: duplicate access key"
                + " \"AKIAEXAMPLE00000001\" (also used by AccessKeys[0].AccessKeyId)",
            "account.yaml:7:5: AccessKeys[3]: user \"alice\" already has 2 access keys, the most"
                + " AWS allows",
            "account.yaml:7:36: AccessKeys[3].AccessKeyId: expected an access key id of 16 to 128"
                + " letters, digits and underscores, found \"short\"",
            "account.yaml:7:60: AccessKeys[3].SecretAccessKey: expected a non-empty string"),
        found);
  }

  @Test
  void durationsDatesSeedsAndKeysAreChecked() {
    assertEquals(
        List.of(
            "account.yaml:2:48: UserDetailList[0].CreateDate: expected an ISO-8601 date-time such"
                + " as \"2024-01-01T00:00:00Z\", found \"yesterday\"",
            "account.yaml:5:25: RoleDetailList[0].MaxSessionDuration: expected 3600 to 43200"
                + " seconds, found 100",
            "account.yaml:8:25: RoleDetailList[1].MaxSessionDuration: expected 3600 to 43200"
                + " seconds, found 50000",
            "account.yaml:10:103: MFADevices[0].Base32StringSeed: expected a base-32 seed (letters"
                + " A-Z and digits 2-7)",
            "account.yaml:11:74: MFADevices[1].SerialNumber: expected an MFA device ARN"
                + " \"arn:aws:iam::123456789012:mfa/NAME\", found"
                + " \"arn:aws:iam::999999999999:mfa/a\"",
            "account.yaml:13:25: SigningKeys[0].Secret: expected a base-64 string; the value is not"
                + " valid base-64",
            "account.yaml:14:25: SigningKeys[1].Secret: expected a key of at least 32 bytes, found"
                + " 5",
            "account.yaml:15:13: SigningKeys[2].KeyId: duplicate KeyId \"k2\" (also used by"
                + " SigningKeys[1].KeyId)"),
        problems(
            """
AccountId: "123456789012"
UserDetailList: [{UserName: alice, CreateDate: yesterday}]
RoleDetailList:
  - RoleName: short
    MaxSessionDuration: 100
    AssumeRolePolicyDocument: {Statement: {Effect: Allow, Action: "sts:AssumeRole", Principal: "*"}}
  - RoleName: long
    MaxSessionDuration: 50000
    AssumeRolePolicyDocument: {Statement: {Effect: Allow, Action: "sts:AssumeRole", Principal: "*"}}
MFADevices: [{UserName: alice, SerialNumber: "arn:aws:iam::123456789012:mfa/alice", Base32StringSeed: "not base32!"},
             {UserName: alice, Base32StringSeed: JBSWY3DP, SerialNumber: "arn:aws:iam::999999999999:mfa/a"}]
SigningKeys:
  - {KeyId: k1, Secret: "not base64!"}
  - {KeyId: k2, Secret: c2hvcnQ=}
  - {KeyId: k2, Secret: c2lnbmluZy1rZXktbnVtYmVyLW9uZS0zMi1ieXRlcy1sb25nISE=}
"""));
  }

  @Test
  void providersNeedHttpsAndAJwksWithKeys() {
    assertEquals(
        List.of(
            "account.yaml:3:42: OpenIDConnectProviders[0].Jwks: expected a JWKS object with a"
                + " \"keys\" array, found an object",
            "account.yaml:4:42: OpenIDConnectProviders[1].Jwks: expected a JWKS object with a"
                + " \"keys\" array, found an array",
            "account.yaml:5:11: OpenIDConnectProviders[2].Url: expected an https:// URL, found"
                + " \"http://c.example.com\"",
            "account.yaml:6:42: OpenIDConnectProviders[3].Jwks: the JWKS string is not valid JSON"
                + " (line 1, column 11): expected ']', found '}'",
            "account.yaml:7:5: OpenIDConnectProviders[4]: missing \"Jwks\" or \"JwksFile\"",
            "account.yaml:8:46: OpenIDConnectProviders[5].JwksFile: JwksFile \"f.json\" cannot be"
                + " found: the account was not read from a file",
            "account.yaml:9:11: OpenIDConnectProviders[6].Arn: ARN"
                + " \"arn:aws:iam::123456789012:oidc-provider/other\" disagrees with the account"
                + " and Url; expected \"arn:aws:iam::123456789012:oidc-provider/g.example.com\""),
        problems(
            """
AccountId: "123456789012"
OpenIDConnectProviders:
  - {Url: "https://a.example.com", Jwks: {foo: 1}}
  - {Url: "https://b.example.com", Jwks: [1]}
  - {Url: "http://c.example.com", Jwks: "{\\"keys\\": []}"}
  - {Url: "https://d.example.com", Jwks: "{\\"keys\\": [}"}
  - {Url: "https://e.example.com"}
  - {Url: "https://f.example.com", JwksFile: f.json}
  - {Arn: "arn:aws:iam::123456789012:oidc-provider/other", Url: "https://g.example.com", Jwks: {keys: []}}
"""));
  }

  @Test
  void aJwksFileThatCannotBeReadIsReported() throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\"keys\": 1}");
    Path account = dir.resolve("account.yaml");
    Files.writeString(
        account,
        """
        AccountId: "123456789012"
        OpenIDConnectProviders:
          - {Url: "https://a.example.com", JwksFile: missing.json}
          - {Url: "https://b.example.com", JwksFile: bad.json}
        """);
    InvalidPolicyException e =
        assertThrows(InvalidPolicyException.class, () -> files.read(account));
    assertEquals(
        List.of(
            account
                + ":3:46: OpenIDConnectProviders[0].JwksFile: cannot read JWKS file \""
                + dir.resolve("missing.json")
                + "\": NoSuchFileException",
            dir.resolve("bad.json")
                + ":1:1: expected a JWKS object with a \"keys\" array, found an"
                + " object"),
        e.problems().stream().map(PolicyProblem::toString).toList());
  }

  @Test
  void policyProblemsAreReportedWhereverThePolicySits() {
    assertEquals(
        List.of(
            "account.yaml:9:23: UserDetailList[0].UserPolicyList[0].PolicyDocument.Statement[0]"
                + ".Effect: expected \"Allow\" or \"Deny\", found \"Alow\"",
            "account.yaml:13:25: UserDetailList[0].UserPolicyList[1].PolicyDocument.Statement[0]"
                + ".Condition.NumericLessThan.shop:Total: expected a number, found \"ten\"",
            "account.yaml:15:25: UserDetailList[0].UserPolicyList[2].PolicyDocument.Statement"
                + ".Acton: unknown key \"Acton\"; did you mean \"Action\"?",
            "account.yaml:15:25: UserDetailList[0].UserPolicyList[2].PolicyDocument.Statement:"
                + " missing \"Action\" or \"NotAction\"",
            "account.yaml:17:25: UserDetailList[0].UserPolicyList[3].PolicyDocument: the policy"
                + " document string is not valid JSON (line 1, column 26): unexpected end of"
                + " document",
            "account.yaml:19:25: UserDetailList[0].UserPolicyList[4].PolicyDocument: malformed"
                + " percent-encoding in the policy document string"),
        problems(
            """
AccountId: "123456789012"
UserDetailList:
  - UserName: alice
    UserPolicyList:
      - PolicyName: object
        PolicyDocument:
          Version: "2012-10-17"
          Statement:
            - Effect: Alow
              Action: shop:GetReceipt
              Resource: "*"
      - PolicyName: plain-string
        PolicyDocument: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "shop:Get", "Resource": "*", "Condition": {"NumericLessThan": {"shop:Total": "ten"}}}]}'
      - PolicyName: encoded
        PolicyDocument: "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C%22Acton%22%3A%22s3%3AGet%2A%22%7D%7D"
      - PolicyName: not-json
        PolicyDocument: '{"Version": "2012-10-17",'
      - PolicyName: bad-encoding
        PolicyDocument: "%7B%2"
"""));
  }

  @Test
  void organizationAndResourcePoliciesAreChecked() {
    assertEquals(
        List.of(
            "account.yaml:3:5: ResourcePolicies[0]: missing \"PolicyDocument\"",
            "account.yaml:3:16: ResourcePolicies[0].Resource: expected an ARN pattern"
                + " arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE, found \"product/*\"",
            "account.yaml:5:28: Organization.ServiceControlPolicies[0]: expected at least one"
                + " policy in an organization level, found an empty array",
            "account.yaml:6:30: Organization.ResourceControlPolicies[0][0]: missing \"PolicyName\"",
            "account.yaml:7:3: Organization.Scps: unknown key \"Scps\""),
        problems(
            """
            AccountId: "123456789012"
            ResourcePolicies:
              - {Resource: "product/*", PolicyName: p}
            Organization:
              ServiceControlPolicies: [[]]
              ResourceControlPolicies: [[{PolicyDocument: %s}]]
              Scps: []
            """
                .formatted(ALLOW_ALL)));
  }

  @Test
  void syntaxErrorsAreReportedAlone() {
    assertEquals(
        List.of("account.yaml:2:12: mapping values are not allowed here"),
        problems("AccountId: \"123456789012\"\nUserName: a: b\n"));
    InvalidPolicyException e =
        assertThrows(
            InvalidPolicyException.class, () -> files.read("{\"AccountId\": }", "a.json", null));
    assertEquals(1, e.problems().size());
  }

  @Test
  void everyProblemIsReportedTogetherAndNothingIsLoaded() {
    List<String> found =
        problems(
            """
            AccountId: "123456789012"
            UserDetailList: [{UserName: alice, GroupList: [nope]}, {UserName: "b b"}]
            GroupDetailList: [{GroupName: g, Path: x}]
            RoleDetailList: [{RoleName: r}]
            SigningKeys: [{KeyId: k, Secret: c2hvcnQ=}]
            """);
    assertEquals(5, found.size(), String.join("\n", found));
  }

  @Test
  void problemsNeverQuoteSecrets() {
    List<String> found =
        problems(
            """
AccountId: "123456789012"
UserDetailList: [{UserName: alice}]
AccessKeys: [{UserName: nobody, AccessKeyId: AKIAEXAMPLE00000001, SecretAccessKey: TopSecret1}]
LoginProfiles: [{UserName: alice, PasswordHash: 12345}]
MFADevices: [{UserName: alice, SerialNumber: "arn:aws:iam::123456789012:mfa/a", Base32StringSeed: TopSecret2}]
SigningKeys: [{KeyId: k, Secret: TopSecret3}]
""");
    assertEquals(4, found.size(), String.join("\n", found));
    for (String p : found) {
      assertFalse(p.contains("TopSecret") || p.contains("12345"), p);
    }
  }
}

package io.gatehouse.cli;

import static io.gatehouse.cli.CliTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that work on account files: simulate --account, sts, validate --account. */
class AccountCommandsTest {
  @TempDir Path dir;
  private Path account;

  @BeforeEach
  void copyExampleAccount() throws Exception {
    account = dir.resolve("shop.yaml");
    Files.copy(Path.of("../examples/accounts/shop.yaml"), account);
  }

  @Test
  void simulateForAPrincipalOfTheAccount() {
    CliTest.Run allow = run("simulate", "--account", account.toString(),
        "--principal", "arn:aws:iam::123456789012:user/alice", "--action", "shop:GetOrder",
        "--resource", "arn:shop:orders::123456789012:order/1", "--explain");
    assertEquals(0, allow.status(), allow.err());
    assertEquals("Allow", allow.lines().get(0));
    assertTrue(allow.out().contains("StaffBoundary"), allow.out());
    CliTest.Run refund = run("simulate", "--account", account.toString(),
        "--principal", "arn:aws:sts::123456789012:assumed-role/support/s1", "--action", "shop:RefundOrder",
        "--resource", "arn:shop:orders::123456789012:order/1");
    assertEquals(List.of("ImplicitDeny"), refund.lines());
    CliTest.Run refundWithMfa = run("simulate", "--account", account.toString(), "--mfa",
        "--principal", "arn:aws:sts::123456789012:assumed-role/support/s1", "--action", "shop:RefundOrder",
        "--resource", "arn:shop:orders::123456789012:order/1");
    assertEquals(List.of("Allow"), refundWithMfa.lines());
    CliTest.Run anonymous = run("simulate", "--account", account.toString(), "--principal", "anonymous",
        "--action", "shop:GetProduct", "--resource", "arn:shop:catalog::123456789012:product/3");
    assertEquals(List.of("Allow"), anonymous.lines());
  }

  @Test
  void assumeRolePrintsCredentialsInTheAwsCliShape() throws Exception {
    CliTest.Run r = run("sts", "assume-role", "--account", account.toString(),
        "--caller", "arn:aws:iam::123456789012:user/alice", "--role-arn", "arn:aws:iam::123456789012:role/support",
        "--role-session-name", "alice-support", "--duration-seconds", "1800");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().startsWith("{\n    \"Credentials\": {\n        \"AccessKeyId\": \"ASIA"), r.out());
    for (String field : List.of("\"SecretAccessKey\": ", "\"SessionToken\": \"GHST1.", "\"Expiration\": \"",
        "\"AssumedRoleId\": \"AROA", "\"Arn\": \"arn:aws:sts::123456789012:assumed-role/support/alice-support\"")) {
      assertTrue(r.out().contains(field), field + " in " + r.out());
    }
    assertTrue(r.out().matches("(?s).*\"Expiration\": \"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00\".*"), r.out());
    // The account got a signing key so that every instance can verify the token.
    assertTrue(Files.readString(account).contains("SigningKeys"));
  }

  @Test
  void assumeRoleRefusalsUseStsErrorCodes() {
    CliTest.Run r = run("sts", "assume-role", "--account", account.toString(),
        "--caller", "arn:aws:iam::123456789012:user/bob", "--role-arn", "arn:aws:iam::123456789012:role/support",
        "--role-session-name", "bob-support");
    assertEquals(1, r.status());
    assertEquals("An error occurred (AccessDenied) when calling the AssumeRole operation: User: "
        + "arn:aws:iam::123456789012:user/bob is not authorized to perform: sts:AssumeRole on resource: "
        + "arn:aws:iam::123456789012:role/support", r.err().strip());
    CliTest.Run tooLong = run("sts", "assume-role", "--account", account.toString(),
        "--caller", "arn:aws:iam::123456789012:user/alice", "--role-arn", "arn:aws:iam::123456789012:role/support",
        "--role-session-name", "alice", "--duration-seconds", "9000");
    assertTrue(tooLong.err().contains("(ValidationError)"), tooLong.err());
  }

  @Test
  void validateChecksAccountFilesWithLocatedErrors() throws Exception {
    assertEquals(0, run("validate", "--account", account.toString()).status());
    Files.writeString(account, Files.readString(account).replace("GroupList: [customers]", "GroupList: [customer]"));
    CliTest.Run r = run("validate", "--account", account.toString());
    assertEquals(1, r.status());
    assertTrue(r.lines().get(0).matches(".*shop\\.yaml:\\d+:\\d+: UserDetailList\\[1\\]\\.GroupList\\[0\\]: "
        + "group \"customer\" does not exist"), r.out());
    assertEquals("1 files, 1 errors", r.lines().get(1));
    assertFalse(r.out().contains("Exception"));
  }
}

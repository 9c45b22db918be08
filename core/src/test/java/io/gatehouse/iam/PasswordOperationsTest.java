package io.gatehouse.iam;

import static io.gatehouse.iam.IamFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.identity.LoginProfile;
import io.gatehouse.identity.PasswordHash;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordOperationsTest {
  private static final String PASSWORD = "Correct-Horse-7";
  private static final PasswordPolicy STRICT = PasswordPolicy.defaults().withMinimumPasswordLength(12)
      .withRequireNumbers(true).withRequireSymbols(true).withRequireUppercaseCharacters(true);

  private final IamFixture f = new IamFixture(STRICT);
  private final IamService iam = f.iam;

  private boolean storedPasswordIs(String userName, String password) {
    LoginProfile login = f.account().user(userName).orElseThrow().loginProfile();
    return new PasswordHasher(1000, new SecureRandom()).verify(password.toCharArray(),
        PasswordHash.parse(login.passwordHash()));
  }

  @Test
  void createsLoginProfileStoringOnlyAHash() {
    iam.createUser("alice", null, null, null);
    IamLoginProfile profile = iam.createLoginProfile("alice", PASSWORD.toCharArray(), true);
    assertEquals(new IamLoginProfile("alice", T0, true), profile);
    assertEquals(profile, iam.getLoginProfile("ALICE"));
    LoginProfile stored = f.account().user("alice").orElseThrow().loginProfile();
    assertTrue(stored.passwordHash().startsWith("pbkdf2-sha256$1000$"), "hashed with the service's hasher");
    assertFalse(stored.passwordHash().contains(PASSWORD));
    assertFalse(stored.toString().contains(stored.passwordHash()));
    assertFalse(profile.toString().contains(PASSWORD));
    assertTrue(storedPasswordIs("alice", PASSWORD));
    f.refused(() -> iam.createLoginProfile("alice", PASSWORD.toCharArray(), null), "EntityAlreadyExists", 409,
        "Login Profile for user alice already exists.");
    f.refused(() -> iam.createLoginProfile("bob", PASSWORD.toCharArray(), null), "NoSuchEntity", 404,
        "The user with name bob cannot be found.");
  }

  @Test
  void refusesPasswordsThatBreakThePolicyListingEveryRuleAndNeverThePassword() {
    iam.createUser("alice", null, null, null);
    IamException e = f.refused(() -> iam.createLoginProfile("alice", "weakpass".toCharArray(), false),
        "PasswordPolicyViolation", 400,
        "Password does not conform to the account password policy: the password must be at least 12 characters "
            + "long; the password must contain at least one symbol (" + PasswordPolicy.SYMBOLS + "); the password "
            + "must contain at least one number (0-9); the password must contain at least one uppercase letter "
            + "(A-Z).");
    assertFalse(e.getMessage().contains("weakpass"));
    f.refused(() -> iam.createLoginProfile("alice", new char[0], false), "ValidationError", 400,
        "1 validation error detected: Value at 'password' failed to satisfy constraint: "
            + "Member must have length greater than or equal to 1");
    IamException tooLong = f.refused(() -> iam.createLoginProfile("alice", ("Aa1!" + "x".repeat(125)).toCharArray(),
        false), "ValidationError", 400, null);
    assertFalse(tooLong.getMessage().contains("xxxx"));
    f.refused(() -> iam.createLoginProfile("alice", "Correct-Horse-7\u0100".toCharArray(), false), "ValidationError",
        400, "1 validation error detected: Value at 'password' failed to satisfy constraint: "
            + "Member must satisfy regular expression pattern: [\\u0009\\u000A\\u000D\\u0020-\\u00FF]+");
    assertTrue(f.account().user("alice").orElseThrow().login().isEmpty());
  }

  @Test
  void updatesPasswordAndResetFlagSeparately() {
    iam.createUser("alice", null, null, null);
    iam.createLoginProfile("alice", PASSWORD.toCharArray(), false);
    f.advance(Duration.ofHours(1));
    iam.updateLoginProfile("alice", null, true);
    assertEquals(new IamLoginProfile("alice", T0, true), iam.getLoginProfile("alice"));
    assertTrue(storedPasswordIs("alice", PASSWORD));
    iam.updateLoginProfile("alice", "Battery-Staple-9".toCharArray(), null);
    assertEquals(new IamLoginProfile("alice", T0.plus(Duration.ofHours(1)), true), iam.getLoginProfile("alice"));
    assertTrue(storedPasswordIs("alice", "Battery-Staple-9"));
    f.refused(() -> iam.updateLoginProfile("alice", "short".toCharArray(), null), "PasswordPolicyViolation", 400,
        null);
    iam.createUser("bob", null, null, null);
    f.refused(() -> iam.updateLoginProfile("bob", null, true), "NoSuchEntity", 404,
        "Login Profile for User bob cannot be found.");
  }

  @Test
  void deletesLoginProfile() {
    iam.createUser("alice", null, null, null);
    iam.createLoginProfile("alice", PASSWORD.toCharArray(), false);
    iam.deleteLoginProfile("alice");
    f.refused(() -> iam.getLoginProfile("alice"), "NoSuchEntity", 404, "Login Profile for User alice cannot be found.");
    f.refused(() -> iam.deleteLoginProfile("alice"), "NoSuchEntity", 404,
        "Login Profile for User alice cannot be found.");
  }

  @Test
  void changePasswordNeedsTheOldPasswordAndClearsTheResetFlag() {
    iam.createUser("alice", null, null, null);
    iam.createLoginProfile("alice", PASSWORD.toCharArray(), true);
    String before = f.account().user("alice").orElseThrow().loginProfile().passwordHash();
    f.refused(() -> iam.changePassword("alice", "Wrong-Password-1".toCharArray(), "Battery-Staple-9".toCharArray()),
        "AccessDenied", 403, "The old password is incorrect.");
    f.refused(() -> iam.changePassword("alice", PASSWORD.toCharArray(), "weak".toCharArray()),
        "PasswordPolicyViolation", 400, null);
    assertEquals(before, f.account().user("alice").orElseThrow().loginProfile().passwordHash());

    f.advance(Duration.ofMinutes(5));
    iam.changePassword("alice", PASSWORD.toCharArray(), "Battery-Staple-9".toCharArray());
    assertEquals(new IamLoginProfile("alice", T0.plus(Duration.ofMinutes(5)), false), iam.getLoginProfile("alice"));
    assertTrue(storedPasswordIs("alice", "Battery-Staple-9"));
    assertNotEquals(before, f.account().user("alice").orElseThrow().loginProfile().passwordHash());

    iam.createUser("bob", null, null, null);
    f.refused(() -> iam.changePassword("bob", PASSWORD.toCharArray(), "Battery-Staple-9".toCharArray()),
        "NoSuchEntity", 404, "Login Profile for User bob cannot be found.");
  }
}

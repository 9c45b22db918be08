package io.gatehouse.iam;

import io.gatehouse.identity.Account;
import io.gatehouse.identity.LoginProfile;
import io.gatehouse.identity.PasswordHash;
import io.gatehouse.identity.PasswordHasher;
import io.gatehouse.identity.PasswordPolicy;
import io.gatehouse.identity.User;
import java.util.List;

/**
 * Console passwords (login profiles): create, update, read, delete, and a user changing their own
 * password. Passwords are checked against the account's password policy and stored only as
 * PBKDF2 hashes, computed before the account is changed so that the slow hash never holds up other
 * changes. The password arrays belong to the caller, who clears them.
 */
final class PasswordOperations {
  private final AdministeredAccount account;
  private final PasswordHasher hasher;
  private final PasswordPolicy policy;

  PasswordOperations(AdministeredAccount account, PasswordHasher hasher, PasswordPolicy policy) {
    this.account = account;
    this.hasher = hasher;
    this.policy = policy;
  }

  IamLoginProfile createLoginProfile(String userName, char[] password, Boolean passwordResetRequired) {
    String name = Constraints.name(userName, "userName", 64);
    Constraints.password(password, "password");
    // Checked before the slow hash is computed, and again in the change, which may come later.
    refuseExistingLogin(Entities.user(account.read(), name));
    String hash = acceptableHash(password, "password");
    boolean reset = Boolean.TRUE.equals(passwordResetRequired);
    Account saved = account.change(a -> {
      User u = Entities.user(a, name);
      refuseExistingLogin(u);
      LoginProfile login = new LoginProfile(u.name(), hash, reset, account.now());
      return a.toBuilder().putUser(u.toBuilder().loginProfile(login).build()).build();
    });
    return IamLoginProfile.of(Entities.user(saved, name).loginProfile());
  }

  void updateLoginProfile(String userName, char[] password, Boolean passwordResetRequired) {
    String name = Constraints.name(userName, "userName", 64);
    loginOf(Entities.user(account.read(), name));
    String hash = password == null ? null : acceptableHash(password, "password");
    account.change(a -> {
      User u = Entities.user(a, name);
      LoginProfile old = loginOf(u);
      LoginProfile login = new LoginProfile(u.name(),
          hash == null ? old.passwordHash() : hash,
          passwordResetRequired == null ? old.passwordResetRequired() : passwordResetRequired,
          hash == null ? old.createDate() : account.now());
      return a.toBuilder().putUser(u.toBuilder().loginProfile(login).build()).build();
    });
  }

  IamLoginProfile getLoginProfile(String userName) {
    String name = Constraints.name(userName, "userName", 64);
    return IamLoginProfile.of(loginOf(Entities.user(account.read(), name)));
  }

  void deleteLoginProfile(String userName) {
    String name = Constraints.name(userName, "userName", 64);
    account.change(a -> {
      User u = Entities.user(a, name);
      loginOf(u);
      return a.toBuilder().putUser(u.toBuilder().loginProfile(null).build()).build();
    });
  }

  void changePassword(String userName, char[] oldPassword, char[] newPassword) {
    String name = Constraints.name(userName, "userName", 64);
    Constraints.password(oldPassword, "oldPassword");
    Constraints.password(newPassword, "newPassword");
    LoginProfile current = loginOf(Entities.user(account.read(), name));
    if (!hasher.verify(oldPassword, storedHash(current))) {
      throw IamException.accessDenied("The old password is incorrect.");
    }
    String hash = acceptableHash(newPassword, "newPassword");
    account.change(a -> {
      User u = Entities.user(a, name);
      LoginProfile login = loginOf(u);
      // The old password was checked against the hash read above; if the password changed since,
      // that check no longer holds.
      if (!login.passwordHash().equals(current.passwordHash())) {
        throw IamException.temporarilyUnmodifiable(
            "Login Profile for User " + u.name() + " changed while the password was being changed; try again.");
      }
      LoginProfile changed = new LoginProfile(u.name(), hash, false, account.now());
      return a.toBuilder().putUser(u.toBuilder().loginProfile(changed).build()).build();
    });
  }

  /** The password's hash, if the password is acceptable. */
  private String acceptableHash(char[] password, String param) {
    Constraints.password(password, param);
    List<String> violations = policy.violations(password);
    if (!violations.isEmpty()) {
      throw IamException.passwordPolicyViolation(
          "Password does not conform to the account password policy: " + String.join("; ", violations) + ".");
    }
    return hasher.hash(password).encoded();
  }

  private static PasswordHash storedHash(LoginProfile login) {
    try {
      return PasswordHash.parse(login.passwordHash());
    } catch (IllegalArgumentException e) {
      throw IamException.serviceFailure(e);
    }
  }

  private static void refuseExistingLogin(User u) {
    if (u.loginProfile() != null) {
      throw IamException.entityAlreadyExists("Login Profile for user " + u.name() + " already exists.");
    }
  }

  private static LoginProfile loginOf(User u) {
    if (u.loginProfile() == null) {
      throw IamException.noSuchEntity("Login Profile for User " + u.name() + " cannot be found.");
    }
    return u.loginProfile();
  }
}

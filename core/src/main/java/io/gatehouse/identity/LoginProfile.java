package io.gatehouse.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A user's console password, stored only as a salted slow hash. {@link #toString()} never shows the
 * hash.
 *
 * @param userName the owner
 * @param passwordHash the encoded hash (e.g. {@code pbkdf2-sha256$600000$SALT$HASH})
 * @param passwordResetRequired true if the user must choose a new password at next sign-in
 * @param createDate when the password was set
 */
public record LoginProfile(String userName, String passwordHash, boolean passwordResetRequired, Instant createDate) {
  /** Creates a login profile. */
  public LoginProfile {
    Objects.requireNonNull(userName, "userName");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(createDate, "createDate");
  }

  @Override
  public String toString() {
    return "LoginProfile[" + userName + "]";
  }
}

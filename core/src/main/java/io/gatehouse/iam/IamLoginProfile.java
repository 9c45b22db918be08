package io.gatehouse.iam;

import io.gatehouse.identity.LoginProfile;
import java.time.Instant;

/**
 * A user's console password setting as IAM's responses describe it (AWS's {@code LoginProfile}
 * type): never the password or its hash.
 *
 * @param userName the user
 * @param createDate when the password was set
 * @param passwordResetRequired true if the user must choose a new password at next sign-in
 */
public record IamLoginProfile(String userName, Instant createDate, boolean passwordResetRequired) {
  static IamLoginProfile of(LoginProfile p) {
    return new IamLoginProfile(p.userName(), p.createDate(), p.passwordResetRequired());
  }
}

package io.gatehouse.iam;

import static io.gatehouse.iam.IamParameter.optional;
import static io.gatehouse.iam.IamParameter.required;
import static io.gatehouse.iam.ResponseElements.result;

import io.gatehouse.iam.IamParameter.Type;
import java.util.Arrays;

/**
 * Console passwords: login profiles and {@code ChangePassword}. Passwords are handed to the service
 * as characters that are cleared afterwards, and appear in no result.
 */
final class LoginProfileActions {
  private LoginProfileActions() {}

  static void addTo(ActionTable t) {
    t.withResult("CreateLoginProfile", "Gives a user a console password.",
        (iam, r) -> {
          char[] password = r.password("Password");
          try {
            return result("LoginProfile", ResponseElements.loginProfile(
                iam.createLoginProfile(r.string("UserName"), password, r.bool("PasswordResetRequired"))));
          } finally {
            clear(password);
          }
        },
        required("UserName"), required("Password", Type.PASSWORD),
        optional("PasswordResetRequired", Type.BOOLEAN));
    t.withResult("GetLoginProfile", "Tells whether a user has a console password (never the password).",
        (iam, r) -> result("LoginProfile", ResponseElements.loginProfile(iam.getLoginProfile(r.string("UserName")))),
        required("UserName"));
    t.withoutResult("UpdateLoginProfile", "Sets a user's password and/or whether it must be reset.",
        (iam, r) -> {
          char[] password = r.password("Password");
          try {
            iam.updateLoginProfile(r.string("UserName"), password, r.bool("PasswordResetRequired"));
          } finally {
            clear(password);
          }
        },
        required("UserName"), optional("Password", Type.PASSWORD), optional("PasswordResetRequired", Type.BOOLEAN));
    t.withoutResult("DeleteLoginProfile", "Removes a user's console password.",
        (iam, r) -> iam.deleteLoginProfile(r.string("UserName")),
        required("UserName"));
    t.withoutResult("ChangePassword", "The calling IAM user replaces their own password.",
        (iam, r) -> {
          char[] oldPassword = r.password("OldPassword");
          char[] newPassword = r.password("NewPassword");
          try {
            if (r.callerUserName() == null) {
              throw new IamException("InvalidUserType", 400, "Only IAM users can change their own password.");
            }
            iam.changePassword(r.callerUserName(), oldPassword, newPassword);
          } finally {
            clear(oldPassword);
            clear(newPassword);
          }
        },
        required("OldPassword", Type.PASSWORD), required("NewPassword", Type.PASSWORD));
  }

  private static void clear(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}

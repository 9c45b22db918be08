package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoginProfileActionsTest {
  private static final String PASSWORD = "Correct-Horse-9";
  private final ActionFixture a = new ActionFixture();

  @Test
  void createsAndShowsALoginProfileWithoutThePassword() {
    a.call("CreateUser", "UserName", "alice");
    Map<String, Object> r = a.call("CreateLoginProfile", "UserName", "alice", "Password", PASSWORD,
        "PasswordResetRequired", "true");
    assertEquals(List.of("LoginProfile"), keys(r));
    assertEquals(List.of("UserName", "CreateDate", "PasswordResetRequired"), keys(r.get("LoginProfile")));
    assertEquals(true, map(r.get("LoginProfile")).get("PasswordResetRequired"));
    assertFalse(r.toString().contains(PASSWORD));
    a.call("UpdateLoginProfile", "UserName", "alice", "PasswordResetRequired", "false");
    assertEquals(false, map(a.call("GetLoginProfile", "UserName", "alice").get("LoginProfile"))
        .get("PasswordResetRequired"));
    a.refused("EntityAlreadyExists", null, "CreateLoginProfile", "UserName", "alice", "Password", PASSWORD);
    a.call("DeleteLoginProfile", "UserName", "alice");
    a.refused("NoSuchEntity", null, "GetLoginProfile", "UserName", "alice");
  }

  @Test
  void refusesWeakPasswordsWithoutRepeatingThem() {
    a.call("CreateUser", "UserName", "alice");
    IamException e = a.refused("PasswordPolicyViolation", null, "CreateLoginProfile", "UserName", "alice",
        "Password", "abc");
    assertFalse(e.getMessage().contains("abc"), e.getMessage());
  }

  @Test
  void changePasswordActsForTheCallingUser() {
    a.call("CreateUser", "UserName", "alice");
    a.call("CreateLoginProfile", "UserName", "alice", "Password", PASSWORD);
    Map<String, String> change = ActionFixture.params("OldPassword", PASSWORD, "NewPassword", "Battery-Staple-7");
    assertEquals(Map.of(), a.actions.invoke("ChangePassword", change, "alice"));
    IamException notAUser = assertThrows(IamException.class, () -> a.actions.invoke("ChangePassword", change));
    assertEquals("InvalidUserType", notAUser.code());
    IamException wrongOld = assertThrows(IamException.class, () -> a.actions.invoke("ChangePassword", change,
        "alice"));
    assertEquals("AccessDenied", wrongOld.code());
    assertFalse(wrongOld.getMessage().contains(PASSWORD));
  }
}

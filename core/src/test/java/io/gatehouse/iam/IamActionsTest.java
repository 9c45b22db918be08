package io.gatehouse.iam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class IamActionsTest {
  private final ActionFixture a = new ActionFixture();

  @Test
  void offersEveryOperationOfTheServiceByItsAwsName() {
    Set<String> expected = new TreeSet<>(Set.of(
        "CreateUser", "GetUser", "ListUsers", "UpdateUser", "DeleteUser", "TagUser", "UntagUser", "ListUserTags",
        "PutUserPermissionsBoundary", "DeleteUserPermissionsBoundary",
        "CreateGroup", "GetGroup", "ListGroups", "AddUserToGroup", "RemoveUserFromGroup", "ListGroupsForUser",
        "DeleteGroup",
        "CreateRole", "GetRole", "ListRoles", "UpdateRole", "UpdateAssumeRolePolicy", "DeleteRole", "TagRole",
        "UntagRole", "ListRoleTags", "PutRolePermissionsBoundary", "DeleteRolePermissionsBoundary",
        "CreatePolicy", "GetPolicy", "GetPolicyVersion", "ListPolicies", "ListPolicyVersions",
        "CreatePolicyVersion", "SetDefaultPolicyVersion", "DeletePolicyVersion", "DeletePolicy",
        "AttachUserPolicy", "DetachUserPolicy", "ListAttachedUserPolicies",
        "AttachGroupPolicy", "DetachGroupPolicy", "ListAttachedGroupPolicies",
        "AttachRolePolicy", "DetachRolePolicy", "ListAttachedRolePolicies",
        "PutUserPolicy", "GetUserPolicy", "ListUserPolicies", "DeleteUserPolicy",
        "PutGroupPolicy", "GetGroupPolicy", "ListGroupPolicies", "DeleteGroupPolicy",
        "PutRolePolicy", "GetRolePolicy", "ListRolePolicies", "DeleteRolePolicy",
        "CreateAccessKey", "ListAccessKeys", "UpdateAccessKey", "DeleteAccessKey", "GetAccessKeyLastUsed",
        "CreateLoginProfile", "GetLoginProfile", "UpdateLoginProfile", "DeleteLoginProfile", "ChangePassword",
        "CreateVirtualMFADevice", "EnableMFADevice", "ListMFADevices", "ListVirtualMFADevices",
        "DeactivateMFADevice", "DeleteVirtualMFADevice",
        "GetAccountAuthorizationDetails", "GetAccountSummary", "SimulateCustomPolicy", "SimulatePrincipalPolicy"));
    assertEquals(expected, a.actions.actionNames());
  }

  @Test
  void describesEachActionsParametersInAwsOrder() {
    IamActionDescription createUser = a.actions.describe("CreateUser").orElseThrow();
    assertEquals("CreateUser", createUser.name());
    assertEquals("[Path, UserName, PermissionsBoundary, Tags]",
        createUser.parameters().stream().map(IamParameter::name).toList().toString());
    IamParameter userName = createUser.parameters().get(1);
    assertTrue(userName.required());
    assertEquals("userName", userName.memberName());
    assertEquals(IamParameter.Type.TAG_LIST, createUser.parameters().get(3).type());
    assertFalse(createUser.isPaginated());
    assertTrue(a.actions.describe("ListUsers").orElseThrow().isPaginated());
    assertEquals(IamParameter.Type.PASSWORD,
        a.actions.describe("CreateLoginProfile").orElseThrow().parameters().get(1).type());
    assertTrue(a.actions.describe("CreateUsers").isEmpty());
    for (String name : a.actions.actionNames()) {
      assertFalse(a.actions.describe(name).orElseThrow().summary().isBlank(), name);
    }
  }

  @Test
  void theCatalogDescribesTheSameActionsWithoutAService() {
    assertEquals(List.copyOf(a.actions.actionNames()),
        IamActions.catalog().stream().map(IamActionDescription::name).toList());
    assertEquals(a.actions.describe("ListUsers").orElseThrow(),
        IamActions.catalog().stream().filter(d -> d.name().equals("ListUsers")).findFirst().orElseThrow());
  }

  @Test
  void refusesAnUnknownActionAsAwsDoes() {
    IamException e = a.refused("InvalidAction", "Could not find operation CreateUsers for version 2010-05-08",
        "CreateUsers");
    assertEquals(400, e.httpStatus());
    a.refused("InvalidAction", "Could not find operation createUser for version 2010-05-08", "createUser",
        "UserName", "alice");
  }

  @Test
  void ignoresParametersTheActionDoesNotTake() {
    Map<String, Object> user = a.call("CreateUser", "Action", "CreateUser", "Version", "2010-05-08",
        "UserName", "alice", "Shoe", "size");
    assertEquals("alice", ActionFixture.map(user.get("User")).get("UserName"));
  }

  @Test
  void actionsWithoutResultReturnAnEmptyMap() {
    a.call("CreateUser", "UserName", "alice");
    Map<String, Object> r = a.call("DeleteUser", "UserName", "alice");
    assertTrue(r.isEmpty());
  }

  @Test
  void everyRequiredParameterIsCheckedBeforeTheServiceRuns() {
    for (String name : a.actions.actionNames()) {
      IamActionDescription d = a.actions.describe(name).orElseThrow();
      for (IamParameter p : d.parameters()) {
        if (p.required()) {
          IamException e = a.refused("ValidationError", null, name);
          assertTrue(e.getMessage().startsWith("1 validation error detected: Value null at '"), e.getMessage());
          break;
        }
      }
    }
    a.refused("ValidationError",
        "1 validation error detected: Value null at 'virtualMFADeviceName' failed to satisfy constraint: "
            + "Member must not be null", "CreateVirtualMFADevice");
  }
}

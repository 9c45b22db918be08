package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.decoded;
import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleActionsTest {
  private final ActionFixture a = new ActionFixture();

  @Test
  void createRoleReturnsTheTrustPolicyUrlEncodedAsAwsDoes() {
    Map<String, Object> role = map(a.call("CreateRole", "RoleName", "support", "AssumeRolePolicyDocument",
        trust(arn("root")), "Description", "Support staff", "MaxSessionDuration", "7200",
        "Tags.member.1.Key", "team", "Tags.member.1.Value", "support").get("Role"));
    assertEquals(List.of("Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument",
        "Description", "MaxSessionDuration", "Tags"), keys(role));
    String encoded = (String) role.get("AssumeRolePolicyDocument");
    assertTrue(encoded.startsWith("%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A"), encoded);
    assertEquals(trust(arn("root")), decoded(encoded));
    assertEquals(7200, role.get("MaxSessionDuration"));
  }

  @Test
  void getsListsUpdatesAndDeletesRoles() {
    a.call("CreateRole", "RoleName", "support", "AssumeRolePolicyDocument", trust(arn("root")),
        "Tags.member.1.Key", "team", "Tags.member.1.Value", "support");
    assertEquals(List.of("Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument",
        "MaxSessionDuration"), keys(list(a.call("ListRoles").get("Roles")).get(0)), "no tags in listings");
    a.call("UpdateRole", "RoleName", "support", "Description", "Help desk", "MaxSessionDuration", "3600");
    a.call("UpdateAssumeRolePolicy", "RoleName", "support", "PolicyDocument", trust(arn("user/alice")));
    Map<String, Object> role = map(a.call("GetRole", "RoleName", "support").get("Role"));
    assertEquals("Help desk", role.get("Description"));
    assertEquals(trust(arn("user/alice")), decoded(role.get("AssumeRolePolicyDocument")));
    a.call("UntagRole", "RoleName", "support", "TagKeys.member.1", "team");
    a.call("TagRole", "RoleName", "support", "Tags.member.1.Key", "env", "Tags.member.1.Value", "prod");
    assertEquals(List.of(Map.of("Key", "env", "Value", "prod")),
        a.call("ListRoleTags", "RoleName", "support").get("Tags"));
    String boundary = (String) map(a.call("CreatePolicy", "PolicyName", "B", "PolicyDocument",
        allow("s3:*", "*")).get("Policy")).get("Arn");
    a.call("PutRolePermissionsBoundary", "RoleName", "support", "PermissionsBoundary", boundary);
    assertEquals(boundary, map(map(a.call("GetRole", "RoleName", "support").get("Role")).get("PermissionsBoundary"))
        .get("PermissionsBoundaryArn"));
    a.call("DeleteRolePermissionsBoundary", "RoleName", "support");
    a.call("DeleteRole", "RoleName", "support");
    a.refused("NoSuchEntity", "The role with name support cannot be found.", "GetRole", "RoleName", "support");
  }

  @Test
  void refusesMalformedTrustPoliciesAndBadNumbers() {
    a.refused("MalformedPolicyDocument", "Missing required field Principal", "CreateRole", "RoleName", "r",
        "AssumeRolePolicyDocument", allow("sts:AssumeRole", "*"));
    a.refused("ValidationError", "1 validation error detected: Value 'long' at 'maxSessionDuration' failed to "
        + "satisfy constraint: Member must be a number", "CreateRole", "RoleName", "r",
        "AssumeRolePolicyDocument", trust(arn("root")), "MaxSessionDuration", "long");
  }
}

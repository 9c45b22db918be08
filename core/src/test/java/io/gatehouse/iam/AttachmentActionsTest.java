package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachmentActionsTest {
  private final ActionFixture a = new ActionFixture();

  @Test
  void attachesListsAndDetachesForUsersGroupsAndRoles() {
    a.call("CreatePolicy", "PolicyName", "Reader", "PolicyDocument", allow("s3:Get*", "*"));
    String policyArn = arn("policy/Reader");
    a.call("CreateUser", "UserName", "alice");
    a.call("CreateGroup", "GroupName", "staff");
    a.call("CreateRole", "RoleName", "support", "AssumeRolePolicyDocument", trust(arn("root")));
    for (String[] entity : List.of(new String[] {"User", "alice"}, new String[] {"Group", "staff"},
        new String[] {"Role", "support"})) {
      String kind = entity[0];
      String nameParam = kind + "Name";
      assertEquals(Map.of(), a.call("Attach" + kind + "Policy", nameParam, entity[1], "PolicyArn", policyArn));
      Map<String, Object> listed = a.call("ListAttached" + kind + "Policies", nameParam, entity[1]);
      assertEquals(List.of("AttachedPolicies", "IsTruncated"), keys(listed));
      assertEquals(List.of(Map.of("PolicyName", "Reader", "PolicyArn", policyArn)), listed.get("AttachedPolicies"));
      assertEquals(List.of("PolicyName", "PolicyArn"),
          keys(((List<?>) listed.get("AttachedPolicies")).get(0)));
    }
    assertEquals(3, ActionFixture.map(a.call("GetPolicy", "PolicyArn", policyArn).get("Policy"))
        .get("AttachmentCount"));
    a.call("DetachGroupPolicy", "GroupName", "staff", "PolicyArn", policyArn);
    assertEquals(List.of(), a.call("ListAttachedGroupPolicies", "GroupName", "staff").get("AttachedPolicies"));
    a.refused("NoSuchEntity", null, "DetachGroupPolicy", "GroupName", "staff", "PolicyArn", policyArn);
    a.refused("NoSuchEntity", null, "AttachUserPolicy", "UserName", "alice", "PolicyArn", arn("policy/Nope"));
    a.refused("ValidationError", "1 validation error detected: Value null at 'policyArn' failed to satisfy "
        + "constraint: Member must not be null", "AttachRolePolicy", "RoleName", "support");
  }
}

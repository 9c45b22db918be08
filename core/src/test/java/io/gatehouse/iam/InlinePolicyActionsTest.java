package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.decoded;
import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InlinePolicyActionsTest {
  private final ActionFixture a = new ActionFixture();

  @Test
  void putsGetsListsAndDeletesInlinePoliciesOfUsersGroupsAndRoles() {
    a.call("CreateUser", "UserName", "alice");
    a.call("CreateGroup", "GroupName", "staff");
    a.call("CreateRole", "RoleName", "support", "AssumeRolePolicyDocument", trust(arn("root")));
    String document = allow("s3:GetObject", "arn:aws:s3:::bucket/*");
    for (String[] entity : List.of(new String[] {"User", "alice"}, new String[] {"Group", "staff"},
        new String[] {"Role", "support"})) {
      String kind = entity[0];
      String nameParam = kind + "Name";
      assertEquals(Map.of(), a.call("Put" + kind + "Policy", nameParam, entity[1], "PolicyName", "read",
          "PolicyDocument", document));
      Map<String, Object> got = a.call("Get" + kind + "Policy", nameParam, entity[1], "PolicyName", "read");
      assertEquals(List.of(nameParam, "PolicyName", "PolicyDocument"), keys(got));
      assertEquals(entity[1], got.get(nameParam));
      assertEquals(document, decoded(got.get("PolicyDocument")));
      assertEquals(Map.of("PolicyNames", List.of("read"), "IsTruncated", false),
          a.call("List" + kind + "Policies", nameParam, entity[1]));
      a.call("Delete" + kind + "Policy", nameParam, entity[1], "PolicyName", "read");
      a.refused("NoSuchEntity", null, "Get" + kind + "Policy", nameParam, entity[1], "PolicyName", "read");
    }
    a.refused("MalformedPolicyDocument", "Has prohibited field Principal", "PutUserPolicy", "UserName", "alice",
        "PolicyName", "p", "PolicyDocument", trust(arn("root")));
  }
}

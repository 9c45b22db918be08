package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.decoded;
import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountActionsTest {
  private final ActionFixture a = new ActionFixture();

  private void populate() {
    a.call("CreatePolicy", "PolicyName", "Reader", "PolicyDocument", allow("s3:Get*", "*"));
    a.call("CreatePolicyVersion", "PolicyArn", arn("policy/Reader"), "PolicyDocument", allow("s3:*", "*"));
    a.call("CreateGroup", "GroupName", "staff");
    a.call("PutGroupPolicy", "GroupName", "staff", "PolicyName", "g", "PolicyDocument", allow("sqs:*", "*"));
    a.call("CreateUser", "UserName", "alice", "PermissionsBoundary", arn("policy/Reader"),
        "Tags.member.1.Key", "team", "Tags.member.1.Value", "blue");
    a.call("AddUserToGroup", "GroupName", "staff", "UserName", "alice");
    a.call("AttachUserPolicy", "UserName", "alice", "PolicyArn", arn("policy/Reader"));
    a.call("CreateLoginProfile", "UserName", "alice", "Password", "Correct-Horse-9");
    a.call("CreateAccessKey", "UserName", "alice");
    a.call("CreateRole", "RoleName", "support", "AssumeRolePolicyDocument", trust(arn("root")));
  }

  @Test
  void rendersTheAccountInAwsShapeWithoutCredentials() {
    populate();
    Map<String, Object> r = a.call("GetAccountAuthorizationDetails");
    assertEquals(List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies", "IsTruncated"), keys(r));
    Map<String, Object> alice = map(list(r.get("UserDetailList")).get(0));
    assertEquals(List.of("Path", "UserName", "UserId", "Arn", "CreateDate", "UserPolicyList", "GroupList",
        "AttachedManagedPolicies", "PermissionsBoundary", "Tags"), keys(alice));
    assertEquals(List.of("staff"), alice.get("GroupList"));
    assertEquals(List.of(Map.of("PolicyName", "Reader", "PolicyArn", arn("policy/Reader"))),
        alice.get("AttachedManagedPolicies"));
    Map<String, Object> staff = map(list(r.get("GroupDetailList")).get(0));
    assertEquals(List.of("Path", "GroupName", "GroupId", "Arn", "CreateDate", "GroupPolicyList",
        "AttachedManagedPolicies"), keys(staff));
    assertEquals(allow("sqs:*", "*"), decoded(map(list(staff.get("GroupPolicyList")).get(0)).get("PolicyDocument")));
    Map<String, Object> support = map(list(r.get("RoleDetailList")).get(0));
    assertEquals(List.of("Path", "RoleName", "RoleId", "Arn", "CreateDate", "AssumeRolePolicyDocument",
        "InstanceProfileList", "RolePolicyList", "AttachedManagedPolicies"), keys(support));
    assertEquals(trust(arn("root")), decoded(support.get("AssumeRolePolicyDocument")));
    Map<String, Object> reader = map(list(r.get("Policies")).get(0));
    assertEquals(List.of("PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId", "AttachmentCount",
        "PermissionsBoundaryUsageCount", "IsAttachable", "CreateDate", "UpdateDate", "PolicyVersionList"),
        keys(reader));
    assertEquals(1, reader.get("AttachmentCount"));
    assertEquals(1, reader.get("PermissionsBoundaryUsageCount"));
    List<Object> versions = list(reader.get("PolicyVersionList"));
    assertEquals(2, versions.size());
    assertEquals(List.of("Document", "VersionId", "IsDefaultVersion", "CreateDate"), keys(versions.get(0)));
    assertEquals(allow("s3:Get*", "*"), decoded(map(versions.get(0)).get("Document")));
    String text = r.toString();
    for (String secret : List.of("SecretAccessKey", "PasswordHash", "Correct-Horse-9", "LoginProfile")) {
      assertFalse(text.contains(secret), secret);
    }
  }

  @Test
  void filtersByEntityTypeAndPagesAcrossTheLists() {
    populate();
    Map<String, Object> users = a.call("GetAccountAuthorizationDetails", "Filter.member.1", "User");
    assertEquals(1, list(users.get("UserDetailList")).size());
    assertEquals(List.of(), users.get("GroupDetailList"));
    assertEquals(List.of(), users.get("Policies"));
    a.refused("ValidationError", "1 validation error detected: Value 'Users' at 'filter.member' failed to satisfy "
        + "constraint: Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]",
        "GetAccountAuthorizationDetails", "Filter.member.1", "Users");

    List<String> seen = new ArrayList<>();
    String marker = null;
    do {
      Map<String, Object> page = marker == null ? a.call("GetAccountAuthorizationDetails", "MaxItems", "1")
          : a.call("GetAccountAuthorizationDetails", "MaxItems", "1", "Marker", marker);
      for (String section : List.of("UserDetailList", "GroupDetailList", "RoleDetailList", "Policies")) {
        for (Object o : list(page.get(section))) {
          seen.add(section + ":" + map(o).get("Arn"));
        }
      }
      marker = (String) page.get("Marker");
    } while (marker != null);
    assertEquals(List.of("UserDetailList:" + arn("user/alice"), "GroupDetailList:" + arn("group/staff"),
        "RoleDetailList:" + arn("role/support"), "Policies:" + arn("policy/Reader")), seen);
  }

  @Test
  void summarisesTheAccountUnderSummaryMap() {
    populate();
    Map<String, Object> r = a.call("GetAccountSummary");
    assertEquals(List.of("SummaryMap"), keys(r));
    assertEquals(1, map(r.get("SummaryMap")).get("Users"));
    assertEquals(1, map(r.get("SummaryMap")).get("Policies"));
  }
}

package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.decoded;
import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManagedPolicyActionsTest {
  private final ActionFixture a = new ActionFixture();

  private Map<String, Object> create() {
    return map(a.call("CreatePolicy", "PolicyName", "Reader", "PolicyDocument", allow("s3:Get*", "*"),
        "Description", "Reads objects").get("Policy"));
  }

  @Test
  void createPolicyReturnsThePolicyElementInAwsOrder() {
    Map<String, Object> policy = create();
    assertEquals(List.of("PolicyName", "PolicyId", "Arn", "Path", "DefaultVersionId", "AttachmentCount",
        "PermissionsBoundaryUsageCount", "IsAttachable", "Description", "CreateDate", "UpdateDate"), keys(policy));
    assertEquals(arn("policy/Reader"), policy.get("Arn"));
    assertEquals("v1", policy.get("DefaultVersionId"));
    assertEquals(0, policy.get("AttachmentCount"));
    assertEquals(true, policy.get("IsAttachable"));
    assertEquals(policy, map(a.call("GetPolicy", "PolicyArn", arn("policy/Reader")).get("Policy")));
    assertTrue(!keys(list(a.call("ListPolicies", "Scope", "Local").get("Policies")).get(0)).contains("Description"),
        "ListPolicies leaves out the description, as AWS does");
  }

  @Test
  void versionsCarryTheirDocumentOnlyWhereAwsReturnsIt() {
    create();
    String policyArn = arn("policy/Reader");
    Map<String, Object> v2 = map(a.call("CreatePolicyVersion", "PolicyArn", policyArn, "PolicyDocument",
        allow("s3:*", "*"), "SetAsDefault", "true").get("PolicyVersion"));
    assertEquals(List.of("VersionId", "IsDefaultVersion", "CreateDate"), keys(v2));
    assertEquals("v2", v2.get("VersionId"));
    assertEquals(true, v2.get("IsDefaultVersion"));
    Map<String, Object> got = map(a.call("GetPolicyVersion", "PolicyArn", policyArn, "VersionId", "v1")
        .get("PolicyVersion"));
    assertEquals(List.of("Document", "VersionId", "IsDefaultVersion", "CreateDate"), keys(got));
    assertEquals(allow("s3:Get*", "*"), decoded(got.get("Document")));
    Map<String, Object> versions = a.call("ListPolicyVersions", "PolicyArn", policyArn);
    assertEquals(List.of("Versions", "IsTruncated"), keys(versions));
    assertEquals(List.of("VersionId", "IsDefaultVersion", "CreateDate"), keys(list(versions.get("Versions")).get(0)));
    a.call("SetDefaultPolicyVersion", "PolicyArn", policyArn, "VersionId", "v1");
    a.call("DeletePolicyVersion", "PolicyArn", policyArn, "VersionId", "v2");
    a.call("DeletePolicy", "PolicyArn", policyArn);
    a.refused("NoSuchEntity", null, "GetPolicy", "PolicyArn", policyArn);
  }

  @Test
  void listPoliciesDecodesScopeAndOnlyAttached() {
    create();
    assertEquals(1, list(a.call("ListPolicies", "Scope", "Local", "OnlyAttached", "false").get("Policies")).size());
    assertEquals(0, list(a.call("ListPolicies", "OnlyAttached", "true").get("Policies")).size());
    a.refused("ValidationError", "1 validation error detected: Value 'maybe' at 'onlyAttached' failed to satisfy "
        + "constraint: Member must be a boolean (true or false)", "ListPolicies", "OnlyAttached", "maybe");
  }

  @Test
  void refusesMalformedDocumentsWithTheParsersLocatedMessage() {
    IamException e = a.refused("MalformedPolicyDocument", null, "CreatePolicy", "PolicyName", "Bad",
        "PolicyDocument", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Alow\",\"Action\":\"s3:*\","
            + "\"Resource\":\"*\"}}");
    assertTrue(e.getMessage().contains("Statement.Effect") || e.getMessage().contains("Effect"), e.getMessage());
    assertTrue(e.getMessage().matches("(?s).*:1:\\d+:.*"), e.getMessage());
  }
}

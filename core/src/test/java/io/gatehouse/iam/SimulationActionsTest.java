package io.gatehouse.iam;

import static io.gatehouse.iam.ActionFixture.keys;
import static io.gatehouse.iam.ActionFixture.list;
import static io.gatehouse.iam.ActionFixture.map;
import static io.gatehouse.iam.IamFixture.allow;
import static io.gatehouse.iam.IamFixture.arn;
import static io.gatehouse.iam.IamFixture.trust;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimulationActionsTest {
  private static final String DENY_DELETE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"NoDelete\","
      + "\"Effect\":\"Deny\",\"Action\":\"s3:DeleteObject\",\"Resource\":\"*\"}]}";
  private static final String FROM_OFFICE = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Office\","
      + "\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
      + "\"Condition\":{\"IpAddress\":{\"aws:SourceIp\":\"10.0.0.0/8\"}}}]}";

  private final ActionFixture a = new ActionFixture();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> only(Map<String, Object> result) {
    List<Object> results = list(result.get("EvaluationResults"));
    assertEquals(1, results.size());
    return (Map<String, Object>) results.get(0);
  }

  @Test
  void customPolicyAnswersEachActionAndResourceWithTheMatchedStatement() {
    Map<String, Object> r = a.call("SimulateCustomPolicy",
        "PolicyInputList.member.1", allow("s3:*", "*"), "PolicyInputList.member.2", DENY_DELETE,
        "ActionNames.member.1", "s3:GetObject", "ActionNames.member.2", "s3:DeleteObject",
        "ResourceArns.member.1", "arn:aws:s3:::bucket/key");
    assertEquals(List.of("EvaluationResults", "IsTruncated"), keys(r));
    List<Object> results = list(r.get("EvaluationResults"));
    assertEquals(2, results.size());
    Map<String, Object> get = map(results.get(0));
    assertEquals("s3:GetObject", get.get("EvalActionName"));
    assertEquals("arn:aws:s3:::bucket/key", get.get("EvalResourceName"));
    assertEquals("allowed", get.get("EvalDecision"));
    Map<String, Object> statement = map(list(get.get("MatchedStatements")).get(0));
    assertEquals("PolicyInputList.1", statement.get("SourcePolicyId"));
    assertEquals("none", statement.get("SourcePolicyType"));
    assertTrue((Integer) map(statement.get("StartPosition")).get("Line") >= 1);
    Map<String, Object> delete = map(results.get(1));
    assertEquals("explicitDeny", delete.get("EvalDecision"));
    assertEquals("PolicyInputList.2", map(list(delete.get("MatchedStatements")).get(0)).get("SourcePolicyId"));
  }

  @Test
  void contextEntriesDecideConditionsAndMissingKeysAreListed() {
    Map<String, Object> without = only(a.call("SimulateCustomPolicy", "PolicyInputList.member.1", FROM_OFFICE,
        "ActionNames.member.1", "s3:GetObject"));
    assertEquals("implicitDeny", without.get("EvalDecision"));
    assertEquals(List.of("aws:SourceIp"), without.get("MissingContextValues"));
    Map<String, Object> inside = only(a.call("SimulateCustomPolicy", "PolicyInputList.member.1", FROM_OFFICE,
        "ActionNames.member.1", "s3:GetObject",
        "ContextEntries.member.1.ContextKeyName", "aws:SourceIp",
        "ContextEntries.member.1.ContextKeyType", "ip",
        "ContextEntries.member.1.ContextKeyValues.member.1", "10.1.2.3"));
    assertEquals("allowed", inside.get("EvalDecision"));
    assertEquals(List.of(), inside.get("MissingContextValues"));
    a.refused("ValidationError", null, "SimulateCustomPolicy", "PolicyInputList.member.1", FROM_OFFICE,
        "ActionNames.member.1", "s3:GetObject", "ContextEntries.member.1.ContextKeyName", "aws:SourceIp",
        "ContextEntries.member.1.ContextKeyType", "color",
        "ContextEntries.member.1.ContextKeyValues.member.1", "red");
  }

  @Test
  void aResourcePolicyCanGrantOnItsOwn() {
    String bucketPolicy = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Reader\",\"Effect\":\"Allow\","
        + "\"Principal\":{\"AWS\":\"" + arn("user/alice") + "\"},\"Action\":\"s3:GetObject\","
        + "\"Resource\":\"arn:aws:s3:::b/*\"}]}";
    Map<String, Object> r = only(a.call("SimulateCustomPolicy", "PolicyInputList.member.1", allow("sqs:*", "*"),
        "ActionNames.member.1", "s3:GetObject", "ResourceArns.member.1", "arn:aws:s3:::b/k",
        "ResourcePolicy", bucketPolicy, "CallerArn", arn("user/alice"),
        "ResourceOwner", "arn:aws:iam::123456789012:root"));
    assertEquals("allowed", r.get("EvalDecision"));
    assertEquals("resource", map(list(r.get("MatchedStatements")).get(0)).get("SourcePolicyType"));
    a.refused("MalformedPolicyDocument", null, "SimulateCustomPolicy", "PolicyInputList.member.1", "{not json",
        "ActionNames.member.1", "s3:GetObject");
  }

  @Test
  void eachNamedResourceHasItsOwnResourceSpecificResult() {
    Map<String, Object> r = a.call("SimulateCustomPolicy", "PolicyInputList.member.1",
        allow("s3:GetObject", "arn:aws:s3:::b/public/*"), "PolicyInputList.member.2", FROM_OFFICE.replace(
            "\"Resource\":\"*\"", "\"Resource\":\"arn:aws:s3:::other/*\""),
        "ActionNames.member.1", "s3:GetObject",
        "ResourceArns.member.1", "arn:aws:s3:::b/public/x", "ResourceArns.member.2", "arn:aws:s3:::b/private/y");
    List<Object> results = list(r.get("EvaluationResults"));
    assertEquals(2, results.size());
    Map<String, Object> open = map(results.get(0));
    assertEquals(List.of("EvalActionName", "EvalResourceName", "EvalDecision", "MatchedStatements",
        "MissingContextValues", "EvalDecisionDetails", "ResourceSpecificResults"), keys(open));
    assertEquals(Map.of(), open.get("EvalDecisionDetails"), "within one account AWS sends it empty");
    assertEquals(List.of(), open.get("MissingContextValues"), "told per resource instead");
    Map<String, Object> openSpecific = map(list(open.get("ResourceSpecificResults")).get(0));
    assertEquals("arn:aws:s3:::b/public/x", openSpecific.get("EvalResourceName"));
    assertEquals("allowed", openSpecific.get("EvalResourceDecision"));
    assertEquals("PolicyInputList.1", map(list(openSpecific.get("MatchedStatements")).get(0)).get("SourcePolicyId"));
    assertEquals(List.of("aws:SourceIp"), openSpecific.get("MissingContextValues"));
    assertEquals(Map.of(), openSpecific.get("EvalDecisionDetails"));

    Map<String, Object> closed = map(list(map(results.get(1)).get("ResourceSpecificResults")).get(0));
    assertEquals("arn:aws:s3:::b/private/y", closed.get("EvalResourceName"));
    assertEquals("implicitDeny", closed.get("EvalResourceDecision"));
    assertEquals(List.of(), closed.get("MatchedStatements"));

    Map<String, Object> star = only(a.call("SimulateCustomPolicy", "PolicyInputList.member.1", allow("s3:*", "*"),
        "ActionNames.member.1", "s3:GetObject"));
    assertFalse(star.containsKey("EvalDecisionDetails"), "not returned for all resources (*), as in AWS");
    assertFalse(star.containsKey("ResourceSpecificResults"));
  }

  @Test
  void crossAccountDetailsTellTheIamPolicysAndTheResourcePolicysDecisions() {
    String queue = "arn:aws:sqs:us-east-1:999988887777:orders";
    String[] common = {"PolicyInputList.member.1", allow("sqs:SendMessage", "*"), "ActionNames.member.1",
        "sqs:SendMessage", "ResourceArns.member.1", queue, "CallerArn", arn("user/alice")};
    Map<String, Object> noResourcePolicy = only(a.call("SimulateCustomPolicy", common));
    assertEquals("implicitDeny", noResourcePolicy.get("EvalDecision"));
    assertEquals(Map.of("IAM Policy", "allowed", "Resource Policy", "implicitDeny"),
        noResourcePolicy.get("EvalDecisionDetails"));

    String grant = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"%s\",\"Principal\":{\"AWS\":\""
        + arn("user/alice") + "\"},\"Action\":\"sqs:SendMessage\",\"Resource\":\"" + queue + "\"}]}";
    Map<String, Object> granted = only(a.call("SimulateCustomPolicy", with(common, "ResourcePolicy",
        String.format(grant, "Allow"))));
    assertEquals("allowed", granted.get("EvalDecision"));
    assertEquals(Map.of("IAM Policy", "allowed", "Resource Policy", "allowed"), granted.get("EvalDecisionDetails"));
    Map<String, Object> specific = map(list(granted.get("ResourceSpecificResults")).get(0));
    assertEquals(Map.of("IAM Policy", "allowed", "Resource Policy", "allowed"), specific.get("EvalDecisionDetails"));

    Map<String, Object> denied = only(a.call("SimulateCustomPolicy", with(common, "ResourcePolicy",
        String.format(grant, "Deny"))));
    assertEquals("explicitDeny", denied.get("EvalDecision"));
    assertEquals(Map.of("IAM Policy", "allowed", "Resource Policy", "explicitDeny"), denied.get("EvalDecisionDetails"));
  }

  @Test
  void aBoundaryDenyIsToldPerResourceToo() {
    Map<String, Object> r = only(a.call("SimulateCustomPolicy", "PolicyInputList.member.1", allow("s3:*", "*"),
        "PermissionsBoundaryPolicyInputList.member.1", allow("sqs:*", "*"), "ActionNames.member.1", "s3:GetObject",
        "ResourceArns.member.1", "arn:aws:s3:::b/k"));
    assertEquals("implicitDeny", r.get("EvalDecision"));
    assertEquals(Map.of("AllowedByPermissionsBoundary", false), r.get("PermissionsBoundaryDecisionDetail"));
    Map<String, Object> specific = map(list(r.get("ResourceSpecificResults")).get(0));
    assertEquals("implicitDeny", specific.get("EvalResourceDecision"));
    assertEquals(Map.of("AllowedByPermissionsBoundary", false), specific.get("PermissionsBoundaryDecisionDetail"));
  }

  private static String[] with(String[] pairs, String name, String value) {
    String[] out = java.util.Arrays.copyOf(pairs, pairs.length + 2);
    out[pairs.length] = name;
    out[pairs.length + 1] = value;
    return out;
  }

  @Test
  void principalPolicyUsesTheUsersGroupsAndBoundary() {
    a.call("CreatePolicy", "PolicyName", "Reader", "PolicyDocument", allow("s3:Get*", "*"));
    a.call("CreatePolicy", "PolicyName", "SqsOnly", "PolicyDocument", allow("sqs:*", "*"));
    a.call("CreateUser", "UserName", "alice");
    a.call("CreateGroup", "GroupName", "staff");
    a.call("AddUserToGroup", "GroupName", "staff", "UserName", "alice");
    a.call("AttachGroupPolicy", "GroupName", "staff", "PolicyArn", arn("policy/Reader"));
    Map<String, Object> r = only(a.call("SimulatePrincipalPolicy", "PolicySourceArn", arn("user/alice"),
        "ActionNames.member.1", "s3:GetObject"));
    assertEquals("allowed", r.get("EvalDecision"));
    Map<String, Object> statement = map(list(r.get("MatchedStatements")).get(0));
    assertEquals("Reader", statement.get("SourcePolicyId"));
    assertEquals("user-managed", statement.get("SourcePolicyType"));
    assertNull(r.get("PermissionsBoundaryDecisionDetail"));

    a.call("PutUserPermissionsBoundary", "UserName", "alice", "PermissionsBoundary", arn("policy/SqsOnly"));
    Map<String, Object> bounded = only(a.call("SimulatePrincipalPolicy", "PolicySourceArn", arn("user/alice"),
        "ActionNames.member.1", "s3:GetObject"));
    assertEquals("implicitDeny", bounded.get("EvalDecision"));
    assertEquals(Map.of("AllowedByPermissionsBoundary", false), bounded.get("PermissionsBoundaryDecisionDetail"));
    Map<String, Object> widened = only(a.call("SimulatePrincipalPolicy", "PolicySourceArn", arn("user/alice"),
        "ActionNames.member.1", "s3:GetObject",
        "PermissionsBoundaryPolicyInputList.member.1", allow("s3:*", "*")));
    assertEquals("allowed", widened.get("EvalDecision"));
    assertEquals(Map.of("AllowedByPermissionsBoundary", true), widened.get("PermissionsBoundaryDecisionDetail"));
  }

  @Test
  void principalPolicyOfARoleAndOfAGroupAndUnknownEntities() {
    a.call("CreateRole", "RoleName", "support", "AssumeRolePolicyDocument", trust(arn("root")));
    a.call("PutRolePolicy", "RoleName", "support", "PolicyName", "inline", "PolicyDocument", allow("sqs:Send*", "*"));
    Map<String, Object> r = only(a.call("SimulatePrincipalPolicy", "PolicySourceArn", arn("role/support"),
        "ActionNames.member.1", "sqs:SendMessage"));
    assertEquals("allowed", r.get("EvalDecision"));
    assertEquals("role", map(list(r.get("MatchedStatements")).get(0)).get("SourcePolicyType"));
    a.call("CreateGroup", "GroupName", "ops");
    a.call("PutGroupPolicy", "GroupName", "ops", "PolicyName", "g", "PolicyDocument", allow("ec2:*", "*"));
    Map<String, Object> g = only(a.call("SimulatePrincipalPolicy", "PolicySourceArn", arn("group/ops"),
        "ActionNames.member.1", "ec2:RunInstances"));
    assertEquals("allowed", g.get("EvalDecision"));
    assertEquals("group", map(list(g.get("MatchedStatements")).get(0)).get("SourcePolicyType"));
    a.refused("NoSuchEntity", "The user with name ghost cannot be found.", "SimulatePrincipalPolicy",
        "PolicySourceArn", arn("user/ghost"), "ActionNames.member.1", "s3:GetObject");
    a.refused("InvalidInput", null, "SimulatePrincipalPolicy", "PolicySourceArn", "arn:aws:s3:::bucket",
        "ActionNames.member.1", "s3:GetObject");
  }

  @Test
  void resultsArePagedWithMarker() {
    Map<String, Object> first = a.call("SimulateCustomPolicy", "PolicyInputList.member.1", allow("s3:*", "*"),
        "ActionNames.member.1", "s3:A", "ActionNames.member.2", "s3:B", "ActionNames.member.3", "s3:C",
        "MaxItems", "2");
    assertEquals(2, list(first.get("EvaluationResults")).size());
    assertEquals(true, first.get("IsTruncated"));
    Map<String, Object> second = a.call("SimulateCustomPolicy", "PolicyInputList.member.1", allow("s3:*", "*"),
        "ActionNames.member.1", "s3:A", "ActionNames.member.2", "s3:B", "ActionNames.member.3", "s3:C",
        "MaxItems", "2", "Marker", (String) first.get("Marker"));
    assertEquals("s3:C", map(list(second.get("EvaluationResults")).get(0)).get("EvalActionName"));
    assertFalse((Boolean) second.get("IsTruncated"));
  }
}

package io.gatehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorizerTest {
  private static final String ALICE = "arn:aws:iam::111111111111:user/alice";
  private static final String ORDER = "arn:aws:shop:us-east-1:111111111111:order/1001";
  private final Authorizer authorizer = Authorizer.standard();
  private final PolicyParser parser = new PolicyParser();

  private PolicyDocument policy(String name, String json) {
    return parser.parse(json, name + ".json").withName(name);
  }

  private PolicyDocument allow(String name, String action, String resource) {
    return policy(name, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + name
        + "Sid\",\"Effect\":\"Allow\",\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\"}]}");
  }

  private PolicyDocument deny(String name, String action, String resource) {
    return policy(name, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\""
        + action + "\",\"Resource\":\"" + resource + "\"}]}");
  }

  private PolicyDocument resourcePolicy(String principalJson, String action) {
    return policy("bucket-policy", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"Grant\",\"Effect\":\"Allow\","
        + "\"Principal\":" + principalJson + ",\"Action\":\"" + action + "\",\"Resource\":\"*\"}]}");
  }

  private Decision decide(String principalArn, String action, String resource, PolicySet set) {
    return authorizer.decide(AuthorizationRequest.of(Principal.fromArn(principalArn), action, resource), set);
  }

  @Test
  void allowCarriesTheAllowingStatements() {
    PolicySet set = PolicySet.builder()
        .identityPolicy(allow("Orders", "shop:GetOrder", "*"))
        .permissionsBoundary(allow("Boundary", "shop:*", "*"))
        .build();
    Decision d = decide(ALICE, "shop:GetOrder", ORDER, set);
    assertEquals(DecisionType.ALLOW, d.type());
    assertEquals(List.of("OrdersSid", "BoundarySid"),
        d.determiningStatements().stream().map(DeterminingStatement::statement).toList());
    assertEquals(PolicyType.PERMISSIONS_BOUNDARY, d.determiningStatements().get(1).policyType());
  }

  @Test
  void explicitDenyNamesThePolicyTypeAndStatement() {
    PolicySet set = PolicySet.builder()
        .identityPolicy(allow("All", "*", "*"))
        .serviceControlPolicyLevel(List.of(CompiledPolicy.compile(allow("FullAWSAccess", "*", "*"))))
        .serviceControlPolicyLevel(List.of(CompiledPolicy.compile(deny("NoShop", "shop:*", "*"))))
        .build();
    Decision d = decide(ALICE, "shop:GetOrder", ORDER, set);
    assertEquals(DecisionType.EXPLICIT_DENY, d.type());
    assertEquals("NoShop", d.determiningStatements().get(0).policyName());
    assertEquals("Statement[0]", d.determiningStatements().get(0).statement());
    assertEquals(1, d.determiningStatements().get(0).level());
    assertEquals(
        "User: arn:aws:iam::111111111111:user/alice is not authorized to perform: shop:GetOrder on resource: "
            + ORDER + " with an explicit deny in a service control policy",
        d.message());
  }

  @Test
  void anIdentityStatementWithoutResourceAppliesToNothing() {
    PolicyDocument noResource = policy("NoResource",
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"shop:GetOrder\"}]}");
    PolicySet identityOnly = PolicySet.builder().identityPolicy(noResource).build();
    assertEquals(DecisionType.IMPLICIT_DENY, decide(ALICE, "shop:GetOrder", ORDER, identityOnly).type());

    PolicySet asBoundary = PolicySet.builder()
        .identityPolicy(allow("Orders", "shop:GetOrder", "*"))
        .permissionsBoundary(noResource)
        .build();
    Decision bounded = decide(ALICE, "shop:GetOrder", ORDER, asBoundary);
    assertEquals(DecisionType.IMPLICIT_DENY, bounded.type());
    assertEquals(PolicyType.PERMISSIONS_BOUNDARY, bounded.policyType().orElseThrow());
  }

  @Test
  void implicitDenyNamesTheMissingPolicyType() {
    Decision none = decide(ALICE, "shop:GetOrder", ORDER, PolicySet.empty());
    assertEquals(DecisionType.IMPLICIT_DENY, none.type());
    assertEquals(PolicyType.IDENTITY, none.policyType().orElseThrow());
    assertEquals("because no identity-based policy allows the shop:GetOrder action", none.reason());

    PolicySet bounded = PolicySet.builder()
        .identityPolicy(allow("Orders", "shop:GetOrder", "*"))
        .permissionsBoundary(allow("Boundary", "docs:*", "*"))
        .build();
    Decision d = decide(ALICE, "shop:GetOrder", ORDER, bounded);
    assertEquals(PolicyType.PERMISSIONS_BOUNDARY, d.policyType().orElseThrow());
  }

  @Test
  void implicitDenyByAnScpLevelNamesTheLevel() {
    PolicySet set = PolicySet.builder()
        .identityPolicy(allow("All", "*", "*"))
        .serviceControlPolicyLevel(List.of(CompiledPolicy.compile(allow("FullAWSAccess", "*", "*"))))
        .serviceControlPolicyLevel(List.of(CompiledPolicy.compile(allow("DocsOnly", "docs:*", "*"))))
        .build();
    Decision d = decide(ALICE, "shop:GetOrder", ORDER, set);
    assertEquals(DecisionType.IMPLICIT_DENY, d.type());
    assertEquals(PolicyType.SCP, d.policyType().orElseThrow());
    assertEquals(1, d.level());
  }

  @Test
  void rootIsAllowedInItsOwnAccountButNotAcrossAccounts() {
    String root = "arn:aws:iam::111111111111:root";
    assertTrue(decide(root, "shop:DeleteOrder", ORDER, PolicySet.empty()).isAllowed());
    String foreign = "arn:aws:shop:us-east-1:222222222222:order/1";
    assertEquals(PolicyType.RESOURCE,
        decide(root, "shop:DeleteOrder", foreign, PolicySet.empty()).policyType().orElseThrow());
    PolicySet granted = PolicySet.builder()
        .resourcePolicy(resourcePolicy("{\"AWS\":\"111111111111\"}", "shop:*")).build();
    assertTrue(decide(root, "shop:DeleteOrder", foreign, granted).isAllowed());
  }

  @Test
  void anonymousNeedsAResourcePolicyForEveryone() {
    AuthorizationRequest request = AuthorizationRequest.of(Principal.anonymous(), "shop:GetProduct",
        "arn:aws:shop:us-east-1:111111111111:product/1");
    PolicySet accountOnly = PolicySet.builder()
        .resourcePolicy(resourcePolicy("{\"AWS\":\"111111111111\"}", "shop:GetProduct")).build();
    assertFalse(authorizer.decide(request, accountOnly).isAllowed());
    PolicySet everyone = PolicySet.builder()
        .resourcePolicy(resourcePolicy("\"*\"", "shop:GetProduct"))
        // SCPs limit an organization's principals, not anonymous callers.
        .serviceControlPolicyLevel(List.of(CompiledPolicy.compile(allow("DocsOnly", "docs:*", "*"))))
        .build();
    Decision d = authorizer.decide(request, everyone);
    assertTrue(d.isAllowed(), d::toString);
    assertEquals(PolicyType.RESOURCE, d.determiningStatements().get(0).policyType());
  }

  @Test
  void crossAccountRoleArnGrantWithIdentityAllowIsAllowed() {
    String session = "arn:aws:sts::222222222222:assumed-role/Reader/s1";
    PolicySet set = PolicySet.builder()
        .identityPolicy(allow("Read", "shop:GetOrder", "*"))
        .resourcePolicy(resourcePolicy("{\"AWS\":\"arn:aws:iam::222222222222:role/team/Reader\"}", "shop:GetOrder"))
        .build();
    assertTrue(decide(session, "shop:GetOrder", ORDER, set).isAllowed());
    PolicySet other = PolicySet.builder()
        .identityPolicy(allow("Read", "shop:GetOrder", "*"))
        .resourcePolicy(resourcePolicy("{\"AWS\":\"arn:aws:iam::222222222222:role/Writer\"}", "shop:GetOrder"))
        .build();
    assertEquals(PolicyType.RESOURCE,
        decide(session, "shop:GetOrder", ORDER, other).policyType().orElseThrow());
  }

  @Test
  void roleArnGrantInTheSameAccountIsLimitedBySessionPolicy() {
    String session = "arn:aws:sts::111111111111:assumed-role/Reader/s1";
    PolicySet set = PolicySet.builder()
        .resourcePolicy(resourcePolicy("{\"AWS\":\"arn:aws:iam::111111111111:role/Reader\"}", "shop:GetOrder"))
        .sessionPolicy(allow("Session", "docs:*", "*"))
        .build();
    Decision d = decide(session, "shop:GetOrder", ORDER, set);
    assertEquals(PolicyType.SESSION, d.policyType().orElseThrow());
  }

  @Test
  void indexFindsExactServiceWildcardAndGlobalStatements() {
    PolicySet set = PolicySet.builder()
        .identityPolicy(allow("Exact", "shop:GetOrder", "*"))
        .identityPolicy(allow("Service", "docs:Get*", "*"))
        .identityPolicy(allow("Global", "*:Describe*", "*"))
        .identityPolicy(policy("NotAction", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Deny\","
            + "\"NotAction\":[\"shop:*\",\"docs:*\",\"ec2:*\"],\"Resource\":\"*\"}}"))
        .build();
    assertTrue(decide(ALICE, "SHOP:getorder", ORDER, set).isAllowed());
    assertTrue(decide(ALICE, "docs:GetPage", ORDER, set).isAllowed());
    assertTrue(decide(ALICE, "ec2:DescribeThings", ORDER, set).isAllowed());
    assertEquals(DecisionType.EXPLICIT_DENY, decide(ALICE, "s3:DescribeBuckets", ORDER, set).type());
    assertEquals(DecisionType.IMPLICIT_DENY, decide(ALICE, "shop:PutOrder", ORDER, set).type());
  }

  @Test
  void notActionAllowMatchesEveryOtherAction() {
    PolicySet set = PolicySet.builder()
        .identityPolicy(policy("NotDelete", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\","
            + "\"NotAction\":\"shop:Delete*\",\"Resource\":\"*\"}}"))
        .build();
    assertTrue(decide(ALICE, "shop:GetOrder", ORDER, set).isAllowed());
    assertFalse(decide(ALICE, "shop:DeleteOrder", ORDER, set).isAllowed());
  }

  @Test
  void withResourcePolicyReplacesOnlyTheResourceLayer() {
    PolicySet base = PolicySet.builder().permissionsBoundary(allow("Boundary", "docs:*", "*")).build();
    PolicySet withGrant = base.withResourcePolicy(CompiledPolicy.compile(
        resourcePolicy("{\"AWS\":\"" + ALICE + "\"}", "shop:GetOrder")));
    // A same-account grant to the user ARN is not limited by the boundary's implicit deny.
    assertTrue(decide(ALICE, "shop:GetOrder", ORDER, withGrant).isAllowed());
    assertFalse(decide(ALICE, "shop:GetOrder", ORDER, base).isAllowed());
    assertTrue(withGrant.permissionsBoundary().isPresent());
  }
}

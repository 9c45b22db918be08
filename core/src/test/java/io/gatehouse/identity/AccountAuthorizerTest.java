package io.gatehouse.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.Authorizer;
import io.gatehouse.Decision;
import io.gatehouse.DecisionType;
import io.gatehouse.PolicyType;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PolicyParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountAuthorizerTest {
  static final String ACCOUNT = "123456789012";
  static final String OTHER = "210987654321";
  static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final PolicyParser PARSER = new PolicyParser();

  static PolicyDocument policy(String name, String json) {
    return PARSER.parse(json, name + ".json").withName(name);
  }

  static PolicyDocument allow(String name, String action, String resource, String conditionJson) {
    return policy(name, "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"" + name + "\",\"Effect\":\"Allow\","
        + "\"Action\":\"" + action + "\",\"Resource\":\"" + resource + "\""
        + (conditionJson == null ? "" : ",\"Condition\":" + conditionJson) + "}]}");
  }

  static ManagedPolicy managed(String account, String name, PolicyDocument doc) {
    return new ManagedPolicy(name, "/", "ANPA" + name.toUpperCase(), "arn:aws:iam::" + account + ":policy/" + name,
        "", List.of(new PolicyVersion("v1", doc, true, NOW)), NOW, NOW);
  }

  /** The shop account: alice (customers group), bob (boundary), the Support role, a catalogue policy. */
  static Account shop() {
    ManagedPolicy orders = managed(ACCOUNT, "OrdersRead", allow("OrdersRead", "shop:Get*", "*", null));
    ManagedPolicy refunds = managed(ACCOUNT, "Refunds", allow("Refunds", "shop:Refund", "*",
        "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"));
    ManagedPolicy boundary = managed(ACCOUNT, "DocsOnly", allow("DocsOnly", "docs:*", "*", null));
    UserBuilder alice = new UserBuilder().name("alice").userId("AIDAALICE").arn("arn:aws:iam::" + ACCOUNT + ":user/alice")
        .createDate(NOW);
    alice.groups().add("customers");
    alice.tags().add(new Tag("team", "blue"));
    alice.inlinePolicies().add(new InlinePolicy("own-receipts", allow("OwnReceipts", "shop:DownloadReceipt",
        "arn:shop:orders::" + ACCOUNT + ":receipt/${aws:username}/*", null)));
    UserBuilder bob = new UserBuilder().name("bob").userId("AIDABOB").arn("arn:aws:iam::" + ACCOUNT + ":user/bob")
        .createDate(NOW).permissionsBoundary(boundary.arn());
    bob.attachedPolicies().add(orders.arn());
    Role support = new Role("Support", "/", "AROASUPPORT", "arn:aws:iam::" + ACCOUNT + ":role/Support", NOW, "",
        policy("trust", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
            + ACCOUNT + "\"},\"Action\":\"sts:AssumeRole\"}}"),
        List.of(orders.arn(), refunds.arn()), List.of(), null, List.of(new Tag("team", "support")), Duration.ofHours(2));
    return Account.builder(ACCOUNT)
        .putPolicy(orders).putPolicy(refunds).putPolicy(boundary)
        .putGroup(new Group("customers", "/", "AGPACUST", "arn:aws:iam::" + ACCOUNT + ":group/customers", NOW,
            List.of(orders.arn()), List.of()))
        .putUser(alice.build()).putUser(bob.build()).putRole(support)
        .addResourcePolicy(new ResourcePolicyBinding("arn:shop:catalog::" + ACCOUNT + ":product/*", "public-catalogue",
            policy("public-catalogue", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":\"*\","
                + "\"Action\":\"shop:GetProduct\",\"Resource\":\"*\"}}")))
        .build();
  }

  private final AccountAuthorizer authorizer =
      new AccountAuthorizer(() -> Accounts.of(shop()), Authorizer.standard(), ResourcePolicyProvider.NONE, CLOCK);

  private static Caller keyCaller(String arn) {
    return Caller.withAccessKey(Principal.fromArn(arn), "AKIAEXAMPLE");
  }

  private static final String ORDER = "arn:shop:orders::" + ACCOUNT + ":order/1";

  @Test
  void groupPoliciesApplyToMembers() {
    Decision d = authorizer.decide(keyCaller("arn:aws:iam::" + ACCOUNT + ":user/alice"), "shop:GetOrder", ORDER,
        RequestContext.empty());
    assertTrue(d.isAllowed(), d::toString);
    assertEquals("OrdersRead", d.determiningStatements().get(0).statement());
  }

  @Test
  void usernameVariableComesFromThePrincipalNotFromTheRequest() {
    Caller alice = keyCaller("arn:aws:iam::" + ACCOUNT + ":user/alice");
    String own = "arn:shop:orders::" + ACCOUNT + ":receipt/alice/7";
    String bobs = "arn:shop:orders::" + ACCOUNT + ":receipt/bob/7";
    assertTrue(authorizer.decide(alice, "shop:DownloadReceipt", own, RequestContext.empty()).isAllowed());
    RequestContext forged = RequestContext.builder().put("aws:username", "bob").put("AWS:UserName", "bob").build();
    assertFalse(authorizer.decide(alice, "shop:DownloadReceipt", bobs, forged).isAllowed());
  }

  @Test
  void aNewUserCanDoNothingAndAnUnknownUserNeither() {
    assertEquals(DecisionType.IMPLICIT_DENY, authorizer.decide(keyCaller("arn:aws:iam::" + ACCOUNT + ":user/ghost"),
        "shop:GetOrder", ORDER, RequestContext.empty()).type());
  }

  @Test
  void boundaryLimitsTheUser() {
    Decision d = authorizer.decide(keyCaller("arn:aws:iam::" + ACCOUNT + ":user/bob"), "shop:GetOrder", ORDER,
        RequestContext.empty());
    assertEquals(PolicyType.PERMISSIONS_BOUNDARY, d.policyType().orElseThrow());
  }

  @Test
  void rootHasFullAccessToItsAccount() {
    Caller root = Caller.asserted(Principal.root(ACCOUNT));
    assertTrue(authorizer.decide(root, "shop:DeleteEverything", ORDER, RequestContext.empty()).isAllowed());
  }

  @Test
  void resourcePolicyBindingAllowsAnonymousCatalogueReads() {
    String product = "arn:shop:catalog::" + ACCOUNT + ":product/42";
    assertTrue(authorizer.decide(Caller.anonymous(), "shop:GetProduct", product, RequestContext.empty()).isAllowed());
    assertFalse(authorizer.decide(Caller.anonymous(), "shop:GetOrder", ORDER, RequestContext.empty()).isAllowed());
  }

  private Caller supportSession(Instant mfaAt, List<PolicyDocument> sessionPolicies, List<Tag> tags) {
    Principal p = Principal.fromArn("arn:aws:sts::" + ACCOUNT + ":assumed-role/Support/carol");
    return Caller.withSession(new TemporarySession(p, "ASIAEXAMPLE", "AROASUPPORT", NOW.minusSeconds(600),
        NOW.plusSeconds(3000), mfaAt, sessionPolicies, List.of(), tags, null, false, null));
  }

  @Test
  void roleSessionHasItsRolesPermissionsAndMfaGatedActionsNeedMfa() {
    assertTrue(authorizer.decide(supportSession(null, List.of(), List.of()), "shop:GetOrder", ORDER,
        RequestContext.empty()).isAllowed());
    assertFalse(authorizer.decide(supportSession(null, List.of(), List.of()), "shop:Refund", ORDER,
        RequestContext.empty()).isAllowed());
    assertTrue(authorizer.decide(supportSession(NOW.minusSeconds(60), List.of(), List.of()), "shop:Refund", ORDER,
        RequestContext.empty()).isAllowed());
  }

  @Test
  void sessionPoliciesIntersectWithTheRolesPermissions() {
    Caller limited = supportSession(null, List.of(allow("OnlyOrder1", "shop:*", ORDER, null)), List.of());
    assertTrue(authorizer.decide(limited, "shop:GetOrder", ORDER, RequestContext.empty()).isAllowed());
    Decision other = authorizer.decide(limited, "shop:GetOrder", "arn:shop:orders::" + ACCOUNT + ":order/2",
        RequestContext.empty());
    assertEquals(PolicyType.SESSION, other.policyType().orElseThrow());
  }

  @Test
  void sessionTagsOverrideRoleTagsAsPrincipalTags() {
    AccountAuthorizer tagged = new AccountAuthorizer(() -> Accounts.of(shop().toBuilder()
        .putPolicy(managed(ACCOUNT, "TeamOnly", allow("TeamOnly", "docs:Read", "*",
            "{\"StringEquals\":{\"aws:PrincipalTag/team\":\"night\"}}")))
        .putRole(shop().role("Support").orElseThrow().withPolicies(
            List.of("arn:aws:iam::" + ACCOUNT + ":policy/TeamOnly"), List.of()))
        .build()), Authorizer.standard(), ResourcePolicyProvider.NONE, CLOCK);
    assertFalse(tagged.decide(supportSession(null, List.of(), List.of()), "docs:Read", "*", RequestContext.empty())
        .isAllowed());
    assertTrue(tagged.decide(supportSession(null, List.of(), List.of(new Tag("team", "night"))), "docs:Read", "*",
        RequestContext.empty()).isAllowed());
  }

  @Test
  void longTermKeysCarryNoMfaKeysAndPasswordsDo() {
    // "Bool false" tests a present key: long-term keys do not have it, password sign-ins do.
    PolicyDocument denyWithoutMfa = policy("deny", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
        + "\"Action\":\"*\",\"Resource\":\"*\"},{\"Effect\":\"Deny\",\"Action\":\"*\",\"Resource\":\"*\","
        + "\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}}]}");
    UserBuilder dan = new UserBuilder().name("dan").userId("AIDADAN").arn("arn:aws:iam::" + ACCOUNT + ":user/dan")
        .createDate(NOW);
    dan.inlinePolicies().add(new InlinePolicy("mfa", denyWithoutMfa));
    AccountAuthorizer a = new AccountAuthorizer(() -> Accounts.of(shop().toBuilder().putUser(dan.build()).build()),
        Authorizer.standard(), ResourcePolicyProvider.NONE, CLOCK);
    Principal p = Principal.fromArn("arn:aws:iam::" + ACCOUNT + ":user/dan");
    assertTrue(a.decide(Caller.withAccessKey(p, "AKIA1"), "shop:GetOrder", ORDER, RequestContext.empty()).isAllowed());
    assertEquals(DecisionType.EXPLICIT_DENY,
        a.decide(Caller.withPassword(p, null), "shop:GetOrder", ORDER, RequestContext.empty()).type());
    assertTrue(a.decide(Caller.withPassword(p, NOW), "shop:GetOrder", ORDER, RequestContext.empty()).isAllowed());
  }

  @Test
  void crossAccountNeedsBothSides() {
    Account other = Account.builder(OTHER)
        .addResourcePolicy(new ResourcePolicyBinding("arn:shop:orders::" + OTHER + ":*", "shared-orders",
            policy("shared", "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\""
                + "arn:aws:iam::" + ACCOUNT + ":user/alice\"},\"Action\":\"shop:GetOrder\",\"Resource\":\"*\"}}")))
        .build();
    AccountAuthorizer both = new AccountAuthorizer(() -> Accounts.of(shop(), other), Authorizer.standard(),
        ResourcePolicyProvider.NONE, CLOCK);
    String foreign = "arn:shop:orders::" + OTHER + ":order/9";
    assertTrue(both.decide(keyCaller("arn:aws:iam::" + ACCOUNT + ":user/alice"), "shop:GetOrder", foreign,
        RequestContext.empty()).isAllowed());
    Decision refused = authorizer.decide(keyCaller("arn:aws:iam::" + ACCOUNT + ":user/alice"), "shop:GetOrder",
        foreign, RequestContext.empty());
    assertEquals(PolicyType.RESOURCE, refused.policyType().orElseThrow());
  }
}

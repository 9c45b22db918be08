package io.gatehouse.internal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.Decision;
import io.gatehouse.DecisionType;
import io.gatehouse.PolicyType;
import io.gatehouse.Principal;
import io.gatehouse.RequestContext;
import io.gatehouse.policy.ConditionClause;
import io.gatehouse.policy.Effect;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.PrincipalElement;
import io.gatehouse.policy.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The index (by action, then by resource type) may only skip statements that cannot apply, and
 * splitting Denies from Allows must not change which statement decides. Generated policy sets and
 * requests (fixed seed) are decided by {@link PolicyEvaluator} and by {@link ScanningEvaluator},
 * which matches every statement in document order; the decisions must be identical, reasons
 * included.
 */
class IndexedEvaluationTest {
  private static final String[] ACTIONS = {
    "shop:GetOrder", "shop:Get*", "shop:*", "*", "shop:ListOrders", "SHOP:getorder", "*:Get*",
    "shop:Get?rder", "s3:GetObject", "s3:*", "docs:Read", "s*:GetObject"
  };
  private static final String[] RESOURCES = {
    "*",
    "arn:aws:shop:*:111111111111:order/*",
    "arn:aws:shop:us-east-1:111111111111:order/${aws:username}/*",
    "arn:aws:shop:*:*:order/${aws:username, 'nobody'}/*",
    "arn:aws:shop:*:*:receipt/*",
    "arn:aws:shop:*:111111111111:order/team-?/*",
    "arn:aws:shop:*:111111111111:order",
    "arn:aws:shop:*:111111111111:*",
    "arn:aws:*:*:*:order/*",
    "arn:aws:s3:::bucket",
    "arn:aws:s3:::bucket/*",
    "arn:aws:s3:::${aws:username}/*",
    "arn:aws:s3:::bucket/${aws:PrincipalTag/team}/*",
    "arn:aws:shop:${aws:RequestedRegion}:111111111111:order/*",
    "arn:aws:iam::${aws:PrincipalAccount}:user/*",
    "arn:aws:logs:*:*:log-group:app:*",
    "arn:aws:logs:*:*:log-group/*",
    "order/*",
    "${aws:username}*",
  };
  private static final String[] REQUEST_ACTIONS = {
    "shop:GetOrder", "shop:getorder", "shop:ListOrders", "shop:PutOrder", "s3:GetObject",
    "docs:Read", "ec2:RunInstances"
  };
  private static final String[] REQUEST_RESOURCES = {
    "arn:aws:shop:us-east-1:111111111111:order/alice/1",
    "arn:aws:shop:us-east-1:111111111111:order/bob/1",
    "arn:aws:shop:eu-west-1:222222222222:order/alice/1",
    "arn:aws:shop:us-east-1:111111111111:order/team-1/x",
    "arn:aws:shop:us-east-1:111111111111:order",
    "arn:aws:shop:us-east-1:111111111111:receipt/9",
    "arn:aws:s3:::bucket",
    "arn:aws:s3:::bucket/red/key",
    "arn:aws:s3:::alice/key",
    "arn:aws:iam::111111111111:user/alice",
    "arn:aws:logs:us-east-1:111111111111:log-group:app:stream",
    "arn:aws:logs:us-east-1:111111111111:log-group/app",
    "order/alice",
    "alice-notes",
    "*",
  };
  private static final Principal[] PRINCIPALS = {
    Principal.fromArn("arn:aws:iam::111111111111:user/alice"),
    Principal.fromArn("arn:aws:iam::111111111111:user/bob"),
    Principal.fromArn("arn:aws:sts::111111111111:assumed-role/admin/alice"),
    Principal.fromArn("arn:aws:iam::111111111111:role/admin"),
    Principal.fromArn("arn:aws:iam::111111111111:root"),
    Principal.fromArn("arn:aws:iam::222222222222:user/carol"),
    Principal.anonymous(),
  };

  private final Random random = new Random(0x1DE7_5EEDL);
  private final StatementCompiler compiler = new StatementCompiler();

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private List<String> some(String[] values) {
    List<String> out = new ArrayList<>();
    int n = 1 + random.nextInt(3);
    for (int i = 0; i < n; i++) {
      out.add(pick(values));
    }
    return out;
  }

  private Statement statement(int index, boolean resourcePolicy) {
    Statement.Builder b =
        Statement.builder(random.nextInt(3) == 0 ? Effect.DENY : Effect.ALLOW).index(index)
            .sid("S" + index);
    if (random.nextInt(6) == 0) {
      b.notActions(some(ACTIONS));
    } else {
      b.actions(some(ACTIONS));
    }
    int resource = random.nextInt(8);
    if (resource == 0) {
      b.notResources(some(RESOURCES));
    } else if (resource != 1 || !resourcePolicy) {
      b.resources(some(RESOURCES));
    }
    if (resourcePolicy || random.nextInt(10) == 0) {
      b.principal(principal());
    }
    switch (random.nextInt(6)) {
      case 0:
        b.conditions(List.of(new ConditionClause("StringEquals", "aws:username", List.of("alice"))));
        break;
      case 1:
        b.conditions(List.of(new ConditionClause("Bool", "aws:SecureTransport", List.of("true"))));
        break;
      case 2:
        b.conditions(List.of(new ConditionClause("StringLike", "aws:username", List.of("a*")),
            new ConditionClause("Null", "aws:RequestedRegion", List.of("false"))));
        break;
      default:
        break;
    }
    return b.build();
  }

  private PrincipalElement principal() {
    switch (random.nextInt(5)) {
      case 0:
        return PrincipalElement.anyone();
      case 1:
        return PrincipalElement.of(Map.of("AWS", List.of("111111111111")));
      case 2:
        return PrincipalElement.of(Map.of("AWS", List.of("arn:aws:iam::111111111111:role/admin")));
      case 3:
        return PrincipalElement.of(Map.of("AWS", List.of("arn:aws:iam::111111111111:user/alice",
            "arn:aws:iam::222222222222:user/carol")));
      default:
        return PrincipalElement.of(Map.of("AWS", List.of("*")));
    }
  }

  private PolicyLayer layer(PolicyType type, int level, int maxStatements) {
    List<CompiledStatement> statements = new ArrayList<>();
    int policies = 1 + random.nextInt(3);
    for (int p = 0; p < policies; p++) {
      List<Statement> written = new ArrayList<>();
      int n = random.nextInt(maxStatements + 1);
      for (int i = 0; i < n; i++) {
        written.add(statement(i, type == PolicyType.RESOURCE));
      }
      String version = random.nextInt(8) == 0 ? "2008-10-17" : "2012-10-17";
      statements.addAll(compiler.compile(
          new PolicyDocument(type + "-" + level + "-" + p, version, null, written)));
    }
    return new PolicyLayer(type, level, statements);
  }

  private LayeredPolicies layers() {
    int size = random.nextInt(4) == 0 ? 40 : 8;
    List<PolicyLayer> scps = new ArrayList<>();
    List<PolicyLayer> rcps = new ArrayList<>();
    for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; i > 0; i--) {
      scps.add(layer(PolicyType.SCP, scps.size(), 4));
    }
    for (int i = random.nextInt(5) == 0 ? 1 : 0; i > 0; i--) {
      rcps.add(layer(PolicyType.RCP, rcps.size(), 4));
    }
    return new LayeredPolicies(
        layer(PolicyType.IDENTITY, -1, size),
        random.nextInt(4) == 0 ? layer(PolicyType.PERMISSIONS_BOUNDARY, -1, 4) : null,
        random.nextInt(5) == 0 ? layer(PolicyType.SESSION, -1, 4) : null,
        random.nextInt(3) == 0 ? layer(PolicyType.RESOURCE, -1, 6) : null,
        scps,
        rcps);
  }

  private AuthorizationRequest request() {
    RequestContext.Builder context = RequestContext.builder();
    if (random.nextInt(4) != 0) {
      context.put("aws:username", random.nextBoolean() ? "alice" : "bob");
    }
    if (random.nextBoolean()) {
      context.put("aws:SecureTransport", random.nextBoolean() ? "true" : "false");
    }
    if (random.nextBoolean()) {
      context.put("aws:RequestedRegion", random.nextBoolean() ? "us-east-1" : "eu-west-1");
    }
    if (random.nextBoolean()) {
      context.put("aws:PrincipalAccount", "111111111111");
    }
    if (random.nextInt(3) == 0) {
      context.putAll("aws:PrincipalTag/team", random.nextBoolean() ? List.of("red") : List.of());
    }
    return AuthorizationRequest.builder(pick(PRINCIPALS))
        .action(pick(REQUEST_ACTIONS))
        .resource(pick(REQUEST_RESOURCES))
        .context(context.build())
        .build();
  }

  @Test
  void indexedDecisionsEqualThoseOfScanningEveryStatement() {
    PolicyEvaluator indexed = new PolicyEvaluator();
    ScanningEvaluator scanning = new ScanningEvaluator();
    Map<DecisionType, Integer> outcomes = new EnumMap<>(DecisionType.class);
    for (int set = 0; set < 400; set++) {
      LayeredPolicies layers = layers();
      for (int r = 0; r < 40; r++) {
        AuthorizationRequest request = request();
        Decision expected = scanning.decide(request, layers);
        Decision actual = indexed.decide(request, layers);
        assertEquals(expected.type(), actual.type(), () -> "type of " + request);
        assertEquals(expected.determiningStatements(), actual.determiningStatements(),
            () -> "reasons of " + request);
        assertEquals(expected.policyType(), actual.policyType(), () -> "policy type of " + request);
        assertEquals(expected.level(), actual.level(), () -> "level of " + request);
        outcomes.merge(actual.type(), 1, Integer::sum);
      }
    }
    for (DecisionType type : DecisionType.values()) {
      assertTrue(outcomes.getOrDefault(type, 0) > 500, () -> "too few of each outcome: " + outcomes);
    }
  }
}

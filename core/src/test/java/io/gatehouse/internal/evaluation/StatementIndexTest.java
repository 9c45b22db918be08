package io.gatehouse.internal.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.PolicyType;
import io.gatehouse.policy.Effect;
import io.gatehouse.policy.PolicyDocument;
import io.gatehouse.policy.Statement;
import io.gatehouse.policy.internal.match.ResourceIndexKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The index may only skip statements that cannot match: for generated statements and actions, every
 * statement whose action patterns match is among the candidates, and candidates keep document order.
 */
class StatementIndexTest {
  private static final String[] SERVICES = {"shop", "docs", "s3", "ec2", "billing"};
  private static final String[] ACTIONS = {"GetOrder", "PutOrder", "ListOrders", "DeleteOrder", "Describe"};

  private static String randomPattern(Random r) {
    switch (r.nextInt(8)) {
      case 0:
        return "*";
      case 1:
        return SERVICES[r.nextInt(SERVICES.length)] + ":*";
      case 2:
        return "*:" + ACTIONS[r.nextInt(ACTIONS.length)];
      case 3:
        return SERVICES[r.nextInt(SERVICES.length)] + ":Get*";
      case 4:
        return SERVICES[r.nextInt(SERVICES.length)].charAt(0) + "*:" + ACTIONS[r.nextInt(ACTIONS.length)];
      case 5:
        return SERVICES[r.nextInt(SERVICES.length)] + ":" + ACTIONS[r.nextInt(ACTIONS.length)].replace('e', '?');
      default:
        String a = SERVICES[r.nextInt(SERVICES.length)] + ":" + ACTIONS[r.nextInt(ACTIONS.length)];
        return r.nextBoolean() ? a : a.toUpperCase(Locale.ROOT);
    }
  }

  @Test
  void candidatesIncludeEveryStatementWhoseActionMatches() {
    Random r = new Random(20261122L);
    StatementCompiler compiler = new StatementCompiler();
    for (int round = 0; round < 200; round++) {
      List<Statement> statements = new ArrayList<>();
      int n = 1 + r.nextInt(30);
      for (int i = 0; i < n; i++) {
        List<String> patterns = new ArrayList<>();
        int k = 1 + r.nextInt(3);
        for (int j = 0; j < k; j++) {
          patterns.add(randomPattern(r));
        }
        Statement.Builder b = Statement.builder(r.nextBoolean() ? Effect.ALLOW : Effect.DENY).index(i)
            .resources(List.of("*"));
        statements.add((r.nextInt(6) == 0 ? b.notActions(patterns) : b.actions(patterns)).build());
      }
      List<CompiledStatement> compiled = compiler.compile(new PolicyDocument("p", "2012-10-17", null, statements));
      PolicyLayer layer = new PolicyLayer(PolicyType.IDENTITY, -1, compiled);
      for (String service : SERVICES) {
        for (String action : ACTIONS) {
          String lower = (service + ":" + action).toLowerCase(Locale.ROOT);
          List<BoundStatement> candidates = candidates(layer, lower, service, "*");
          Set<CompiledStatement> found =
              candidates.stream().map(BoundStatement::statement).collect(Collectors.toSet());
          for (CompiledStatement s : compiled) {
            if (s.matchesAction(lower)) {
              assertTrue(found.contains(s), () -> s.source().actions() + " missed for " + lower);
            }
          }
          for (int i = 1; i < candidates.size(); i++) {
            assertTrue(candidates.get(i - 1).position() < candidates.get(i).position(),
                "candidates keep document order without repeats");
          }
        }
      }
    }
  }

  @Test
  void exactActionLookupSkipsOtherServicesStatements() {
    List<Statement> statements = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      statements.add(Statement.builder(Effect.ALLOW).index(i).actions(List.of("svc" + i + ":Get*"))
          .resources(List.of("*")).build());
    }
    statements.add(Statement.builder(Effect.ALLOW).index(100).actions(List.of("shop:GetOrder"))
        .resources(List.of("*")).build());
    PolicyLayer layer = new PolicyLayer(PolicyType.IDENTITY, -1,
        new StatementCompiler().compile(new PolicyDocument("p", "2012-10-17", null, statements)));
    assertEquals(1, candidates(layer, "shop:getorder", "shop", "*").size());
    assertEquals(1, candidates(layer, "svc7:getthing", "svc7", "*").size());
    assertEquals(0, candidates(layer, "other:getthing", "other", "*").size());
  }

  /** The candidates for an action and resource, in document order (Denies and Allows merged). */
  static List<BoundStatement> candidates(
      PolicyLayer layer, String lowerCaseAction, String service, String resource) {
    Candidates c = layer.index().forAction(lowerCaseAction, service)
        .candidates(ResourceIndexKey.ofResource(resource));
    List<BoundStatement> all = new ArrayList<>(c.keyed().statements());
    all.addAll(c.always().statements());
    all.sort(java.util.Comparator.comparingInt(BoundStatement::position));
    return all;
  }
}

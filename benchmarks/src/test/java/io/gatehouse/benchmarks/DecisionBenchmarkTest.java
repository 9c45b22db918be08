package io.gatehouse.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gatehouse.Authorizer;
import io.gatehouse.CompiledPolicy;
import io.gatehouse.PolicySet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class DecisionBenchmarkTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "small, allow", "small, explicitDeny", "small, implicitDeny",
    "medium, allow", "medium, explicitDeny", "medium, implicitDeny",
    "large, allow", "large, explicitDeny", "large, implicitDeny"
  })
  void everyScenarioGetsItsIntendedDecision(String scenario, String outcome) {
    DecisionBenchmark benchmark = new DecisionBenchmark();
    benchmark.scenario = scenario;
    benchmark.outcome = outcome;

    benchmark.setUp();

    Outcome expected = Outcome.named(outcome);
    assertEquals(expected.decisionType(), benchmark.decide().type());
    assertEquals(expected.decisionType(), benchmark.buildRequestAndDecide().type());
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void policySetHasTheScenarioSize(Scenario scenario) {
    PolicySet set = GatehouseFixture.policySet(scenario);

    assertEquals(scenario.policies(), set.identityPolicies().size());
    int statements = 0;
    for (CompiledPolicy policy : set.identityPolicies()) {
      statements += policy.document().statements().size();
    }
    assertEquals(scenario.statements(), statements);
  }

  @Test
  void generatedPoliciesAreTheSameOnEveryRun() {
    assertEquals(
        new IamPolicyGenerator(Scenario.MEDIUM).policies(),
        new IamPolicyGenerator(Scenario.MEDIUM).policies());
  }

  @Test
  void setUpRefusesARequestThatGetsAnotherDecision() {
    PolicySet policies = GatehouseFixture.policySet(Scenario.SMALL);
    var allowed = Authorizer.standard()
        .decide(GatehouseFixture.request(Outcome.ALLOW).toRequest(), policies);

    assertThrows(IllegalStateException.class,
        () -> GatehouseFixture.requireOutcome(allowed, Outcome.IMPLICIT_DENY, Scenario.SMALL));
  }
}

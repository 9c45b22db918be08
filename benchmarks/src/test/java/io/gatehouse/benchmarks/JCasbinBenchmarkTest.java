package io.gatehouse.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JCasbinBenchmarkTest {

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "small, allow", "small, explicitDeny", "small, implicitDeny",
    "medium, allow", "medium, explicitDeny", "medium, implicitDeny",
    "large, allow", "large, explicitDeny", "large, implicitDeny"
  })
  void everyScenarioGetsItsIntendedAnswer(String scenario, String outcome) {
    JCasbinBenchmark benchmark = new JCasbinBenchmark();
    benchmark.scenario = scenario;
    benchmark.outcome = outcome;

    benchmark.setUp();

    assertEquals(Outcome.named(outcome).allowed(), benchmark.enforce());
  }

  @ParameterizedTest
  @EnumSource(Scenario.class)
  void policyHasTheScenarioSize(Scenario scenario) {
    assertEquals(
        scenario.statements(), new CasbinPolicyGenerator(scenario).policyLines().size());
    assertEquals(
        scenario.statements(),
        CasbinFixture.enforcer(scenario).getPolicy().size());
  }

  @Test
  void setUpRefusesARequestThatGetsAnotherAnswer() {
    assertThrows(IllegalStateException.class,
        () -> CasbinFixture.requireOutcome(true, Outcome.EXPLICIT_DENY, Scenario.SMALL));
  }
}

package io.gatehouse.benchmarks;

import io.gatehouse.Decision;
import io.gatehouse.PolicySet;
import io.gatehouse.policy.PolicyParser;
import java.util.List;

/**
 * A scenario's policy set and the benchmark's requests, for Gatehouse.
 *
 * <p>Every request is alice's {@code shop:GetOrder} with a context of six keys, from inside the
 * company network; they differ in one thing each:
 *
 * <ul>
 *   <li>{@link Outcome#ALLOW}: her own order over HTTPS; {@link IamPolicyGenerator#OWN_ORDERS}
 *       allows.
 *   <li>{@link Outcome#EXPLICIT_DENY}: the same over plain HTTP; {@link
 *       IamPolicyGenerator#DENY_INSECURE_TRANSPORT} denies.
 *   <li>{@link Outcome#IMPLICIT_DENY}: bob's order over HTTPS; nothing allows.
 * </ul>
 */
final class GatehouseFixture {
  /** The requesting user's name. */
  static final String USERNAME = "alice";

  private static final String PRINCIPAL_ARN =
      "arn:aws:iam::" + IamPolicyGenerator.ACCOUNT + ":user/" + USERNAME;
  private static final String ORDERS =
      "arn:aws:shop:us-east-1:" + IamPolicyGenerator.ACCOUNT + ":order/";

  private GatehouseFixture() {}

  /**
   * Parses and compiles the scenario's generated policies into one set of identity-based policies.
   */
  static PolicySet policySet(Scenario scenario) {
    PolicyParser parser = new PolicyParser();
    List<String> documents = new IamPolicyGenerator(scenario).policies();
    PolicySet.Builder set = PolicySet.builder();
    for (int i = 0; i < documents.size(); i++) {
      set.identityPolicy(parser.parseJson(documents.get(i), String.format("policy-%04d.json", i)));
    }
    return set.build();
  }

  /** The request that must get the given outcome. */
  static RequestFields request(Outcome outcome) {
    String owner = outcome == Outcome.IMPLICIT_DENY ? "bob" : USERNAME;
    String secureTransport = outcome == Outcome.EXPLICIT_DENY ? "false" : "true";
    return new RequestFields(
        PRINCIPAL_ARN,
        "shop:GetOrder",
        ORDERS + owner + "/1001",
        USERNAME,
        "10.20.30.40",
        secureTransport,
        "2026-06-15T12:00:00Z",
        "250",
        List.of("env", "team"));
  }

  /**
   * Checks that a decision is the one the benchmark means to measure.
   *
   * @throws IllegalStateException if it is not, with the decision
   */
  static void requireOutcome(Decision decision, Outcome expected, Scenario scenario) {
    if (decision.type() != expected.decisionType()) {
      throw new IllegalStateException("scenario " + scenario + ": the " + expected
          + " request was decided " + decision.type() + ": " + decision);
    }
  }
}

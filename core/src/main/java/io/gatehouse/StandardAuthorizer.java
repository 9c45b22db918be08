package io.gatehouse;

import io.gatehouse.internal.evaluation.PolicyEvaluator;

/** The {@link Authorizer} that applies AWS's evaluation logic, failing closed on any error. */
final class StandardAuthorizer implements Authorizer {
  private final PolicyEvaluator evaluator = new PolicyEvaluator();

  @Override
  public Decision decide(AuthorizationRequest request, PolicySet policies) {
    if (request == null || policies == null) {
      throw new NullPointerException(request == null ? "request" : "policies");
    }
    try {
      return evaluator.decide(request, policies.layers());
    } catch (RuntimeException | StackOverflowError e) {
      return Decision.failed(request, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}

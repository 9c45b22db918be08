package io.gatehouse;

/**
 * Decides authorization requests exactly as AWS IAM's policy evaluation logic does.
 *
 * <p>{@link #decide} is a pure function of the request and the policies: it does no I/O, keeps no
 * state and never throws for non-null arguments; if deciding fails, the answer is a deny that carries the error (Gatehouse
 * fails closed). Auditing, metrics and caching are added around an authorizer, not inside it.
 */
public interface Authorizer {

  /**
   * Decides one request against the policies that apply to it.
   *
   * @return the decision, never null
   * @throws NullPointerException if an argument is null
   */
  Decision decide(AuthorizationRequest request, PolicySet policies);

  /** The standard authorizer. Each call gives a new, stateless instance. */
  static Authorizer standard() {
    return new StandardAuthorizer();
  }
}

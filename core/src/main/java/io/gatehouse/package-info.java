/**
 * Gatehouse's entry points: {@link io.gatehouse.Authorizer} decides an {@link
 * io.gatehouse.AuthorizationRequest} against a {@link io.gatehouse.PolicySet} exactly as AWS IAM's
 * policy evaluation logic does, giving a {@link io.gatehouse.Decision} that carries its reasons;
 * {@link io.gatehouse.Enforcer} is the decide-audit-enforce path every enforcement point shares.
 */
package io.gatehouse;

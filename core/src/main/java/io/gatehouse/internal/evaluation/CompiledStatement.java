package io.gatehouse.internal.evaluation;

import io.gatehouse.AuthorizationRequest;
import io.gatehouse.DeterminingStatement;
import io.gatehouse.PolicyType;
import io.gatehouse.Principal;
import io.gatehouse.policy.Effect;
import io.gatehouse.policy.Statement;
import io.gatehouse.policy.internal.condition.CompiledCondition;
import io.gatehouse.policy.internal.match.ActionPattern;
import io.gatehouse.policy.internal.match.ResourcePattern;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A statement with its matchers built: action patterns, resource patterns, principal matcher and
 * compiled conditions. Immutable and thread-safe.
 */
public final class CompiledStatement {
  private final String policyName;
  private final Statement source;
  private final boolean deny;
  private final ActionPattern[] actions;
  private final boolean notAction;
  private final ResourcePattern[] resources;
  private final boolean notResource;
  private final boolean anyResource;
  private final boolean hasVariables;
  private final String[] indexKeys;
  private final PrincipalMatcher principal;
  private final CompiledCondition[] conditions;

  CompiledStatement(
      String policyName,
      Statement source,
      ActionPattern[] actions,
      ResourcePattern[] resources,
      PrincipalMatcher principal,
      CompiledCondition[] conditions) {
    this.policyName = policyName;
    this.source = source;
    this.deny = source.effect() == Effect.DENY;
    this.actions = actions;
    this.notAction = source.notAction();
    this.resources = resources;
    this.notResource = source.notResource();
    this.anyResource = !source.hasResourceElement()
        || (!notResource && resources.length > 0 && anyMatchesEverything(resources));
    this.principal = principal;
    this.conditions = conditions;
    boolean variables = false;
    for (ResourcePattern p : resources) {
      variables |= p.hasVariables();
    }
    this.hasVariables = variables;
    this.indexKeys = anyResource || notResource ? null : indexKeys(resources);
  }

  /** The patterns' distinct index keys, or null if one pattern has none. */
  private static String[] indexKeys(ResourcePattern[] patterns) {
    Set<String> keys = new LinkedHashSet<>();
    for (ResourcePattern p : patterns) {
      if (p.indexKey() == null) {
        return null;
      }
      keys.add(p.indexKey());
    }
    return keys.isEmpty() ? null : keys.toArray(new String[0]);
  }

  private static boolean anyMatchesEverything(ResourcePattern[] patterns) {
    for (ResourcePattern p : patterns) {
      if (p.matchesEverything()) {
        return true;
      }
    }
    return false;
  }

  /** True for a Deny statement. */
  boolean isDeny() {
    return deny;
  }

  /** The statement as written. */
  public Statement source() {
    return source;
  }

  /** The name of the policy the statement belongs to. */
  public String policyName() {
    return policyName;
  }

  ActionPattern[] actionPatterns() {
    return actions;
  }

  /** The {@code Resource} or {@code NotResource} patterns. */
  ResourcePattern[] resourcePatterns() {
    return resources.clone();
  }

  /** True if the statement has a Principal or NotPrincipal element. */
  boolean hasPrincipal() {
    return principal != null;
  }

  PrincipalMatcher principalMatcher() {
    return principal;
  }

  /**
   * How the statement names the caller: through its {@code Principal} element if it has one;
   * otherwise directly, except that an Allow in a resource-based policy without {@code Principal}
   * grants nobody (its Deny still applies: when in doubt, deny).
   */
  GrantKind grantTo(Principal caller, boolean resourcePolicy) {
    if (principal != null) {
      return principal.match(caller);
    }
    return resourcePolicy && !deny ? GrantKind.NONE : GrantKind.DIRECT;
  }

  /**
   * The keys ({@link ResourcePattern#indexKey()}) of the resources this statement can apply to:
   * it matches no resource whose key is not among them. Null if it may apply to resources of any
   * key: with {@code NotResource}, without {@code Resource}, or with a pattern that has no key.
   */
  String[] resourceIndexKeys() {
    return indexKeys == null ? null : indexKeys.clone();
  }

  /**
   * True if action, resource and conditions match the request (the principal is matched
   * separately, only for policies that name principals).
   */
  boolean matches(AuthorizationRequest request) {
    return matches(request, false);
  }

  /**
   * As {@link #matches(AuthorizationRequest)}, skipping the action where the caller already knows
   * that it matches.
   */
  boolean matches(AuthorizationRequest request, boolean actionKnown) {
    return (actionKnown || matchesAction(request.lowerCaseAction()))
        && matchesResource(request)
        && conditionsHold(request);
  }

  boolean matchesAction(String lowerCaseAction) {
    boolean any = false;
    for (ActionPattern p : actions) {
      if (p.matches(lowerCaseAction)) {
        any = true;
        break;
      }
    }
    return any != notAction;
  }

  boolean matchesResource(AuthorizationRequest request) {
    if (anyResource) {
      return true;
    }
    boolean any = false;
    for (ResourcePattern p : resources) {
      if (p.matches(request.resource(), request.context())) {
        any = true;
        break;
      }
    }
    if (notResource && !any && hasVariables) {
      // A NotResource whose variables cannot be resolved does not apply, as AWS treats a statement
      // with unresolvable variables; without this a missing key would widen it.
      for (ResourcePattern p : resources) {
        if (p.isUnresolvable(request.context())) {
          return false;
        }
      }
    }
    return any != notResource;
  }

  boolean conditionsHold(AuthorizationRequest request) {
    for (CompiledCondition c : conditions) {
      if (!c.test(request.context())) {
        return false;
      }
    }
    return true;
  }

  /** How this statement names the decision's statement for reasons. */
  DeterminingStatement describe(PolicyType type, int level) {
    return new DeterminingStatement(
        type, level, policyName, source.label(), source.effect(), source.location());
  }

  @Override
  public String toString() {
    return policyName + "/" + source.label();
  }
}

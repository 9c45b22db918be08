package io.gatehouse;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to an {@link AuthorizationRequest}: {@link DecisionType#ALLOW}, {@link
 * DecisionType#EXPLICIT_DENY} or {@link DecisionType#IMPLICIT_DENY}, with its reasons. Immutable;
 * never null.
 *
 * <ul>
 *   <li>An allow lists the statements that allowed it, one per policy type (and organization level)
 *       that had to allow.
 *   <li>An explicit deny names the denying statement.
 *   <li>An implicit deny names the policy type (and for SCPs and RCPs the level) that did not allow.
 *       A decision that failed with an error is an implicit deny that carries the error.
 * </ul>
 */
public final class Decision {
  private final AuthorizationRequest request;
  private final DecisionType type;
  private final List<DeterminingStatement> statements;
  private final PolicyType missingAllow;
  private final int missingAllowLevel;
  private final String error;
  private final String refusal;

  private Decision(
      AuthorizationRequest request,
      DecisionType type,
      List<DeterminingStatement> statements,
      PolicyType missingAllow,
      int missingAllowLevel,
      String error,
      String refusal) {
    this.request = Objects.requireNonNull(request, "request");
    this.type = type;
    this.statements = statements;
    this.missingAllow = missingAllow;
    this.missingAllowLevel = missingAllowLevel;
    this.error = error;
    this.refusal = refusal;
  }

  /** An allow, with the statements that allowed it. */
  public static Decision allow(AuthorizationRequest request, List<DeterminingStatement> allowedBy) {
    return new Decision(request, DecisionType.ALLOW, List.copyOf(allowedBy), null, -1, null, null);
  }

  /** An explicit deny by the given statement. */
  public static Decision explicitDeny(AuthorizationRequest request, DeterminingStatement deniedBy) {
    return new Decision(
        request, DecisionType.EXPLICIT_DENY, List.of(deniedBy), deniedBy.policyType(), -1, null, null);
  }

  /**
   * An implicit deny because no policy of the given type allowed.
   *
   * @param level the organization level for SCPs and RCPs (0 = root), otherwise -1
   */
  public static Decision implicitDeny(AuthorizationRequest request, PolicyType notAllowedBy, int level) {
    return new Decision(
        request, DecisionType.IMPLICIT_DENY, List.of(), Objects.requireNonNull(notAllowedBy), level, null, null);
  }

  /** A deny because deciding failed: Gatehouse fails closed. */
  public static Decision failed(AuthorizationRequest request, String error) {
    return new Decision(request, DecisionType.IMPLICIT_DENY, List.of(), null, -1, Objects.requireNonNull(error), null);
  }

  /**
   * A deny by a rule of the enforcement point rather than by policies: a method marked {@code
   * @DenyAll}, a caller outside the roles of {@code @RolesAllowed}. Not a failure: nothing went wrong
   * while deciding.
   *
   * @param why what follows "because" in the deny's message, e.g. {@code the method is @DenyAll}
   */
  public static Decision refused(AuthorizationRequest request, String why) {
    return new Decision(request, DecisionType.IMPLICIT_DENY, List.of(), null, -1, null, Objects.requireNonNull(why));
  }

  /** The request this decision answers. */
  public AuthorizationRequest request() {
    return request;
  }

  /** Allow, explicit deny or implicit deny. */
  public DecisionType type() {
    return type;
  }

  /** True only for {@link DecisionType#ALLOW}. */
  public boolean isAllowed() {
    return type == DecisionType.ALLOW;
  }

  /** The statements that decided: the allowing ones, or the one explicit deny. Empty otherwise. */
  public List<DeterminingStatement> determiningStatements() {
    return statements;
  }

  /**
   * For an implicit deny, the policy type that did not allow; for an explicit deny, the type of the
   * denying policy; empty for an allow, a failed decision and a refusal.
   */
  public Optional<PolicyType> policyType() {
    return Optional.ofNullable(missingAllow);
  }

  /** For an implicit deny by an SCP or RCP, the organization level (0 = root); otherwise -1. */
  public int level() {
    return missingAllowLevel;
  }

  /** Why the enforcement point refused, for a {@linkplain #refused refusal}. */
  public Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** The error that made deciding fail, if it failed. */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * Why a deny happened, in AWS's words: {@code because no identity-based policy allows the
   * shop:GetOrder action} or {@code with an explicit deny in a service control policy}. For an
   * allow: {@code allowed by ...}.
   */
  public String reason() {
    switch (type) {
      case ALLOW:
        StringBuilder b = new StringBuilder("allowed by ");
        for (int i = 0; i < statements.size(); i++) {
          DeterminingStatement s = statements.get(i);
          b.append(i == 0 ? "" : ", ").append(s.policyName()).append('/').append(s.statement());
        }
        return b.toString();
      case EXPLICIT_DENY:
        return "with an explicit deny in " + missingAllow.withArticle();
      default:
        if (error != null) {
          return "because the request could not be evaluated: " + error;
        }
        if (refusal != null) {
          return "because " + refusal;
        }
        return "because no " + missingAllow.description() + " allows the " + request.action() + " action";
    }
  }

  /**
   * The message AWS gives for a denied request: {@code User: ARN is not authorized to perform:
   * ACTION on resource: ARN because ...}; for an allow, a sentence saying it was allowed.
   */
  public String message() {
    String who = request.principal().type() == PrincipalType.ANONYMOUS ? "Anonymous" : request.principal().arn();
    if (isAllowed()) {
      return "User: " + who + " is authorized to perform: " + request.action() + " on resource: "
          + request.resource() + " (" + reason() + ")";
    }
    return "User: " + who + " is not authorized to perform: " + request.action() + " on resource: "
        + request.resource() + " " + reason();
  }

  @Override
  public String toString() {
    return type + ": " + message();
  }
}

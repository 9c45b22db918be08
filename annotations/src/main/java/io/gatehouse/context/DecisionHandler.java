package io.gatehouse.context;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides programmatic checks ({@link Gatehouse#isAllowed}, {@link Gatehouse#check}) for code that
 * runs without the agent. Gatehouse core provides one over an {@code Enforcer}
 * ({@code io.gatehouse.EnforcerDecisionHandler}); install it with {@link Gatehouse#install}.
 * Implementations are thread-safe.
 */
public interface DecisionHandler {
  /**
   * Decides (and audits) whether the caller may perform the action on the resource.
   *
   * @param caller the bound context, or empty when no context is bound (the handler then decides for
   *     its default principal, e.g. anonymous)
   * @param keys request context keys of this check, added to the caller's
   * @return true only if allowed; never throws for a deny
   */
  boolean isAllowed(Optional<CallContext> caller, String action, String resource, Map<String, List<String>> keys);

  /**
   * Decides, audits and enforces: returns if the call may proceed (allowed, or denied in report-only
   * mode).
   *
   * @throws RuntimeException the handler's access-denied exception (Gatehouse core's {@code
   *     io.gatehouse.AccessDeniedException}) if denied
   */
  void check(Optional<CallContext> caller, String action, String resource, Map<String, List<String>> keys);
}

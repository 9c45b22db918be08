package io.gatehouse.agent.bootstrap;

import java.util.List;
import java.util.Map;

/**
 * What the agent's enforcement offers the bootstrap bridge: only JDK types cross, because the
 * bridge is loaded by the bootstrap class loader and the enforcement by the agent's own.
 */
public interface BridgeHandler {
  /**
   * Enforces a call of an instrumented method before its body runs.
   *
   * @param methodId the id given to the method when it was instrumented
   * @param arguments the call's arguments
   * @throws RuntimeException the host's {@code AccessDeniedException} if the call is denied
   */
  void enter(int methodId, Object[] arguments);

  /**
   * Decides a programmatic check for the bound (or process) principal.
   *
   * @param caller the class loader whose {@code AccessDeniedException} a deny throws
   * @param enforce whether a deny in enforce mode throws
   * @return true only if allowed
   */
  boolean decide(ClassLoader caller, String action, String resource, Map<String, List<String>> keys, boolean enforce);
}

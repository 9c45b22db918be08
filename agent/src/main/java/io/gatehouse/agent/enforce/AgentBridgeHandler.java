package io.gatehouse.agent.enforce;

import io.gatehouse.agent.bootstrap.BridgeHandler;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the agent installs in the bootstrap bridge: instrumented calls and programmatic checks. */
public final class AgentBridgeHandler implements BridgeHandler {
  private final CallEnforcer calls;
  private final ProgrammaticChecks checks;

  /** Creates the handler. */
  public AgentBridgeHandler(CallEnforcer calls, ProgrammaticChecks checks) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.checks = Objects.requireNonNull(checks, "checks");
  }

  @Override
  public void enter(int methodId, Object[] arguments) {
    calls.enter(methodId, arguments);
  }

  @Override
  public boolean decide(ClassLoader caller, String action, String resource, Map<String, List<String>> keys,
      boolean enforce) {
    return checks.decide(caller, action, resource, keys, enforce);
  }
}

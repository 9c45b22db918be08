package io.gatehouse.agent.enforce;

import io.gatehouse.agent.bootstrap.BridgeHandler;
import io.gatehouse.agent.http.HttpDispatchEnforcer;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the agent installs in the bootstrap bridge: instrumented calls, programmatic checks and, with
 * routes configured, servlet dispatch.
 */
public final class AgentBridgeHandler implements BridgeHandler {
  private final CallEnforcer calls;
  private final ProgrammaticChecks checks;
  private final Optional<HttpDispatchEnforcer> http;

  /**
   * Creates the handler.
   *
   * @param http the enforcement of servlet dispatch; empty without routes (dispatch is not hooked then)
   */
  public AgentBridgeHandler(CallEnforcer calls, ProgrammaticChecks checks, Optional<HttpDispatchEnforcer> http) {
    this.calls = Objects.requireNonNull(calls, "calls");
    this.checks = Objects.requireNonNull(checks, "checks");
    this.http = Objects.requireNonNull(http, "http");
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

  @Override
  public Object httpEnter(Object request, Object response) {
    return http.isPresent() ? http.get().enter(request, response) : null;
  }

  @Override
  public Object httpRequest(Object token, Object request) {
    return http.isPresent() ? http.get().request(token, request) : request;
  }

  @Override
  public Throwable httpExit(Object token, Object response, Throwable thrown) {
    return http.isPresent() ? http.get().exit(token, response, thrown) : thrown;
  }
}

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

  /**
   * Enforces an HTTP request at the start of a servlet's dispatch.
   *
   * @param request the container's {@code jakarta.servlet.http.HttpServletRequest}
   * @param response the container's {@code jakarta.servlet.http.HttpServletResponse}
   * @return null if nothing is to be undone (not an HTTP request, or one already decided and bound),
   *     {@link GatehouseBridge#ANSWERED} if the request was answered (401, 403, 400) and the servlet
   *     must not run, or a token to hand to {@link #httpExit} when the servlet returns
   */
  Object httpEnter(Object request, Object response);

  /**
   * The request the servlet gets once {@link #httpEnter} let it through: the container's own, or a
   * wrapper of it (a subclass of its servlet API's {@code HttpServletRequestWrapper}) that serves a
   * body read to check the signature over it.
   *
   * @param token what {@link #httpEnter} returned (neither null nor {@link GatehouseBridge#ANSWERED})
   */
  Object httpRequest(Object token, Object request);

  /**
   * Ends what {@link #httpEnter} began: unbinds the caller and answers an access denied that the
   * servlet threw with a 403, if the response is not committed.
   *
   * @param token what {@link #httpEnter} returned
   * @param thrown what the servlet threw, or null
   * @return what the servlet's dispatch throws now: {@code thrown}, or null once answered
   */
  Throwable httpExit(Object token, Object response, Throwable thrown);
}

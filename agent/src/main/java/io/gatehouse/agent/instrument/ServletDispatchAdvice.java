package io.gatehouse.agent.instrument;

import io.gatehouse.agent.bootstrap.GatehouseBridge;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The code inlined into {@code jakarta.servlet.http.HttpServlet#service(ServletRequest,
 * ServletResponse)}: the bridge decides the request before the servlet runs (skipping the servlet
 * when it answered the request itself, and handing it a wrapper of the request when the body was read
 * to check a signature) and, when the servlet returns or throws, unbinds the caller and turns an
 * access denied into a 403.
 */
final class ServletDispatchAdvice {
  private ServletDispatchAdvice() {}

  @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
  static boolean enter(
      @Advice.Argument(value = 0, readOnly = false, typing = Assigner.Typing.DYNAMIC) Object request,
      @Advice.Argument(1) Object response, @Advice.Local("gatehouseToken") Object token) {
    token = GatehouseBridge.httpEnter(request, response);
    if (token == GatehouseBridge.ANSWERED) {
      return true;
    }
    request = GatehouseBridge.httpRequest(token, request);
    return false;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class)
  @SuppressWarnings("deprecation")
  static void exit(@Advice.Argument(1) Object response, @Advice.Local("gatehouseToken") Object token,
      @Advice.Thrown(readOnly = false) Throwable thrown) {
    thrown = GatehouseBridge.httpExit(token, response, thrown);
  }
}

package io.gatehouse.agent.instrument;

import io.gatehouse.agent.bootstrap.GatehouseBridge;
import net.bytebuddy.asm.Advice;

/**
 * The code inlined into {@code jakarta.servlet.http.HttpServlet#service(ServletRequest,
 * ServletResponse)}: the bridge decides the request before the servlet runs (skipping the servlet
 * when it answered the request itself) and, when the servlet returns or throws, unbinds the caller
 * and turns an access denied into a 403.
 */
final class ServletDispatchAdvice {
  private ServletDispatchAdvice() {}

  @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class)
  static boolean enter(@Advice.Argument(0) Object request, @Advice.Argument(1) Object response,
      @Advice.Local("gatehouseToken") Object token) {
    token = GatehouseBridge.httpEnter(request, response);
    return token == GatehouseBridge.ANSWERED;
  }

  @Advice.OnMethodExit(onThrowable = Throwable.class)
  @SuppressWarnings("deprecation")
  static void exit(@Advice.Argument(1) Object response, @Advice.Local("gatehouseToken") Object token,
      @Advice.Thrown(readOnly = false) Throwable thrown) {
    thrown = GatehouseBridge.httpExit(token, response, thrown);
  }
}

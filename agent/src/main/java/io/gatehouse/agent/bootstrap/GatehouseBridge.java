package io.gatehouse.agent.bootstrap;

import java.util.List;
import java.util.Map;

/**
 * The one class that instrumented code, application code and the agent all reach: the agent puts it
 * on the bootstrap class path at start, so that every class loader sees the same class. It holds the
 * current thread's call context (in the JDK-typed wire form of {@code
 * io.gatehouse.context.internal.ContextWire}) and hands calls to the agent's enforcement.
 *
 * <p>Its static fields are the unavoidable hand-off between code that cannot know each other's
 * classes: the per-thread context, and the handler the agent installs once at start.
 */
public final class GatehouseBridge {
  /** What {@link #httpEnter} returns when the request was answered and the servlet must not run. */
  public static final Object ANSWERED = new Object();

  private static final ThreadLocal<Map<String, Object>> CONTEXT = new ThreadLocal<>();
  // Set, never cleared, by the first binding of a context in this JVM: until then no thread can
  // have one, and calls skip the thread-local lookup (a process that only acts as its configured
  // principal never binds one). A thread that binds sets it before its own binding.
  private static volatile boolean anyContextBound;
  private static volatile BridgeHandler handler;

  private GatehouseBridge() {}

  /** The context bound to the current thread, or null. */
  public static Map<String, Object> boundContext() {
    return anyContextBound ? CONTEXT.get() : null;
  }

  /** Binds a context to the current thread; null unbinds. */
  public static void bindContext(Map<String, Object> context) {
    if (context == null) {
      CONTEXT.remove();
    } else {
      anyContextBound = true;
      CONTEXT.set(context);
    }
  }

  /** True once the agent has installed its handler. */
  public static boolean hasHandler() {
    return handler != null;
  }

  /**
   * Installs the agent's handler; only the first installation counts, so that no later code can
   * replace enforcement.
   *
   * @return true if this handler was installed
   */
  public static synchronized boolean install(BridgeHandler newHandler) {
    if (handler != null || newHandler == null) {
      return false;
    }
    handler = newHandler;
    return true;
  }

  /**
   * Called by the advice at the start of every instrumented method.
   *
   * @throws RuntimeException the host's {@code AccessDeniedException} if the call is denied;
   *     {@link SecurityException} if the agent has not finished starting
   */
  public static void enter(int methodId, Object[] arguments) {
    BridgeHandler h = handler;
    if (h == null) {
      throw new SecurityException("the Gatehouse agent has not started: the call is denied");
    }
    h.enter(methodId, arguments);
  }

  /** A programmatic check (see {@link BridgeHandler#decide}); false without a handler. */
  public static boolean decide(ClassLoader caller, String action, String resource, Map<String, List<String>> keys,
      boolean enforce) {
    BridgeHandler h = handler;
    if (h == null) {
      if (enforce) {
        throw new SecurityException("the Gatehouse agent has not started: denying " + action + " on " + resource);
      }
      return false;
    }
    return h.decide(caller, action, resource, keys, enforce);
  }

  /**
   * Called by the advice at the start of a servlet's dispatch (see {@link BridgeHandler#httpEnter}).
   *
   * @throws SecurityException if the agent has not finished starting
   */
  public static Object httpEnter(Object request, Object response) {
    BridgeHandler h = handler;
    if (h == null) {
      throw new SecurityException("the Gatehouse agent has not started: the request is denied");
    }
    return h.httpEnter(request, response);
  }

  /**
   * Called by the advice after {@link #httpEnter} let a request through: the request the servlet gets
   * (see {@link BridgeHandler#httpRequest}).
   */
  public static Object httpRequest(Object token, Object request) {
    BridgeHandler h = handler;
    if (token == null || token == ANSWERED || h == null) {
      return request;
    }
    return h.httpRequest(token, request);
  }

  /** Called by the advice when a servlet's dispatch ends (see {@link BridgeHandler#httpExit}). */
  public static Throwable httpExit(Object token, Object response, Throwable thrown) {
    BridgeHandler h = handler;
    if (token == null || token == ANSWERED || h == null) {
      return thrown;
    }
    return h.httpExit(token, response, thrown);
  }
}

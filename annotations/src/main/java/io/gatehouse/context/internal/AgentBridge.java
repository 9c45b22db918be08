package io.gatehouse.context.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Gatehouse agent's bridge class on the bootstrap class path, reached by name so that every copy
 * of these classes (the application's, a web application's own) shares one context per thread with
 * the agent's advice. Only JDK types cross: the context's {@linkplain ContextWire wire form}, strings,
 * and the caller's class loader (so that a deny throws the caller's own {@code AccessDeniedException}).
 */
public final class AgentBridge implements ContextStorage {
  /** The bridge class the agent puts on the bootstrap class path. */
  public static final String BRIDGE_CLASS = "io.gatehouse.agent.bootstrap.GatehouseBridge";

  private final MethodHandle boundContext;
  private final MethodHandle bindContext;
  private final MethodHandle hasHandler;
  private final MethodHandle decide;

  private AgentBridge(Class<?> bridge) throws ReflectiveOperationException {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    boundContext = lookup.findStatic(bridge, "boundContext", MethodType.methodType(Map.class));
    bindContext = lookup.findStatic(bridge, "bindContext", MethodType.methodType(void.class, Map.class));
    hasHandler = lookup.findStatic(bridge, "hasHandler", MethodType.methodType(boolean.class));
    decide = lookup.findStatic(bridge, "decide", MethodType.methodType(boolean.class, ClassLoader.class,
        String.class, String.class, Map.class, boolean.class));
  }

  /** The agent's bridge, if the agent has put it on the bootstrap class path. */
  public static Optional<AgentBridge> find() {
    Class<?> bridge;
    try {
      bridge = Class.forName(BRIDGE_CLASS, false, null);
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    return Optional.of(of(bridge));
  }

  /**
   * A link to the given bridge class.
   *
   * @throws IllegalStateException if the class lacks the bridge's methods (an incompatible agent)
   */
  public static AgentBridge of(Class<?> bridge) {
    try {
      return new AgentBridge(bridge);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("incompatible Gatehouse agent bridge " + bridge.getName() + ": " + e, e);
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> get() {
    try {
      return (Map<String, Object>) boundContext.invokeExact();
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  @Override
  public void set(Map<String, Object> context) {
    try {
      bindContext.invokeExact(context);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /** True once the agent has started and decides checks. */
  public boolean hasHandler() {
    try {
      return (boolean) hasHandler.invokeExact();
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  /**
   * Asks the agent: decides and audits; with {@code enforce}, a deny in enforce mode throws.
   *
   * @param caller the class loader whose {@code AccessDeniedException} a deny throws
   * @return true only if allowed
   */
  public boolean decide(ClassLoader caller, String action, String resource, Map<String, List<String>> keys,
      boolean enforce) {
    try {
      return (boolean) decide.invokeExact(caller, action, resource, (Map<?, ?>) keys, enforce);
    } catch (Throwable t) {
      throw rethrow(t);
    }
  }

  private static RuntimeException rethrow(Throwable t) {
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException("the Gatehouse agent bridge failed: " + t, t);
  }
}

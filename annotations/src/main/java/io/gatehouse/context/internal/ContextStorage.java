package io.gatehouse.context.internal;

import java.util.Map;

/** Where the current thread's call context (in its {@linkplain ContextWire wire form}) is kept. */
public interface ContextStorage {
  /** The bound context, or null. */
  Map<String, Object> get();

  /** Binds a context (null to unbind). */
  void set(Map<String, Object> context);
}

package io.gatehouse.context.internal;

import java.util.Map;

/** Context storage of this copy of the classes alone, used when the Gatehouse agent is not running. */
public final class ThreadLocalContextStorage implements ContextStorage {
  private final ThreadLocal<Map<String, Object>> current = new ThreadLocal<>();

  @Override
  public Map<String, Object> get() {
    return current.get();
  }

  @Override
  public void set(Map<String, Object> context) {
    if (context == null) {
      current.remove();
    } else {
      current.set(context);
    }
  }
}

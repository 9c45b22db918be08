package io.gatehouse.agent.enforce;

import io.gatehouse.AccessDeniedException;
import java.lang.ref.WeakReference;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * Turns the agent's {@link AccessDeniedException} into the host's own: if the class loader of the
 * denied code sees another {@code io.gatehouse.AccessDeniedException} (the application's copy of
 * Gatehouse), that one is thrown, with the same message, so that {@code catch (AccessDeniedException
 * e)} in the application works. Otherwise the agent's is thrown. Thread-safe; what was found for a
 * class loader is kept (weakly) for the next deny.
 */
public final class HostExceptions {
  private static final String NAME = AccessDeniedException.class.getName();

  private final Map<ClassLoader, Optional<WeakReference<Constructor<?>>>> byLoader = new WeakHashMap<>();

  /** The exception to throw into code of the given class loader (null: the bootstrap loader). */
  public RuntimeException translate(AccessDeniedException denied, ClassLoader host) {
    if (host == null) {
      return denied;
    }
    Constructor<?> c = constructor(host);
    if (c == null) {
      return denied;
    }
    try {
      RuntimeException e = (RuntimeException) c.newInstance(denied.getMessage());
      e.setStackTrace(denied.getStackTrace());
      return e;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return denied;
    }
  }

  private synchronized Constructor<?> constructor(ClassLoader host) {
    Optional<WeakReference<Constructor<?>>> known = byLoader.get(host);
    Constructor<?> c = known == null ? null : known.map(WeakReference::get).orElse(null);
    if (known == null || (known.isPresent() && c == null)) {
      c = find(host);
      byLoader.put(host, Optional.ofNullable(c).map(WeakReference::new));
    }
    return c;
  }

  private static Constructor<?> find(ClassLoader host) {
    try {
      Class<?> type = Class.forName(NAME, false, host);
      if (type == AccessDeniedException.class || !RuntimeException.class.isAssignableFrom(type)) {
        return null;
      }
      // An older copy without the message constructor cannot be made: the agent's is thrown then.
      return type.getConstructor(String.class);
    } catch (ClassNotFoundException | NoSuchMethodException | LinkageError e) {
      return null;
    }
  }
}

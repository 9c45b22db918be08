package io.gatehouse.context;

/**
 * A call context bound to the current thread by {@link Gatehouse#bind}; closing it restores the
 * context that was bound before (or none). Close it on the thread that bound it, in a
 * try-with-resources block.
 */
public interface ContextScope extends AutoCloseable {
  /** Restores the previous context. Idempotent. */
  @Override
  void close();
}

package io.gatehouse.audit;

/**
 * Where audit events go. Implementations must not lose an event they accepted: under load they
 * block or buffer, never drop. Thread-safe.
 */
public interface AuditTrail extends AutoCloseable {
  /** Records a decision. */
  void decision(DecisionEvent event);

  /**
   * False if this trail records no allow at all (audit with {@code allow: none}): an enforcer then
   * builds no event for an allow. A trail that samples allows answers true and samples in {@link
   * #decision}.
   */
  default boolean recordsAllows() {
    return true;
  }

  /** Records an identity or credential change, or a sign-in. */
  void change(ChangeEvent event);

  /** Flushes and releases the destination; events recorded before are all written. */
  @Override
  void close();

  /** A trail that records nothing, for tests and tools that decide without auditing. */
  static AuditTrail none() {
    return new AuditTrail() {
      @Override
      public void decision(DecisionEvent event) {}

      @Override
      public void change(ChangeEvent event) {}

      @Override
      public void close() {}
    };
  }
}

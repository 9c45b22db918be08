package io.gatehouse.audit;

import java.util.Locale;

/** Where a decision was asked for; the audit event's {@code enforcementPoint}. */
public enum EnforcementPoint {
  /** A method intercepted by the {@code -javaagent}. */
  AGENT,
  /** An HTTP request through the servlet filter (or the agent's servlet hook). */
  FILTER,
  /** A call of the IAM/STS HTTP API. */
  API,
  /** Application code asking directly. */
  PROGRAMMATIC;

  // Lower-cased once: it is written in every audit event.
  private final String eventName = name().toLowerCase(Locale.ROOT);

  /** The lower-case name written in audit events: {@code agent}, {@code filter}, {@code api}, {@code programmatic}. */
  public String eventName() {
    return eventName;
  }
}

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

  /** The lower-case name written in audit events: {@code agent}, {@code filter}, {@code api}, {@code programmatic}. */
  public String eventName() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package io.gatehouse.audit;

/** Whether a deny is enforced or only reported; the audit event's {@code mode}. */
public enum EnforcementMode {
  /** Denied calls are refused. */
  ENFORCE("enforce"),
  /** Denied calls proceed; the would-be deny is audited. For rolling out policies safely. */
  REPORT_ONLY("report-only");

  private final String eventName;

  EnforcementMode(String eventName) {
    this.eventName = eventName;
  }

  /** The name written in audit events and configuration: {@code enforce} or {@code report-only}. */
  public String eventName() {
    return eventName;
  }

  /**
   * Reads a configuration value.
   *
   * @throws IllegalArgumentException for anything but {@code enforce} or {@code report-only}
   */
  public static EnforcementMode fromName(String name) {
    for (EnforcementMode m : values()) {
      if (m.eventName.equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("expected \"enforce\" or \"report-only\", found \"" + name + "\"");
  }
}

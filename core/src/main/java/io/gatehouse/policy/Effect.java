package io.gatehouse.policy;

/** The {@code Effect} of a policy statement. */
public enum Effect {
  /** The statement grants what it matches. */
  ALLOW("Allow"),
  /** The statement explicitly denies what it matches; an explicit deny always wins. */
  DENY("Deny");

  private final String text;

  Effect(String text) {
    this.text = text;
  }

  /** The spelling used in policy documents: {@code "Allow"} or {@code "Deny"}. */
  public String text() {
    return text;
  }

  /**
   * Reads the policy spelling of an effect.
   *
   * @throws IllegalArgumentException if {@code text} is neither {@code "Allow"} nor {@code "Deny"}
   */
  public static Effect fromText(String text) {
    for (Effect e : values()) {
      if (e.text.equals(text)) {
        return e;
      }
    }
    throw new IllegalArgumentException("expected \"Allow\" or \"Deny\", found \"" + text + "\"");
  }

  @Override
  public String toString() {
    return text;
  }
}

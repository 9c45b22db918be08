package io.gatehouse;

/** The three outcomes of AWS's policy evaluation logic. */
public enum DecisionType {
  /** Every policy type that must allow did, and nothing denied. */
  ALLOW("Allow"),
  /** A matching {@code Deny} statement in some policy. */
  EXPLICIT_DENY("ExplicitDeny"),
  /** Nothing denied, but some policy type that must allow did not (the default deny). */
  IMPLICIT_DENY("ImplicitDeny");

  private final String awsName;

  DecisionType(String awsName) {
    this.awsName = awsName;
  }

  /** The name AWS's policy simulator uses: {@code Allow}, {@code ExplicitDeny}, {@code ImplicitDeny}. */
  public String awsName() {
    return awsName;
  }

  /**
   * Reads an AWS decision name.
   *
   * @throws IllegalArgumentException for any other text
   */
  public static DecisionType fromAwsName(String name) {
    for (DecisionType t : values()) {
      if (t.awsName.equals(name)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "expected \"Allow\", \"ExplicitDeny\" or \"ImplicitDeny\", found \"" + name + "\"");
  }

  @Override
  public String toString() {
    return awsName;
  }
}

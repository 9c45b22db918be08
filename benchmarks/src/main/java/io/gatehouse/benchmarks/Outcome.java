package io.gatehouse.benchmarks;

import io.gatehouse.DecisionType;

/**
 * The decision a benchmarked request must get. Each scenario has one request per outcome, and each
 * benchmark's setup fails unless the request gets it, so that a benchmark never silently measures
 * another path.
 */
public enum Outcome {
  /** A statement allows and nothing denies: every candidate is still checked for a deny. */
  ALLOW("allow", DecisionType.ALLOW, true),
  /** A deny statement applies, placed last so that every candidate before it is checked. */
  EXPLICIT_DENY("explicitDeny", DecisionType.EXPLICIT_DENY, false),
  /** Nothing allows or denies: the whole candidate list is matched to the end. */
  IMPLICIT_DENY("implicitDeny", DecisionType.IMPLICIT_DENY, false);

  private final String parameterName;
  private final DecisionType decisionType;
  private final boolean allowed;

  Outcome(String parameterName, DecisionType decisionType, boolean allowed) {
    this.parameterName = parameterName;
    this.decisionType = decisionType;
    this.allowed = allowed;
  }

  /**
   * The outcome of a JMH parameter value: {@code allow}, {@code explicitDeny} or {@code
   * implicitDeny}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Outcome named(String name) {
    for (Outcome o : values()) {
      if (o.parameterName.equals(name)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "expected allow, explicitDeny or implicitDeny, found \"" + name + "\"");
  }

  /** The decision Gatehouse must give. */
  public DecisionType decisionType() {
    return decisionType;
  }

  /** What jCasbin's {@code enforce} must return. */
  public boolean allowed() {
    return allowed;
  }

  /** The JMH parameter value. */
  @Override
  public String toString() {
    return parameterName;
  }
}

package io.gatehouse.conformance;

import io.gatehouse.Decision;

/**
 * The outcome of running one {@link ConformanceCase}.
 *
 * @param testCase the case
 * @param actual the decision Gatehouse made
 */
public record ConformanceResult(ConformanceCase testCase, Decision actual) {

  /** True if Gatehouse decided as AWS does. */
  public boolean passed() {
    return actual.type() == testCase.expected();
  }

  /** One line for a failing case: file, id, expected and actual decision. */
  public String describeFailure() {
    return testCase.file() + ": " + testCase.id() + ": expected " + testCase.expected().awsName()
        + ", got " + actual.type().awsName() + " (" + actual.reason() + ")";
  }
}

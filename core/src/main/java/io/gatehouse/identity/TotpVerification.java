package io.gatehouse.identity;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * The result of checking an MFA code with {@link TotpVerifier}: accepted, or why not. An accepted
 * result carries the time step the code belongs to, which the caller must store as the new "last
 * used step" so that the code cannot be used again. Immutable; never shows the code.
 */
public final class TotpVerification {

  /** Whether the code was accepted and, if not, why. */
  public enum Outcome {
    /** The code is right for the current step or one step either side, and was not used before. */
    ACCEPTED,
    /** The code is not right for any step in the window. */
    WRONG_CODE,
    /** The code is right, but for a step at or before the last step already used: a replay. */
    REUSED_CODE,
    /** The code is not exactly six ASCII digits; nothing was computed. */
    MALFORMED
  }

  private static final TotpVerification WRONG = new TotpVerification(Outcome.WRONG_CODE, 0);
  private static final TotpVerification MALFORMED = new TotpVerification(Outcome.MALFORMED, 0);

  private final Outcome outcome;
  private final long step;

  private TotpVerification(Outcome outcome, long step) {
    this.outcome = outcome;
    this.step = step;
  }

  static TotpVerification accepted(long step) {
    return new TotpVerification(Outcome.ACCEPTED, step);
  }

  static TotpVerification reused(long step) {
    return new TotpVerification(Outcome.REUSED_CODE, step);
  }

  static TotpVerification wrongCode() {
    return WRONG;
  }

  static TotpVerification malformed() {
    return MALFORMED;
  }

  /** Accepted, or the reason for refusing. */
  public Outcome outcome() {
    return outcome;
  }

  /** True only for {@link Outcome#ACCEPTED}. */
  public boolean isAccepted() {
    return outcome == Outcome.ACCEPTED;
  }

  /**
   * The time step the code matched: for {@link Outcome#ACCEPTED}, the value to store as the new
   * last used step; for {@link Outcome#REUSED_CODE}, the step that had already been used; empty
   * otherwise.
   */
  public OptionalLong matchedStep() {
    return outcome == Outcome.ACCEPTED || outcome == Outcome.REUSED_CODE
        ? OptionalLong.of(step)
        : OptionalLong.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TotpVerification
        && ((TotpVerification) o).outcome == outcome
        && ((TotpVerification) o).step == step;
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome, step);
  }

  /** The outcome and matched step, e.g. {@code TotpVerification[ACCEPTED, step 56666667]}. */
  @Override
  public String toString() {
    return matchedStep().isPresent()
        ? "TotpVerification[" + outcome + ", step " + step + "]"
        : "TotpVerification[" + outcome + "]";
  }
}

package io.gatehouse.audit;

import java.util.Objects;

/**
 * How many allowed decisions the audit trail records: {@code all}, one in N ({@code sampled(N)}),
 * or {@code none}. Denies (explicit, implicit and failed) and change events are always recorded,
 * whatever this says. Immutable.
 */
public final class AllowVolume {
  private static final AllowVolume ALL = new AllowVolume(1);
  private static final AllowVolume NONE = new AllowVolume(0);

  private final int oneIn;

  private AllowVolume(int oneIn) {
    this.oneIn = oneIn;
  }

  /** Every allow is recorded: the default. */
  public static AllowVolume all() {
    return ALL;
  }

  /** No allow is recorded. */
  public static AllowVolume none() {
    return NONE;
  }

  /**
   * One allow in {@code n} is recorded: the first, the (n+1)th, and so on, counted per trail.
   *
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public static AllowVolume sampled(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("sampled(N) needs N of at least 1, found " + n);
    }
    return n == 1 ? ALL : new AllowVolume(n);
  }

  /**
   * Reads the textual form: {@code all}, {@code none} or {@code sampled(N)} with N a positive
   * whole number.
   *
   * @throws IllegalArgumentException for anything else, saying what was expected
   */
  public static AllowVolume parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    if (t.equals("all")) {
      return ALL;
    }
    if (t.equals("none")) {
      return NONE;
    }
    if (t.startsWith("sampled(") && t.endsWith(")")) {
      String n = t.substring("sampled(".length(), t.length() - 1).strip();
      int value;
      try {
        value = Integer.parseInt(n);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "allow: in sampled(N), N must be a whole number, found \"" + n + "\"");
      }
      if (value < 1) {
        throw new IllegalArgumentException("allow: in sampled(N), N must be at least 1, found " + value);
      }
      return sampled(value);
    }
    throw new IllegalArgumentException(
        "allow: expected \"all\", \"none\" or \"sampled(N)\", found \"" + text + "\"");
  }

  /** 1 when every allow is recorded, N for {@code sampled(N)}, 0 when none is. */
  public int oneIn() {
    return oneIn;
  }

  /** The textual form: {@code all}, {@code none} or {@code sampled(N)}. */
  @Override
  public String toString() {
    return oneIn == 1 ? "all" : oneIn == 0 ? "none" : "sampled(" + oneIn + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AllowVolume v && v.oneIn == oneIn;
  }

  @Override
  public int hashCode() {
    return oneIn;
  }
}

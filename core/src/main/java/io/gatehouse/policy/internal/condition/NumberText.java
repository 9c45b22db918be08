package io.gatehouse.policy.internal.condition;

import java.math.BigDecimal;

/**
 * The text form of numbers in conditions: an optional sign, digits, and optionally a point and more
 * digits ({@code 10}, {@code -3}, {@code +2.50}). No exponents, spaces, {@code NaN} or {@code
 * Infinity}.
 */
final class NumberText {
  /**
   * Longer text is not a number: a request value is chosen by the caller, and turning a very long
   * digit string into a BigDecimal takes time quadratic in its length.
   */
  static final int MAX_LENGTH = 400;

  /** Returned by {@link #parseLong} for text that is not a plain integer fitting a long. */
  static final long NOT_A_LONG = Long.MIN_VALUE;

  private static final int SAFE_LONG_DIGITS = 18;

  private NumberText() {}

  /** True if the text is a number in the accepted form. */
  static boolean isNumber(CharSequence text) {
    int n = text.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    int i = text.charAt(0) == '+' || text.charAt(0) == '-' ? 1 : 0;
    int intDigits = digitsFrom(text, i);
    if (intDigits == 0) {
      return false;
    }
    i += intDigits;
    if (i == n) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int fractionDigits = digitsFrom(text, i + 1);
    return fractionDigits > 0 && i + 1 + fractionDigits == n;
  }

  private static int digitsFrom(CharSequence text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** The number, or null if the text is not one. */
  static BigDecimal parse(String text) {
    return isNumber(text) ? new BigDecimal(text) : null;
  }

  /**
   * The value of a plain integer of at most 18 digits, without allocating; the fast path for the
   * common case of whole numbers.
   *
   * @return the value, or {@link #NOT_A_LONG} for anything else (decimals, longer numbers,
   *     non-numbers)
   */
  static long parseLong(CharSequence text) {
    int n = text.length();
    int i = n > 0 && (text.charAt(0) == '+' || text.charAt(0) == '-') ? 1 : 0;
    if (n == i || n - i > SAFE_LONG_DIGITS) {
      return NOT_A_LONG;
    }
    long value = 0;
    for (int k = i; k < n; k++) {
      char c = text.charAt(k);
      if (c < '0' || c > '9') {
        return NOT_A_LONG;
      }
      value = value * 10 + (c - '0');
    }
    return text.charAt(0) == '-' ? -value : value;
  }
}

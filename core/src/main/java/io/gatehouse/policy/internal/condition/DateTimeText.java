package io.gatehouse.policy.internal.condition;

/**
 * The text forms of instants in date conditions, read by hand so that request values are parsed
 * without allocating:
 *
 * <ul>
 *   <li>ISO 8601 dates: {@code 2024-01-01} (midnight UTC);
 *   <li>ISO 8601 date-times: {@code 2024-01-01T00:00Z}, {@code 2024-01-01T00:00:00Z}, with a
 *       fraction of a second ({@code 2024-01-01T00:00:00.123456Z}) and with an offset instead of
 *       {@code Z} ({@code +02:00}, {@code -0530}, {@code +02}); without a zone the time is UTC;
 *   <li>epoch seconds: {@code 1704067200} (an optional minus sign and up to 15 digits).
 * </ul>
 *
 * <p>Fractions finer than a millisecond are truncated.
 */
final class DateTimeText {
  /** Returned for text that is not an instant. */
  static final long INVALID = Long.MIN_VALUE;

  private static final int MAX_EPOCH_DIGITS = 15;
  private static final long MILLIS_PER_SECOND = 1000;
  private static final long MILLIS_PER_MINUTE = 60 * MILLIS_PER_SECOND;
  private static final long MILLIS_PER_DAY = 24 * 60 * MILLIS_PER_MINUTE;

  private DateTimeText() {}

  /** The instant as milliseconds since 1970-01-01T00:00:00Z, or {@link #INVALID}. */
  static long toEpochMillis(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return INVALID;
    }
    if (n >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return isoToEpochMillis(text);
    }
    int i = text.charAt(0) == '-' ? 1 : 0;
    if (n == i || n - i > MAX_EPOCH_DIGITS) {
      return INVALID;
    }
    long seconds = number(text, i, n);
    if (seconds < 0) {
      return INVALID;
    }
    return (i == 1 ? -seconds : seconds) * MILLIS_PER_SECOND;
  }

  private static long isoToEpochMillis(CharSequence text) {
    int n = text.length();
    long year = number(text, 0, 4);
    long month = number(text, 5, 7);
    long day = number(text, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return INVALID;
    }
    long millis = epochDay(year, month, day) * MILLIS_PER_DAY;
    if (n == 10) {
      return millis;
    }
    char t = text.charAt(10);
    if ((t != 'T' && t != 't') || n < 16 || text.charAt(13) != ':') {
      return INVALID;
    }
    long hour = number(text, 11, 13);
    long minute = number(text, 14, 16);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
      return INVALID;
    }
    millis += hour * 60 * MILLIS_PER_MINUTE + minute * MILLIS_PER_MINUTE;
    int i = 16;
    if (i < n && text.charAt(i) == ':') {
      long second = n >= i + 3 ? number(text, i + 1, i + 3) : -1;
      if (second < 0 || second > 59) {
        return INVALID;
      }
      millis += second * MILLIS_PER_SECOND;
      i += 3;
      if (i < n && text.charAt(i) == '.') {
        int start = ++i;
        long fraction = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          if (i - start < 3) {
            fraction = fraction * 10 + (text.charAt(i) - '0');
          }
          i++;
        }
        int digits = i - start;
        if (digits == 0 || digits > 9) {
          return INVALID;
        }
        for (int k = digits; k < 3; k++) {
          fraction *= 10;
        }
        millis += fraction;
      }
    }
    long offset = offsetMillis(text, i);
    return offset == INVALID ? INVALID : millis - offset;
  }

  /** The zone designator from {@code text[i..]} in milliseconds east of UTC, or INVALID. */
  private static long offsetMillis(CharSequence text, int i) {
    int n = text.length();
    if (i == n) {
      return 0;
    }
    char sign = text.charAt(i);
    if (sign == 'Z' || sign == 'z') {
      return i + 1 == n ? 0 : INVALID;
    }
    if (sign != '+' && sign != '-') {
      return INVALID;
    }
    long hours = n >= i + 3 ? number(text, i + 1, i + 3) : -1;
    long minutes;
    if (n == i + 3) {
      minutes = 0;
    } else if (n == i + 6 && text.charAt(i + 3) == ':') {
      minutes = number(text, i + 4, i + 6);
    } else if (n == i + 5) {
      minutes = number(text, i + 3, i + 5);
    } else {
      return INVALID;
    }
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return INVALID;
    }
    long offset = hours * 60 * MILLIS_PER_MINUTE + minutes * MILLIS_PER_MINUTE;
    return sign == '-' ? -offset : offset;
  }

  /** The decimal number in {@code text[from, to)}, or -1 if it has a non-digit or is empty. */
  private static long number(CharSequence text, int from, int to) {
    if (from >= to || to > text.length()) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static long daysInMonth(long year, long month) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days inverse). */
  private static long epochDay(long year, long month, long day) {
    long y = month <= 2 ? year - 1 : year;
    long era = Math.floorDiv(y, 400);
    long yearOfEra = y - era * 400;
    long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }
}

package io.gatehouse.policy.internal.match;

import java.util.Objects;

/**
 * An Amazon Resource Name split into its parts: {@code
 * arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}. The resource part keeps any further colons, as in
 * {@code arn:aws:logs:us-east-1:111111111111:log-group:app:*}.
 *
 * @param partition e.g. {@code aws}
 * @param service e.g. {@code s3}
 * @param region e.g. {@code us-east-1}, empty for global services
 * @param account e.g. {@code 111111111111}, empty for some services
 * @param resource everything after the fifth colon
 */
public record Arn(
    String partition, String service, String region, String account, String resource) {
  /** The text every ARN starts with. */
  public static final String PREFIX = "arn:";

  /** The number of colons that separate an ARN's six parts. */
  static final int SEPARATORS = 5;

  /** Creates an ARN from its parts. */
  public Arn {
    Objects.requireNonNull(partition, "partition");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(resource, "resource");
  }

  /**
   * Splits text into an ARN's parts.
   *
   * @return the ARN, or null if the text does not start with {@code arn:} or has fewer than six
   *     colon-separated parts; empty parts are allowed here (see {@link #checkArn})
   */
  public static Arn parse(String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      return null;
    }
    int[] colons = new int[SEPARATORS];
    if (findSeparators(text, colons) < SEPARATORS) {
      return null;
    }
    return new Arn(
        text.substring(colons[0] + 1, colons[1]),
        text.substring(colons[1] + 1, colons[2]),
        text.substring(colons[2] + 1, colons[3]),
        text.substring(colons[3] + 1, colons[4]),
        text.substring(colons[4] + 1));
  }

  /**
   * Checks policy text that should be an ARN (or an ARN pattern).
   *
   * @return null if the text has the form {@code arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}
   *     with a non-empty partition and service, otherwise the problem, e.g. {@code malformed ARN
   *     "arn:aws:s3": expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE}
   */
  public static String checkArn(String text) {
    return checkArn(text, text);
  }

  /** As {@link #checkArn(String)}, naming {@code shown} in the problem instead of the text. */
  static String checkArn(String text, String shown) {
    String expected = ": expected arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE";
    String quoted = "malformed ARN \"" + shown + "\"";
    int[] colons = new int[SEPARATORS];
    if (!text.startsWith(PREFIX) || findSeparators(text, colons) < SEPARATORS) {
      return quoted + expected;
    }
    if (colons[1] == colons[0] + 1) {
      return quoted + ": the partition is empty" + expected;
    }
    if (colons[2] == colons[1] + 1) {
      return quoted + ": the service is empty" + expected;
    }
    return null;
  }

  /**
   * Finds the positions of the first five colons of {@code text}.
   *
   * @return how many were found (at most five)
   */
  static int findSeparators(CharSequence text, int[] colons) {
    int found = 0;
    for (int i = 0; i < text.length() && found < SEPARATORS; i++) {
      if (text.charAt(i) == ':') {
        colons[found++] = i;
      }
    }
    return found;
  }

  /** The ARN as text. */
  @Override
  public String toString() {
    return PREFIX + partition + ':' + service + ':' + region + ':' + account + ':' + resource;
  }
}

package io.gatehouse.iam;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * IAM's {@code Marker} / {@code MaxItems} paging. Items are ordered by a sort key that is unique in
 * the list; a marker encodes the key of the first item of the next page, so a later call resumes at
 * the first item whose key is not smaller, even if items were added or removed in between.
 *
 * @param marker the marker from the previous page, or null for the first page
 * @param maxItems how many items a page holds, 1 to 1000, 100 by default
 */
record Pagination(String marker, int maxItems) {
  static final int DEFAULT_MAX_ITEMS = 100;
  private static final String PREFIX = "gh1:";
  private static final int MAX_MARKER_LENGTH = 4096;

  /**
   * Checks AWS's constraints on the parameters.
   *
   * @throws IamException {@code ValidationError} for {@code MaxItems} outside 1 to 1000 or an
   *     empty or overlong marker; {@code InvalidInput} for a marker not made by a page
   */
  static Pagination of(String marker, Integer maxItems) {
    Constraints.range(maxItems, "maxItems", 1, 1000);
    if (marker != null) {
      // AWS caps markers at 320 characters; a marker here encodes a sort key, which for a managed
      // policy includes its ARN, so the cap is the longest marker this service can make.
      Constraints.length(marker, "marker", 1, MAX_MARKER_LENGTH);
      decode(marker);
    }
    return new Pagination(marker, maxItems == null ? DEFAULT_MAX_ITEMS : maxItems);
  }

  /** The page of {@code items} this request selects; the items are sorted by {@code key} first. */
  <T> IamPage<T> page(List<T> items, Function<T, String> key) {
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(Comparator.comparing(key));
    int start = 0;
    if (marker != null) {
      String from = decode(marker);
      while (start < sorted.size() && key.apply(sorted.get(start)).compareTo(from) < 0) {
        start++;
      }
    }
    int end = Math.min(sorted.size(), start + maxItems);
    boolean truncated = end < sorted.size();
    String next = truncated ? encode(key.apply(sorted.get(end))) : null;
    return new IamPage<>(sorted.subList(start, end), truncated, next);
  }

  /** The sort key of an item listed by a name that is unique case-insensitively. */
  static String nameKey(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String encode(String key) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String marker) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        return text.substring(PREFIX.length());
      }
    } catch (IllegalArgumentException e) {
      // not base64: reported below like any other marker this service did not make
    }
    throw IamException.invalidInput("The marker " + marker + " is not valid.");
  }
}

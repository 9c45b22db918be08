package io.gatehouse.policy.internal.parse;

import java.util.List;
import java.util.Locale;

/**
 * Suggests the name a misspelt key was probably meant to be, for "did you mean" hints. Public so
 * that readers of documents that embed policies (account files) word their hints the same way.
 */
public final class SpellingHint {
  private SpellingHint() {}

  /**
   * The candidate closest to {@code found}: one that differs only in case, else the nearest within
   * a small edit distance (1 for short names, 2 otherwise); null if none is close.
   */
  public static String closest(String found, List<String> candidates) {
    String lower = found.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      if (c.equalsIgnoreCase(found)) {
        return c;
      }
      int allowed = c.length() <= 4 ? 1 : 2;
      int d = distance(lower, c.toLowerCase(Locale.ROOT), allowed);
      if (d <= allowed && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return best;
  }

  /** {@code ; did you mean "X"?} for the closest candidate, or the empty string. */
  public static String didYouMean(String found, List<String> candidates) {
    String c = closest(found, candidates);
    return c == null ? "" : "; did you mean " + LocatedScalar.quote(c) + "?";
  }

  /** Levenshtein distance, or a value above {@code limit} as soon as it must exceed it. */
  private static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}

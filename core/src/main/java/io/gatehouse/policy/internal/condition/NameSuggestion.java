package io.gatehouse.policy.internal.condition;

import java.util.List;
import java.util.Locale;

/** Finds the known name closest to a mistyped one, for "did you mean" hints. */
final class NameSuggestion {
  private static final int MAX_DISTANCE = 2;

  private NameSuggestion() {}

  /**
   * The candidate equal to {@code written} ignoring case, otherwise the first candidate at the
   * smallest edit distance (at most 2, a transposition counting as one edit) ignoring case; null if
   * none is that close.
   */
  static String closest(String written, List<String> candidates) {
    String lower = written.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String candidate : candidates) {
      String other = candidate.toLowerCase(Locale.ROOT);
      if (Math.abs(other.length() - lower.length()) >= bestDistance) {
        continue;
      }
      int distance = distance(lower, other);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}

package io.gatehouse.policy.internal.match;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A glob as IAM uses it: {@code *} matches any run of characters (none included, {@code /} and
 * {@code :} included) and {@code ?} matches exactly one character. Immutable and thread-safe.
 *
 * <p>Matching is a linear scan that backtracks only to the last {@code *} seen, so it takes at most
 * time proportional to the product of the pattern and text lengths, never exponential time,
 * whatever the pattern. Policy text is never turned into a {@link java.util.regex.Pattern}.
 *
 * <p>A {@code ?} matches one Unicode code point, so a character outside the Basic Multilingual
 * Plane (two UTF-16 chars) counts as one character.
 */
public final class Wildcard {
  private static final byte LITERAL = 0;
  private static final byte ANY_ONE = 1;
  private static final byte ANY_RUN = 2;

  private enum Shape {
    EVERYTHING,
    EXACT,
    PREFIX,
    SUFFIX,
    GENERAL
  }

  private final String source;
  private final boolean ignoreCase;
  private final Shape shape;

  /** The pattern's characters, lower-cased when ignoring case; wildcard positions hold '*'/'?'. */
  private final char[] chars;

  /** Per position of {@link #chars}: LITERAL, ANY_ONE or ANY_RUN. Runs of '*' are collapsed. */
  private final byte[] kinds;

  /** The literal part of EXACT, PREFIX and SUFFIX shapes. */
  private final String fixed;

  private Wildcard(String source, boolean ignoreCase, char[] chars, byte[] kinds) {
    this.source = source;
    this.ignoreCase = ignoreCase;
    this.chars = chars;
    this.kinds = kinds;
    int runs = 0;
    int ones = 0;
    for (byte k : kinds) {
      if (k == ANY_RUN) {
        runs++;
      } else if (k == ANY_ONE) {
        ones++;
      }
    }
    int n = kinds.length;
    if (ones == 0 && runs == 0) {
      shape = Shape.EXACT;
      fixed = new String(chars);
    } else if (ones == 0 && runs == 1 && n == 1) {
      shape = Shape.EVERYTHING;
      fixed = "";
    } else if (ones == 0 && runs == 1 && kinds[n - 1] == ANY_RUN) {
      shape = Shape.PREFIX;
      fixed = new String(chars, 0, n - 1);
    } else if (ones == 0 && runs == 1 && kinds[0] == ANY_RUN) {
      shape = Shape.SUFFIX;
      fixed = new String(chars, 1, n - 1);
    } else {
      shape = Shape.GENERAL;
      fixed = null;
    }
  }

  /**
   * Compiles a pattern in which {@code *} and {@code ?} are wildcards.
   *
   * @param pattern the glob text
   * @param ignoreCase true to compare lower-cased text ({@link Locale#ROOT})
   */
  public static Wildcard compile(String pattern, boolean ignoreCase) {
    return ofPieces(List.of(Piece.pattern(pattern)), ignoreCase);
  }

  /** A pattern that matches only {@code text}; its {@code *} and {@code ?} are ordinary. */
  public static Wildcard literal(String text, boolean ignoreCase) {
    return ofPieces(List.of(Piece.literal(text)), ignoreCase);
  }

  /**
   * Joins pieces into one pattern, e.g. the policy text {@code home/} (a pattern piece), a resolved
   * user name {@code a*b} (a literal piece, its {@code *} not a wildcard) and {@code /*} (a pattern
   * piece).
   */
  public static Wildcard ofPieces(List<Piece> pieces, boolean ignoreCase) {
    StringBuilder source = new StringBuilder();
    StringBuilder text = new StringBuilder();
    StringBuilder kindText = new StringBuilder();
    for (Piece piece : pieces) {
      String t = ignoreCase ? piece.text().toLowerCase(Locale.ROOT) : piece.text();
      source.append(piece.text());
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        byte kind = piece.literal() ? LITERAL : c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : LITERAL;
        boolean repeatedRun =
            kind == ANY_RUN
                && kindText.length() > 0
                && kindText.charAt(kindText.length() - 1) == ANY_RUN;
        if (!repeatedRun) {
          text.append(c);
          kindText.append((char) kind);
        }
      }
    }
    byte[] kinds = new byte[kindText.length()];
    for (int i = 0; i < kinds.length; i++) {
      kinds[i] = (byte) kindText.charAt(i);
    }
    char[] chars = new char[text.length()];
    text.getChars(0, chars.length, chars, 0);
    return new Wildcard(source.toString(), ignoreCase, chars, kinds);
  }

  /** True if the whole text matches. Never throws for non-null text. */
  public boolean matches(CharSequence text) {
    return matches(text, 0, text.length());
  }

  /** True if {@code text[from, to)} matches; lets callers match a region without a substring. */
  public boolean matches(CharSequence text, int from, int to) {
    if (shape == Shape.EVERYTHING) {
      return true;
    }
    if (ignoreCase && !isAscii(text, from, to)) {
      String lower = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
      return matchesRegion(lower, 0, lower.length(), false);
    }
    // For ASCII text, folding A-Z while comparing equals lower-casing with Locale.ROOT, and
    // allocates nothing.
    return matchesRegion(text, from, to, ignoreCase);
  }

  private static boolean isAscii(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static char charAt(CharSequence text, int i, boolean fold) {
    char c = text.charAt(i);
    return fold && c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  private boolean matchesRegion(CharSequence text, int from, int to, boolean fold) {
    int length = to - from;
    if (!fold && text instanceof String s) {
      switch (shape) {
        case EXACT:
          return length == fixed.length() && ArnPattern.isAt(s, fixed, from);
        case PREFIX:
          return length >= fixed.length() && ArnPattern.isAt(s, fixed, from);
        case SUFFIX:
          return length >= fixed.length() && ArnPattern.isAt(s, fixed, to - fixed.length());
        default:
          return matchesGeneral(text, from, to, false);
      }
    }
    switch (shape) {
      case EXACT:
        return length == fixed.length() && regionEquals(text, from, fixed, fold);
      case PREFIX:
        return length >= fixed.length() && regionEquals(text, from, fixed, fold);
      case SUFFIX:
        return length >= fixed.length() && regionEquals(text, to - fixed.length(), fixed, fold);
      default:
        return matchesGeneral(text, from, to, fold);
    }
  }

  private static boolean regionEquals(CharSequence text, int from, String expected, boolean fold) {
    for (int i = 0; i < expected.length(); i++) {
      if (charAt(text, from + i, fold) != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private boolean matchesGeneral(CharSequence text, int from, int to, boolean fold) {
    int p = 0;
    int t = from;
    int starP = -1;
    int starT = from;
    int m = kinds.length;
    while (t < to) {
      if (p < m && kinds[p] == ANY_ONE) {
        p++;
        t += charCountAt(text, t, to);
      } else if (p < m && kinds[p] == LITERAL && chars[p] == charAt(text, t, fold)) {
        p++;
        t++;
      } else if (p < m && kinds[p] == ANY_RUN) {
        starP = p++;
        starT = t;
      } else if (starP >= 0) {
        // Let the last '*' absorb one more character and retry from just after it.
        starT += charCountAt(text, starT, to);
        p = starP + 1;
        t = starT;
      } else {
        return false;
      }
    }
    while (p < m && kinds[p] == ANY_RUN) {
      p++;
    }
    return p == m;
  }

  private static int charCountAt(CharSequence text, int i, int to) {
    return Character.isHighSurrogate(text.charAt(i))
            && i + 1 < to
            && Character.isLowSurrogate(text.charAt(i + 1))
        ? 2
        : 1;
  }

  /** True if every text matches (the pattern is only {@code *}s). */
  public boolean matchesEverything() {
    return shape == Shape.EVERYTHING;
  }

  /** The text the pattern matches if it has no wildcard, otherwise null. */
  String exactText() {
    return shape == Shape.EXACT && !ignoreCase ? fixed : null;
  }

  /**
   * The literal text before a single, final {@code *} (the pattern {@code order/*} gives {@code
   * order/}), otherwise null.
   */
  String prefixText() {
    return shape == Shape.PREFIX && !ignoreCase ? fixed : null;
  }

  /** True if the pattern has at least one wildcard {@code *} or {@code ?}. */
  public boolean hasWildcards() {
    return shape != Shape.EXACT;
  }

  /**
   * The pattern's text as written, before lower-casing, with literal pieces' {@code *} and {@code
   * ?} indistinguishable from wildcards; for display only.
   */
  @Override
  public String toString() {
    return source;
  }

  /**
   * A part of a pattern given to {@link #ofPieces}.
   *
   * @param text the characters
   * @param literal true if {@code *} and {@code ?} in the text are ordinary characters
   */
  public record Piece(String text, boolean literal) {

    /** Creates a piece. */
    public Piece {
      Objects.requireNonNull(text, "text");
    }

    /** A piece whose {@code *} and {@code ?} are ordinary characters. */
    public static Piece literal(String text) {
      return new Piece(text, true);
    }

    /** A piece whose {@code *} and {@code ?} are wildcards. */
    public static Piece pattern(String text) {
      return new Piece(text, false);
    }
  }
}

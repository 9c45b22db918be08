package io.gatehouse.policy.internal.match;

import io.gatehouse.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A case-sensitive glob written with policy variables, such as {@code order/${aws:username}/*},
 * matched without building the resolved pattern: a variable's value is looked up when the matcher
 * reaches it and compared in place as literal text (a {@code *} in a value is an ordinary
 * character). Allocates nothing. Immutable and thread-safe.
 *
 * <p>The answer is always the one {@link Wildcard#ofPieces} gives for the resolved pieces (policy
 * text as pattern pieces, escapes and values as literal pieces), down to how {@code ?} and {@code
 * *} step over surrogate pairs; a variable that cannot be resolved makes the glob match nothing.
 */
final class VariableGlob {
  private static final byte LITERAL = 0;
  private static final byte ANY_ONE = 1;
  private static final byte ANY_RUN = 2;
  private static final byte VARIABLE = 3;

  private final String text;

  /** Per token: LITERAL, ANY_ONE, ANY_RUN or VARIABLE. */
  private final byte[] kinds;

  /** Per LITERAL token its character. */
  private final char[] chars;

  /** Per VARIABLE token its variable; null for other tokens. */
  private final PolicyVariable[] variables;

  /**
   * Where {@link Wildcard} would compile the resolved pattern to its "suffix" shape ({@code *}
   * followed by literal text), which compares the end of the text directly: the position of the
   * last {@code *} if only variables precede it, otherwise -1.
   */
  private final int suffixStar;

  /**
   * The literal characters before the first wildcard or variable: no {@code *} can give any of
   * them back, so they are compared at once.
   */
  private final String lead;

  private VariableGlob(String text, byte[] kinds, char[] chars, PolicyVariable[] variables) {
    this.text = text;
    this.kinds = kinds;
    this.chars = chars;
    this.variables = variables;
    this.suffixStar = suffixStar(kinds);
    int n = 0;
    while (n < kinds.length && kinds[n] == LITERAL) {
      n++;
    }
    this.lead = new String(chars, 0, n);
  }

  private static int suffixStar(byte[] kinds) {
    int lastRun = -1;
    for (int i = 0; i < kinds.length; i++) {
      if (kinds[i] == ANY_ONE) {
        return -1;
      }
      if (kinds[i] == ANY_RUN) {
        lastRun = i;
      }
    }
    for (int i = 0; i < lastRun; i++) {
      if (kinds[i] == LITERAL) {
        return -1;
      }
    }
    return lastRun;
  }

  /** True if the glob has at least one variable. */
  boolean hasVariables() {
    for (PolicyVariable v : variables) {
      if (v != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if {@code text[from, to)} matches with the request's variable values. False if a variable
   * cannot be resolved.
   */
  boolean matches(String text, int from, int to, RequestContext context) {
    if (suffixStar >= 0) {
      int shape = suffixMatch(text, from, to, context);
      if (shape != NOT_SUFFIX) {
        return shape == MATCH;
      }
    }
    int m = kinds.length;
    int p = lead.length();
    if (p > 0 && (to - from < p || !ArnPattern.isAt(text, lead, from))) {
      // Wildcard's scan fails on the first character that differs, or where the text ends.
      return false;
    }
    int t = from + p;
    int starP = -1;
    int starT = from;
    while (t < to) {
      byte kind = p < m ? kinds[p] : -1;
      if (kind == ANY_ONE) {
        p++;
        t += charCountAt(text, t, to);
      } else if (kind == LITERAL && chars[p] == text.charAt(t)) {
        p++;
        t++;
      } else if (kind == VARIABLE) {
        String value = variables[p].resolve(context);
        if (value == null) {
          return false;
        }
        int n = value.length();
        int available = Math.min(n, to - t);
        int same = available == n
            ? (text.regionMatches(t, value, 0, n) ? n : -1)
            : commonLength(text, t, value, available);
        if (same == n) {
          p++;
          t += n;
        } else if (same == available) {
          // The text ends inside the value: Wildcard's scan stops there without backtracking.
          return false;
        } else if (starP >= 0) {
          starT += charCountAt(text, starT, to);
          p = starP + 1;
          t = starT;
        } else {
          return false;
        }
      } else if (kind == ANY_RUN) {
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
    for (; p < m; p++) {
      if (kinds[p] == VARIABLE) {
        String value = variables[p].resolve(context);
        if (value == null || !value.isEmpty()) {
          return false;
        }
      } else if (kinds[p] != ANY_RUN) {
        return false;
      }
    }
    return true;
  }

  private static final int MATCH = 1;
  private static final int NO_MATCH = 0;
  private static final int NOT_SUFFIX = -1;

  /**
   * Matches the suffix shape (every variable before the last {@code *} resolves to nothing): the
   * resolved text after the {@code *} must end the text.
   */
  private int suffixMatch(String text, int from, int to, RequestContext context) {
    for (int i = 0; i < suffixStar; i++) {
      if (kinds[i] == VARIABLE) {
        String value = variables[i].resolve(context);
        if (value == null) {
          return NO_MATCH;
        }
        if (!value.isEmpty()) {
          return NOT_SUFFIX;
        }
      }
    }
    int length = 0;
    for (int i = suffixStar + 1; i < kinds.length; i++) {
      if (kinds[i] == VARIABLE) {
        String value = variables[i].resolve(context);
        if (value == null) {
          return NO_MATCH;
        }
        length += value.length();
      } else {
        length++;
      }
    }
    if (to - from < length) {
      return NO_MATCH;
    }
    int t = to - length;
    for (int i = suffixStar + 1; i < kinds.length; i++) {
      if (kinds[i] == VARIABLE) {
        String value = variables[i].resolve(context);
        if (!text.regionMatches(t, value, 0, value.length())) {
          return NO_MATCH;
        }
        t += value.length();
      } else if (text.charAt(t++) != chars[i]) {
        return NO_MATCH;
      }
    }
    return MATCH;
  }

  private static int commonLength(String text, int from, String value, int max) {
    int i = 0;
    while (i < max && text.charAt(from + i) == value.charAt(i)) {
      i++;
    }
    return i;
  }

  private static int charCountAt(String text, int i, int to) {
    return Character.isHighSurrogate(text.charAt(i))
            && i + 1 < to
            && Character.isLowSurrogate(text.charAt(i + 1))
        ? 2
        : 1;
  }

  /** The pattern as written in the policy. */
  @Override
  public String toString() {
    return text;
  }

  /** Collects a glob's parts in order. */
  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Byte> kinds = new ArrayList<>();
    private final StringBuilder chars = new StringBuilder();
    private final List<PolicyVariable> variables = new ArrayList<>();

    /** Policy text, whose {@code *} and {@code ?} are wildcards. */
    Builder pattern(String policyText) {
      text.append(policyText);
      for (int i = 0; i < policyText.length(); i++) {
        char c = policyText.charAt(i);
        add(c == '*' ? ANY_RUN : c == '?' ? ANY_ONE : LITERAL, c, null);
      }
      return this;
    }

    /** Literal text (an escape such as {@code ${*}}): every character stands for itself. */
    Builder literal(String written, String value) {
      text.append(written);
      for (int i = 0; i < value.length(); i++) {
        add(LITERAL, value.charAt(i), null);
      }
      return this;
    }

    /** A variable, written as {@code written} in the policy. */
    Builder variable(String written, PolicyVariable variable) {
      text.append(written);
      add(VARIABLE, '\0', variable);
      return this;
    }

    private void add(byte kind, char c, PolicyVariable variable) {
      kinds.add(kind);
      chars.append(c);
      variables.add(variable);
    }

    VariableGlob build() {
      byte[] k = new byte[kinds.size()];
      for (int i = 0; i < k.length; i++) {
        k[i] = kinds.get(i);
      }
      return new VariableGlob(text.toString(), k, chars.toString().toCharArray(),
          variables.toArray(new PolicyVariable[0]));
    }
  }
}

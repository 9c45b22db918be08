package io.gatehouse.policy.internal.match;

import java.util.ArrayList;
import java.util.List;

/**
 * An ARN pattern matched part by part, as IAM matches {@code Resource} ARNs and the {@code Arn*}
 * condition operators: pattern and ARN are both split at their first five colons, and each of the
 * six parts is globbed on its own, so a {@code *} in the region can never absorb a colon. The
 * resource part (after the fifth colon) may contain colons and is globbed whole. Case-sensitive.
 * Immutable.
 *
 * <p>Matching allocates nothing. The parts are compiled into a few steps that compare whole runs
 * of literal text at once: in {@code arn:aws:shop:*:123456789012:order/*}, {@code arn:aws:shop:}
 * is compared with one {@link String#startsWith(String, int)}, the region is skipped up to its
 * colon, and {@code :123456789012:order/} is compared with one more.
 */
public final class ArnPattern {
  private static final int PARTS = Arn.SEPARATORS + 1;
  private static final int RESOURCE = Arn.SEPARATORS;

  /** The longest text {@link #isAt} searches with indexOf. */
  private static final int SHORT_TEXT = 256;

  /** Compare {@link #texts}[i] at the position and move past it. */
  private static final byte LITERAL = 0;
  /** A part of any text: move past the next colon. */
  private static final byte SKIP_PART = 1;
  /** Glob {@link #globs}[i] over the text up to the next colon, then move past it. */
  private static final byte GLOB_PART = 2;
  /** The resource part: glob {@link #globs}[i] over the rest of the text. */
  private static final byte GLOB_REST = 3;
  /** The resource part is fully compared: the text must end here. */
  private static final byte END = 4;
  /** The rest of the resource part may be anything. */
  private static final byte ANY_REST = 5;

  private final String text;

  /** The steps that match a whole ARN. */
  private final Steps all;

  /** The steps that match the first five parts and their colons. */
  private final Steps beforeResource;

  private ArnPattern(String text, Wildcard[] parts) {
    this.text = text;
    this.all = Steps.of(parts, true);
    this.beforeResource = Steps.of(parts, false);
  }

  /**
   * Compiles an ARN pattern such as {@code arn:aws:s3:::bucket/*}.
   *
   * @return the pattern, or null if the text has fewer than six colon-separated parts
   */
  public static ArnPattern compile(String pattern) {
    return ofPieces(List.of(Wildcard.Piece.pattern(pattern)));
  }

  /**
   * Compiles an ARN pattern from pieces, some of them literal (see {@link Wildcard.Piece}). The
   * pieces are split at the first five colons of their joined text, whichever pieces they are in.
   *
   * @return the pattern, or null if the joined text has fewer than six colon-separated parts
   */
  public static ArnPattern ofPieces(List<Wildcard.Piece> pieces) {
    List<List<Wildcard.Piece>> split = new ArrayList<>(PARTS);
    List<Wildcard.Piece> current = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (Wildcard.Piece piece : pieces) {
      String rest = piece.text();
      text.append(rest);
      int colon;
      while (split.size() < Arn.SEPARATORS && (colon = rest.indexOf(':')) >= 0) {
        current.add(new Wildcard.Piece(rest.substring(0, colon), piece.literal()));
        split.add(current);
        current = new ArrayList<>();
        rest = rest.substring(colon + 1);
      }
      current.add(new Wildcard.Piece(rest, piece.literal()));
    }
    split.add(current);
    if (split.size() < PARTS) {
      return null;
    }
    Wildcard[] parts = new Wildcard[PARTS];
    for (int i = 0; i < PARTS; i++) {
      parts[i] = Wildcard.ofPieces(split.get(i), false);
    }
    return new ArnPattern(text.toString(), parts);
  }

  /**
   * True if the ARN matches part by part. Text with fewer than six colon-separated parts never
   * matches. Allocates nothing for a String.
   */
  public boolean matches(CharSequence arn) {
    return all.run(arn.toString()) >= 0;
  }

  /**
   * Matches every part but the resource part.
   *
   * @return where the ARN's resource part starts if its first five parts match, otherwise -1
   */
  int resourcePartStart(String arn) {
    return beforeResource.run(arn);
  }

  /**
   * True if {@code literal} occurs in {@code text} at {@code pos}, as {@code text.startsWith(literal,
   * pos)}. For texts of the length of ARNs it asks {@link String#indexOf(String, int)}, which the JVM
   * compiles to vector instructions and which is about twice as fast as startsWith's byte loop here;
   * it scans on past a mismatch, so longer texts take startsWith.
   */
  static boolean isAt(String text, String literal, int pos) {
    return text.length() - pos <= SHORT_TEXT
        ? text.indexOf(literal, pos) == pos
        : text.startsWith(literal, pos);
  }

  /** The parts' globs as steps; see the constants for what each does. */
  private record Steps(byte[] ops, String[] texts, Wildcard[] globs) {

    /**
     * @param parts the six parts' globs
     * @param resource true to match the resource part too, false to stop where it starts
     */
    static Steps of(Wildcard[] parts, boolean resource) {
      List<Byte> ops = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      List<Wildcard> globs = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      for (int i = 0; i < PARTS; i++) {
        Wildcard part = parts[i];
        boolean last = i == RESOURCE;
        if (last && !resource) {
          break;
        }
        if (part.exactText() != null) {
          literal.append(part.exactText());
          if (!last) {
            literal.append(':');
            continue;
          }
        } else if (part.prefixText() != null) {
          literal.append(part.prefixText());
        }
        if (literal.length() > 0) {
          add(ops, texts, globs, LITERAL, literal.toString(), null);
          literal.setLength(0);
        }
        if (part.exactText() != null) {
          add(ops, texts, globs, END, null, null);
        } else if (part.prefixText() != null || part.matchesEverything()) {
          add(ops, texts, globs, last ? ANY_REST : SKIP_PART, null, null);
        } else {
          add(ops, texts, globs, last ? GLOB_REST : GLOB_PART, null, part);
        }
      }
      if (literal.length() > 0) {
        add(ops, texts, globs, LITERAL, literal.toString(), null);
      }
      byte[] o = new byte[ops.size()];
      for (int i = 0; i < o.length; i++) {
        o[i] = ops.get(i);
      }
      return new Steps(o, texts.toArray(new String[0]), globs.toArray(new Wildcard[0]));
    }

    private static void add(List<Byte> ops, List<String> texts, List<Wildcard> globs, byte op,
        String text, Wildcard glob) {
      ops.add(op);
      texts.add(text);
      globs.add(glob);
    }

    /** Where the steps end in the ARN, or -1 if it does not match. */
    int run(String arn) {
      int pos = 0;
      for (int i = 0; i < ops.length; i++) {
        switch (ops[i]) {
          case LITERAL:
            if (!isAt(arn, texts[i], pos)) {
              return -1;
            }
            pos += texts[i].length();
            break;
          case SKIP_PART: {
            int colon = arn.indexOf(':', pos);
            if (colon < 0) {
              return -1;
            }
            pos = colon + 1;
            break;
          }
          case GLOB_PART: {
            int colon = arn.indexOf(':', pos);
            if (colon < 0 || !globs[i].matches(arn, pos, colon)) {
              return -1;
            }
            pos = colon + 1;
            break;
          }
          case GLOB_REST:
            return globs[i].matches(arn, pos, arn.length()) ? arn.length() : -1;
          case END:
            return pos == arn.length() ? pos : -1;
          default:
            return arn.length();
        }
      }
      return pos;
    }
  }

  /** The pattern as written. */
  @Override
  public String toString() {
    return text;
  }
}

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
 * <p>Matching allocates nothing. It first compares the pattern's literal beginning (such as {@code
 * arn:aws:shop:}) with the ARN's, which rejects most ARNs at once and settles the parts it covers,
 * then finds the remaining colons with {@link String#indexOf(int, int)}.
 */
public final class ArnPattern {
  private static final int PARTS = Arn.SEPARATORS + 1;
  private static final int RESOURCE = Arn.SEPARATORS;

  private final String text;

  /** One glob per part: "arn", partition, service, region, account, resource. */
  private final Wildcard[] parts;

  /** The pattern's text up to its first wildcard: every matching ARN starts with it. */
  private final String prefix;

  /** How many parts (with their colon) {@link #prefix} covers completely, at most five. */
  private final int fixedParts;

  /** Where part {@link #fixedParts} starts in every matching ARN. */
  private final int fixedEnd;

  private ArnPattern(String text, Wildcard[] parts, String prefix) {
    this.text = text;
    this.parts = parts;
    this.prefix = prefix;
    int covered = 0;
    int end = 0;
    for (int i = 0; i < prefix.length() && covered < Arn.SEPARATORS; i++) {
      if (prefix.charAt(i) == ':') {
        covered++;
        end = i + 1;
      }
    }
    this.fixedParts = covered;
    this.fixedEnd = end;
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
    return new ArnPattern(text.toString(), parts, literalPrefix(pieces));
  }

  private static String literalPrefix(List<Wildcard.Piece> pieces) {
    StringBuilder prefix = new StringBuilder();
    for (Wildcard.Piece piece : pieces) {
      String t = piece.text();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (!piece.literal() && (c == '*' || c == '?')) {
          return prefix.toString();
        }
        prefix.append(c);
      }
    }
    return prefix.toString();
  }

  /**
   * True if the ARN matches part by part. Text with fewer than six colon-separated parts never
   * matches. Allocates nothing.
   */
  public boolean matches(CharSequence arn) {
    int start = resourcePartStart(arn);
    return start >= 0 && parts[RESOURCE].matches(arn, start, arn.length());
  }

  /**
   * Matches every part but the resource part.
   *
   * @return where the ARN's resource part starts if its first five parts match, otherwise -1
   */
  int resourcePartStart(CharSequence arn) {
    if (!startsWithPrefix(arn)) {
      return -1;
    }
    int start = fixedEnd;
    for (int part = fixedParts; part < Arn.SEPARATORS; part++) {
      int colon = indexOfColon(arn, start);
      if (colon < 0 || !parts[part].matches(arn, start, colon)) {
        return -1;
      }
      start = colon + 1;
    }
    return start;
  }

  private boolean startsWithPrefix(CharSequence arn) {
    if (arn instanceof String s) {
      return s.startsWith(prefix);
    }
    if (arn.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (arn.charAt(i) != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfColon(CharSequence arn, int from) {
    if (arn instanceof String s) {
      return s.indexOf(':', from);
    }
    for (int i = from; i < arn.length(); i++) {
      if (arn.charAt(i) == ':') {
        return i;
      }
    }
    return -1;
  }

  /** The pattern as written. */
  @Override
  public String toString() {
    return text;
  }
}

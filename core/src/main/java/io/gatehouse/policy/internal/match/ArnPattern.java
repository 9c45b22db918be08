package io.gatehouse.policy.internal.match;

import java.util.ArrayList;
import java.util.List;

/**
 * An ARN pattern matched part by part, as IAM matches {@code Resource} ARNs and the {@code Arn*}
 * condition operators: pattern and ARN are both split at their first five colons, and each of the
 * six parts is globbed on its own, so a {@code *} in the region can never absorb a colon. The
 * resource part (after the fifth colon) may contain colons and is globbed whole. Case-sensitive.
 * Immutable.
 */
public final class ArnPattern {
  private static final int PARTS = Arn.SEPARATORS + 1;

  private final String text;

  /** One glob per part: "arn", partition, service, region, account, resource. */
  private final Wildcard[] parts;

  private ArnPattern(String text, Wildcard[] parts) {
    this.text = text;
    this.parts = parts;
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
   * matches. Allocates nothing.
   */
  public boolean matches(CharSequence arn) {
    int start = 0;
    int part = 0;
    for (int i = 0; i < arn.length() && part < Arn.SEPARATORS; i++) {
      if (arn.charAt(i) == ':') {
        if (!parts[part].matches(arn, start, i)) {
          return false;
        }
        part++;
        start = i + 1;
      }
    }
    return part == Arn.SEPARATORS && parts[part].matches(arn, start, arn.length());
  }

  /** The pattern as written. */
  @Override
  public String toString() {
    return text;
  }
}

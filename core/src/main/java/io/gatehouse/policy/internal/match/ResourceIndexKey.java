package io.gatehouse.policy.internal.match;

import java.util.List;

/** Finds the {@link ResourcePattern#indexKey()} of a pattern's text. */
final class ResourceIndexKey {
  private ResourceIndexKey() {}

  /**
   * The key of a pattern: its service, a colon, and its resource part up to the first {@code /} or
   * {@code :}; or null where a wildcard comes first, the service has one, or the text is not an ARN.
   *
   * @param pieces the pattern's text up to its first policy variable
   * @param complete false if a variable follows the pieces: then the resource part must reach its
   *     {@code /} or {@code :} before it
   */
  static String of(List<Wildcard.Piece> pieces, boolean complete) {
    StringBuilder text = new StringBuilder();
    StringBuilder wildcard = new StringBuilder();
    for (Wildcard.Piece piece : pieces) {
      for (int i = 0; i < piece.text().length(); i++) {
        char c = piece.text().charAt(i);
        text.append(c);
        wildcard.append(!piece.literal() && (c == '*' || c == '?') ? 'w' : '-');
      }
    }
    if (!text.toString().startsWith(Arn.PREFIX)) {
      return null;
    }
    int[] colons = new int[Arn.SEPARATORS];
    if (Arn.findSeparators(text, colons) < Arn.SEPARATORS) {
      return null;
    }
    int serviceStart = colons[1] + 1;
    int serviceEnd = colons[2];
    if (wildcard.substring(serviceStart, serviceEnd).indexOf('w') >= 0) {
      return null;
    }
    String service = text.substring(serviceStart, serviceEnd);
    int typeStart = colons[4] + 1;
    for (int i = typeStart; i < text.length(); i++) {
      if (wildcard.charAt(i) == 'w') {
        return null;
      }
      char c = text.charAt(i);
      if (c == '/' || c == ':') {
        return service + ":" + text.substring(typeStart, i);
      }
    }
    return complete ? service + ":" + text.substring(typeStart) : null;
  }
}

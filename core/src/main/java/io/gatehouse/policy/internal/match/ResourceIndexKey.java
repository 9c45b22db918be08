package io.gatehouse.policy.internal.match;

import java.util.List;

/**
 * The keys by which statements are indexed by resource: a resource ARN's service, a colon, and its
 * resource part up to the first {@code /} or {@code :} (all of it if it has neither), such as
 * {@code shop:order} for {@code arn:aws:shop:us-east-1:111122223333:order/1001}. A pattern has the
 * key of every resource it matches, if its text fixes one ({@link ResourcePattern#indexKey()}).
 */
public final class ResourceIndexKey {
  private ResourceIndexKey() {}

  /**
   * The key of a resource.
   *
   * @return the key, or the empty string (no pattern's key) if the resource is not an ARN with six
   *     parts
   */
  public static String ofResource(String resource) {
    if (!resource.startsWith(Arn.PREFIX)) {
      return "";
    }
    int serviceColon = resource.indexOf(':', Arn.PREFIX.length());
    int serviceEnd = serviceColon < 0 ? -1 : resource.indexOf(':', serviceColon + 1);
    int regionEnd = serviceEnd < 0 ? -1 : resource.indexOf(':', serviceEnd + 1);
    int accountEnd = regionEnd < 0 ? -1 : resource.indexOf(':', regionEnd + 1);
    if (accountEnd < 0) {
      return "";
    }
    int typeEnd = accountEnd + 1;
    while (typeEnd < resource.length()
        && resource.charAt(typeEnd) != '/'
        && resource.charAt(typeEnd) != ':') {
      typeEnd++;
    }
    int serviceLength = serviceEnd + 1 - (serviceColon + 1);
    return new StringBuilder(serviceLength + typeEnd - (accountEnd + 1))
        .append(resource, serviceColon + 1, serviceEnd + 1)
        .append(resource, accountEnd + 1, typeEnd)
        .toString();
  }

  /**
   * The key of a pattern: its service, a colon, and its resource part up to the first {@code /} or
   * {@code :}; or null where a wildcard comes first, the service has one, or the text is not an ARN.
   *
   * @param pieces the pattern's text up to its first policy variable
   * @param complete false if a variable follows the pieces: then the resource part must reach its
   *     {@code /} or {@code :} before it
   */
  static String ofPattern(List<Wildcard.Piece> pieces, boolean complete) {
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

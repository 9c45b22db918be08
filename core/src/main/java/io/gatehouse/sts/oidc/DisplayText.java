package io.gatehouse.sts.oidc;

/**
 * Values taken from a token or key set, made safe to put in a message: quoted, at most 64
 * characters, control and non-ASCII characters replaced, so that a message cannot be used to forge
 * log lines or carry a whole token.
 */
final class DisplayText {
  private static final int MAX_CHARS = 64;

  private DisplayText() {}

  static String quote(String value) {
    StringBuilder b = new StringBuilder(Math.min(value.length(), MAX_CHARS) + 5).append('"');
    for (int i = 0; i < value.length() && i < MAX_CHARS; i++) {
      char c = value.charAt(i);
      b.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '?');
    }
    if (value.length() > MAX_CHARS) {
      b.append("...");
    }
    return b.append('"').toString();
  }
}

package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.SourceLocation;
import java.util.Objects;

/**
 * A string, number, boolean or null, with its literal text: numbers and booleans are never
 * converted, so {@code 1.50} stays {@code "1.50"} and a YAML {@code 2012-10-17} stays a string.
 *
 * @param location where the scalar starts
 * @param kind what the scalar was in the text
 * @param text the literal text (the unescaped content for strings; {@code "null"} for JSON null)
 */
public record LocatedScalar(SourceLocation location, ScalarKind kind, String text)
    implements LocatedNode {
  private static final int MAX_QUOTED = 80;

  /** Creates a scalar. */
  public LocatedScalar {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** True if the scalar is a string. */
  public boolean isString() {
    return kind == ScalarKind.STRING;
  }

  @Override
  public String describe() {
    return switch (kind) {
      case STRING -> quote(text);
      case NUMBER -> "number " + text;
      case BOOLEAN -> "boolean " + text;
      case NULL -> "null";
    };
  }

  /**
   * A string as messages show it: in double quotes, with quotes, backslashes and control characters
   * escaped, and cut short when long, so a message stays on one readable line.
   */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(Math.min(s.length(), MAX_QUOTED) + 8).append('"');
    int end = Math.min(s.length(), MAX_QUOTED);
    if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    if (end < s.length()) {
      b.append("...");
    }
    return b.append('"').toString();
  }
}

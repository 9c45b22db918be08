package io.gatehouse.policy.internal.parse;

import java.util.Locale;

/** The text formats documents are read from. */
public enum DocumentFormat {
  /** Strict JSON, as AWS reads policies. */
  JSON,
  /** YAML with the same keys and structure as the JSON form. */
  YAML;

  /**
   * The format of a document: by the source name's extension ({@code .json}, {@code .yaml}, {@code
   * .yml}, in any case), otherwise JSON when the first non-blank character is an opening brace,
   * otherwise YAML.
   */
  public static DocumentFormat of(String sourceName, String text) {
    String name = sourceName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    if (name.endsWith(".json")) {
      return JSON;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }
}

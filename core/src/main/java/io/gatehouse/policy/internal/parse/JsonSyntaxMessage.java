package io.gatehouse.policy.internal.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns jackson-core's parse errors into short messages in the reader's own words, e.g. {@code
 * Unexpected character ('"' (code 34)): was expecting comma to separate Object entries} into {@code
 * expected ',' or '}', found '"'}. The location is reported separately, so Jackson's {@code
 * [Source: ...]} parts are dropped.
 */
final class JsonSyntaxMessage {
  private static final Pattern UNEXPECTED_CHAR =
      Pattern.compile("Unexpected character \\(.*?\\(code (\\d+)[^)]*\\)\\): (.*)", Pattern.DOTALL);
  private static final Pattern NUMBER_CHAR =
      Pattern.compile(
          "Unexpected character \\(.*?\\(code (\\d+)[^)]*\\)\\) in numeric value: (.*)",
          Pattern.DOTALL);
  private static final Pattern CONTROL_CHAR =
      Pattern.compile(
          "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
  private static final Pattern BAD_TOKEN =
      Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'.*", Pattern.DOTALL);
  private static final Pattern CLOSE_MARKER =
      Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*", Pattern.DOTALL);
  private static final Pattern SOURCE_NOISE =
      Pattern.compile(
          "\\s*\\(?(?:(?:start marker |for \\w+ starting )?at )?\\[Source: [^\\]]*\\]\\)?");
  private static final Pattern CODE_NOISE = Pattern.compile(" \\(code \\d+[^)]*\\)");

  private JsonSyntaxMessage() {}

  /**
   * The message for a parse error.
   *
   * @param jacksonMessage Jackson's message without location ({@code getOriginalMessage()})
   * @param text the document
   * @param offset the character offset of the error in {@code text}, or -1 if unknown
   */
  static String of(String jacksonMessage, String text, long offset) {
    String m = jacksonMessage == null ? "" : jacksonMessage.trim();
    Matcher uc = UNEXPECTED_CHAR.matcher(m);
    if (uc.matches()) {
      int code = Integer.parseInt(uc.group(1));
      return unexpectedChar(code, uc.group(2), afterComma(text, offset));
    }
    Matcher nc = NUMBER_CHAR.matcher(m);
    if (nc.matches()) {
      return "invalid number: "
          + lowerFirst(nc.group(2).replaceFirst(", for valid numeric value$", ""))
          + ", found "
          + describeChar(Integer.parseInt(nc.group(1)));
    }
    Matcher cc = CONTROL_CHAR.matcher(m);
    if (cc.matches()) {
      return "control character "
          + describeChar(Integer.parseInt(cc.group(1)))
          + " must be escaped in a string";
    }
    Matcher bt = BAD_TOKEN.matcher(m);
    if (bt.matches()) {
      return "expected a value, found " + LocatedScalar.quote(bt.group(1));
    }
    Matcher cm = CLOSE_MARKER.matcher(m);
    if (cm.matches()) {
      return "expected '" + cm.group(2) + "', found '" + cm.group(1) + "'";
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return endOfInput(m);
    }
    if (m.startsWith("Invalid numeric value: ")) {
      return "invalid number: "
          + lowerFirst(m.substring("Invalid numeric value: ".length()))
              .replace("zeroes not allowed", "zeroes are not allowed");
    }
    return lowerFirst(CODE_NOISE.matcher(SOURCE_NOISE.matcher(m).replaceAll("")).replaceAll(""));
  }

  /**
   * How many characters before Jackson's error location the offending element starts. Jackson
   * places some errors (a non-standard token such as {@code NaN}) after the token rather than at
   * its start; problems point at the start.
   */
  static int startBeforeError(String jacksonMessage, String text, long offset) {
    Matcher bt = BAD_TOKEN.matcher(jacksonMessage == null ? "" : jacksonMessage.trim());
    if (!bt.matches() || text == null || offset > text.length()) {
      return 0;
    }
    String token = bt.group(1);
    long start = offset - token.length();
    return start >= 0 && text.startsWith(token, (int) start) ? token.length() : 0;
  }

  private static String unexpectedChar(int code, String expectation, boolean afterComma) {
    String found = describeChar(code);
    String trailingComma = afterComma ? " (trailing commas are not allowed)" : "";
    if (expectation.startsWith("was expecting comma to separate Object")) {
      return "expected ',' or '}', found " + found;
    }
    if (expectation.startsWith("was expecting comma to separate Array")) {
      return "expected ',' or ']', found " + found;
    }
    if (expectation.startsWith("was expecting double-quote to start field name")) {
      return "expected a key in double quotes, found " + found + trailingComma;
    }
    if (expectation.startsWith("was expecting a colon")) {
      return "expected ':', found " + found;
    }
    if (expectation.startsWith("expected a valid value")) {
      return "expected a value, found " + found + trailingComma;
    }
    if (expectation.startsWith("maybe a (non-standard) comment")) {
      return "comments are not allowed in JSON";
    }
    return lowerFirst(SOURCE_NOISE.matcher(expectation).replaceAll("")) + ", found " + found;
  }

  private static String endOfInput(String m) {
    if (m.contains("close marker for Object")) {
      return "unexpected end of document; expected '}'";
    }
    if (m.contains("close marker for Array")) {
      return "unexpected end of document; expected ']'";
    }
    if (m.contains("closing quote")) {
      return "unexpected end of document inside a string";
    }
    return "unexpected end of document";
  }

  /** True if the last non-blank character before {@code offset} is a comma. */
  private static boolean afterComma(String text, long offset) {
    if (text == null || offset <= 0 || offset > text.length()) {
      return false;
    }
    for (int i = (int) offset - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == ',';
      }
    }
    return false;
  }

  static String describeChar(int code) {
    if (code < 0x20 || code == 0x7f || code == 0xfeff || Character.isWhitespace(code)) {
      return String.format("U+%04X", code);
    }
    return code == '\'' ? "\"'\"" : "'" + new String(Character.toChars(code)) + "'";
  }

  private static String lowerFirst(String s) {
    if (s.isEmpty() || s.length() > 1 && Character.isUpperCase(s.charAt(1))) {
      return s;
    }
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}

package io.gatehouse.policy.internal.variables;

import io.gatehouse.RequestContext;
import io.gatehouse.policy.internal.variables.TemplateSegment.Escaped;
import io.gatehouse.policy.internal.variables.TemplateSegment.PolicyText;
import io.gatehouse.policy.internal.variables.TemplateSegment.Variable;
import java.util.ArrayList;
import java.util.List;

/**
 * Policy text with {@code ${...}} policy variables, compiled once and resolved per request.
 * Immutable.
 *
 * <p>The forms are those AWS documents for policy language version 2012-10-17:
 *
 * <ul>
 *   <li>{@code ${aws:username}}: the value of any context key, looked up case-insensitively;
 *   <li>{@code ${aws:PrincipalTag/team, 'none'}}: with a default value in single quotes, used
 *       when the key has no single value; spaces around the key and the quoted default are
 *       ignored;
 *   <li>{@code ${*}}, {@code ${?}}, {@code ${$}}: the literal characters {@code *}, {@code ?} and
 *       {@code $}.
 * </ul>
 *
 * <p>A {@code $} that is not followed by {@code {} is ordinary text. Documents of version
 * 2008-10-17 have no variables; callers then treat the text as it is and never build a template.
 */
public final class VariableTemplate {
  private static final String OPEN = "${";

  private final String text;
  private final List<TemplateSegment> segments;
  private final boolean hasVariables;

  private VariableTemplate(String text, List<TemplateSegment> segments) {
    this.text = text;
    this.segments = List.copyOf(segments);
    this.hasVariables = segments.stream().anyMatch(s -> s instanceof Variable);
  }

  /** True if the text has a {@code ${} and so needs a template when variables are enabled. */
  public static boolean mayContainVariables(String text) {
    return text.contains(OPEN);
  }

  /**
   * Compiles text.
   *
   * @throws IllegalArgumentException with the problem (see {@link #check}) if the syntax is bad
   */
  public static VariableTemplate parse(String text) {
    List<TemplateSegment> segments = new ArrayList<>();
    String problem = parseInto(text, segments);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    return new VariableTemplate(text, segments);
  }

  /**
   * Checks the syntax of text with policy variables.
   *
   * @return null if it is valid, otherwise the problem, e.g. {@code unterminated policy variable
   *     "${aws:username" (missing "}")}
   */
  public static String check(String text) {
    return parseInto(text, new ArrayList<>());
  }

  private static String parseInto(String text, List<TemplateSegment> out) {
    StringBuilder plain = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf(OPEN, i);
      if (open < 0) {
        plain.append(text, i, text.length());
        break;
      }
      plain.append(text, i, open);
      int close = text.indexOf('}', open + OPEN.length());
      if (close < 0) {
        return "unterminated policy variable \"" + text.substring(open) + "\" (missing \"}\")";
      }
      int nested = text.indexOf(OPEN, open + OPEN.length());
      if (nested >= 0 && nested < close) {
        return "unterminated policy variable \""
            + text.substring(open, nested)
            + "\" (missing \"}\")";
      }
      String body = text.substring(open + OPEN.length(), close);
      if (body.equals("*") || body.equals("?") || body.equals("$")) {
        flush(plain, out);
        out.add(new Escaped(body));
        i = close + 1;
        continue;
      }
      int comma = body.indexOf(',');
      String key = (comma < 0 ? body : body.substring(0, comma)).strip();
      if (key.isEmpty()) {
        return "empty policy variable name in \"" + text.substring(open, close + 1) + "\"";
      }
      String badKey = checkKey(key, text.substring(open, close + 1));
      if (badKey != null) {
        return badKey;
      }
      String defaultValue = null;
      if (comma >= 0) {
        int quoteOpen = skipSpaces(text, open + OPEN.length() + comma + 1);
        int quoteClose =
            quoteOpen < text.length() && text.charAt(quoteOpen) == '\''
                ? text.indexOf('\'', quoteOpen + 1)
                : -1;
        int end = quoteClose < 0 ? -1 : skipSpaces(text, quoteClose + 1);
        if (end < 0 || end >= text.length() || text.charAt(end) != '}') {
          int shown = text.indexOf('}', quoteClose < 0 ? open : quoteClose);
          String variable = text.substring(open, shown < 0 ? text.length() : shown + 1);
          return "bad default value in policy variable \""
              + variable
              + "\": expected a comma and the default value in single quotes, e.g. \"${"
              + key
              + ", 'default'}\"";
        }
        defaultValue = text.substring(quoteOpen + 1, quoteClose);
        close = end;
      }
      flush(plain, out);
      out.add(new Variable(key, defaultValue));
      i = close + 1;
    }
    flush(plain, out);
    return null;
  }

  private static String checkKey(String key, String variable) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == '$' || c == '{' || c == '\'') {
        return "invalid policy variable name \""
            + key
            + "\" in \""
            + variable
            + "\": it must not contain '"
            + c
            + "'";
      }
    }
    return null;
  }

  private static int skipSpaces(String text, int i) {
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static void flush(StringBuilder plain, List<TemplateSegment> out) {
    if (plain.length() > 0) {
      out.add(new PolicyText(plain.toString()));
      plain.setLength(0);
    }
  }

  /** The text as written in the policy. */
  public String text() {
    return text;
  }

  /** The segments in order; adjacent policy text is merged into one segment. */
  public List<TemplateSegment> segments() {
    return segments;
  }

  /**
   * True if the template has at least one variable; false if it has only text and escapes, in which
   * case it resolves the same for every request.
   */
  public boolean hasVariables() {
    return hasVariables;
  }

  /**
   * The text with every variable and escape replaced by its value, for operators without wildcards
   * (e.g. {@code StringEquals}).
   *
   * @return the text, or null if a variable cannot be resolved for this request
   */
  public String resolve(RequestContext context) {
    StringBuilder out = new StringBuilder(text.length());
    for (TemplateSegment segment : segments) {
      String part;
      if (segment instanceof Variable v) {
        part = v.resolve(context);
      } else if (segment instanceof Escaped e) {
        part = e.text();
      } else {
        part = ((PolicyText) segment).text();
      }
      if (part == null) {
        return null;
      }
      out.append(part);
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }
}

package io.gatehouse.docs;

import java.util.Map;

/**
 * A fenced code block of a documentation page that carries a marker in its info string, e.g.
 * {@code ```json policy name=office-hours} or {@code ```yaml gatehouse-check}.
 *
 * @param page the page's file name, e.g. {@code policies.md}
 * @param line the 1-based line of the block's first content line
 * @param language the info string's first word ({@code json}, {@code yaml})
 * @param kind the marker: {@code policy}, {@code account} or {@code gatehouse-check}
 * @param attributes the {@code key=value} words after the marker
 * @param text the block's content
 */
record MarkedBlock(
    String page, int line, String language, String kind, Map<String, String> attributes, String text) {

  static final String POLICY = "policy";
  static final String ACCOUNT = "account";
  static final String CHECK = "gatehouse-check";

  /** The block's {@code name=} attribute, or null. */
  String name() {
    return attributes.get("name");
  }

  /** Where a line of the block is, as {@code page:line}; {@code offset} is 0 for its first line. */
  String at(int offset) {
    return page + ":" + (line + offset);
  }
}

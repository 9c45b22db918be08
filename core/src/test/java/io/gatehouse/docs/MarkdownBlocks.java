package io.gatehouse.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the marked fenced code blocks of a Markdown page. */
final class MarkdownBlocks {
  private static final Set<String> KINDS =
      Set.of(MarkedBlock.POLICY, MarkedBlock.ACCOUNT, MarkedBlock.CHECK);

  private MarkdownBlocks() {}

  /**
   * The blocks whose info string carries a marker, in page order. A marker word that is not known
   * (a misspelt {@code polcy}) is not guessed at: such blocks are ordinary code.
   *
   * @throws IllegalArgumentException naming page and line for a block that is never closed
   */
  static List<MarkedBlock> read(String page, String markdown) {
    List<MarkedBlock> blocks = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String open = lines[i].strip();
      if (!open.startsWith("```")) {
        continue;
      }
      int start = i + 1;
      int end = start;
      while (end < lines.length && !lines[end].strip().equals("```")) {
        end++;
      }
      if (end == lines.length) {
        throw new IllegalArgumentException(page + ":" + (i + 1) + ": code block is never closed");
      }
      MarkedBlock block = marked(page, start + 1, open.substring(3).strip(), lines, start, end);
      if (block != null) {
        blocks.add(block);
      }
      i = end;
    }
    return blocks;
  }

  private static MarkedBlock marked(
      String page, int line, String info, String[] lines, int start, int end) {
    String[] words = info.isEmpty() ? new String[0] : info.split("\\s+");
    String kind = null;
    String language = words.length > 0 ? words[0] : "";
    Map<String, String> attributes = new LinkedHashMap<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      if (eq > 0) {
        attributes.put(word.substring(0, eq), word.substring(eq + 1));
      } else if (KINDS.contains(word)) {
        kind = word;
      }
    }
    if (kind == null) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    for (int k = start; k < end; k++) {
      text.append(lines[k]).append('\n');
    }
    return new MarkedBlock(page, line, language, kind, Map.copyOf(attributes), text.toString());
  }
}

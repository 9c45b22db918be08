package io.gatehouse.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns left-aligned, two spaces apart, the last one unpadded. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  /** A table with these column headings. */
  TextTable(String... headings) {
    rows.add(headings);
  }

  /** Adds a row: one cell per heading. */
  void add(String... cells) {
    rows.add(cells);
  }

  /** Prints the headings and the rows. */
  void print(PrintWriter out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder line = new StringBuilder();
    for (String[] row : rows) {
      line.setLength(0);
      for (int i = 0; i < columns; i++) {
        line.append(row[i]);
        if (i < columns - 1) {
          line.append(" ".repeat(widths[i] - row[i].length() + 2));
        }
      }
      out.println(line);
    }
  }
}

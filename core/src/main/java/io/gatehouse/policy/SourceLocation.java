package io.gatehouse.policy;

/**
 * Where an element of a document was read from.
 *
 * @param source the file name or other name of the document
 * @param line 1-based line, 0 when unknown (e.g. a document built in code)
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(String source, int line, int column) {
  /** A location for documents that were not read from text. */
  public static SourceLocation unknown(String source) {
    return new SourceLocation(source, 0, 0);
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }
}

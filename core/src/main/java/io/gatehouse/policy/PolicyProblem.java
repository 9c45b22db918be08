package io.gatehouse.policy;

import java.util.Objects;

/**
 * One problem found in a policy or account document: where it is and what is wrong.
 *
 * <p>{@link #toString()} gives the one-line form users see, e.g. {@code orders.yaml:12:7:
 * Statement[1].Effect: expected "Allow" or "Deny", found "Alow"}.
 *
 * @param source the file name or other name of the document
 * @param line 1-based line of the offending element, 0 if unknown
 * @param column 1-based column of the offending element, 0 if unknown
 * @param path the path inside the document, e.g. {@code Statement[1].Effect}; empty for the whole
 *     document
 * @param message what was expected and what was found
 */
public record PolicyProblem(String source, int line, int column, String path, String message) {

  /** Creates a problem; {@code source}, {@code path} and {@code message} must not be null. */
  public PolicyProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line).append(':').append(column);
    }
    b.append(": ");
    if (!path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(message).toString();
  }
}

package io.gatehouse.policy.internal.parse;

/** What a scalar was in the text; its literal text is kept whatever the kind. */
public enum ScalarKind {
  /** A JSON string, or a YAML scalar that is quoted, a plain string, or a date. */
  STRING,
  /** A JSON number, or a plain YAML scalar that resolves to an integer or a float. */
  NUMBER,
  /** {@code true} or {@code false} in JSON; a plain YAML boolean such as {@code true}. */
  BOOLEAN,
  /** {@code null} in JSON; {@code ~}, {@code null} or an empty value in YAML. */
  NULL
}

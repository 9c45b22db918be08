package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.SourceLocation;

/**
 * One element of a document read from JSON or YAML, with where it starts in the text. The tree is
 * immutable and keeps object entries in document order.
 */
public sealed interface LocatedNode permits LocatedObject, LocatedArray, LocatedScalar {

  /** Where the element starts: its first character, 1-based line and column. */
  SourceLocation location();

  /**
   * How problem messages name the element after "found", e.g. {@code "Alow"}, {@code number 12},
   * {@code an object}.
   */
  String describe();
}

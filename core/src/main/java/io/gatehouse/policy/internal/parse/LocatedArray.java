package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A JSON array or YAML sequence.
 *
 * @param location where the array starts
 * @param elements the elements in document order
 */
public record LocatedArray(SourceLocation location, List<LocatedNode> elements)
    implements LocatedNode {

  /** Creates an array; the element list is copied. */
  public LocatedArray {
    Objects.requireNonNull(location, "location");
    elements = List.copyOf(elements);
  }

  @Override
  public String describe() {
    return "an array";
  }
}

package io.gatehouse.policy.internal.parse;

import java.util.Objects;

/**
 * Where an element stands inside a document, as problems show it: keys joined with {@code .}, array
 * indexes in brackets, e.g. {@code Statement[1].Condition.StringEquals.aws:username}. Immutable; a
 * child path shares its parent, so building one per element is cheap.
 */
public final class NodePath {
  private static final NodePath ROOT = new NodePath(null, null, -1);

  private final NodePath parent;
  private final String key;
  private final int index;

  private NodePath(NodePath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** The path of the document itself, shown as the empty string. */
  public static NodePath root() {
    return ROOT;
  }

  /** The path of this element's entry {@code key}. */
  public NodePath key(String key) {
    return new NodePath(this, Objects.requireNonNull(key, "key"), -1);
  }

  /** The path of this element's array element {@code index} (0-based). */
  public NodePath index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative index " + index);
    }
    return new NodePath(this, null, index);
  }

  /** True for the path of the document itself. */
  public boolean isRoot() {
    return parent == null;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    appendTo(b);
    return b.toString();
  }

  private void appendTo(StringBuilder b) {
    if (parent == null) {
      return;
    }
    parent.appendTo(b);
    if (key == null) {
      b.append('[').append(index).append(']');
    } else {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(key);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NodePath p && p.toString().equals(toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}

package io.gatehouse.policy.internal.parse;

import io.gatehouse.policy.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A JSON object or YAML mapping. Keys are unique: readers report a repeated key as a problem and
 * keep its first occurrence.
 *
 * @param location where the object starts
 * @param entries the entries in document order
 */
public record LocatedObject(SourceLocation location, List<Entry> entries) implements LocatedNode {

  /** Creates an object; the entry list is copied. */
  public LocatedObject {
    Objects.requireNonNull(location, "location");
    entries = List.copyOf(entries);
  }

  /** The entry with exactly this key (keys are case-sensitive), or null. */
  public Entry entry(String key) {
    for (Entry e : entries) {
      if (e.key().equals(key)) {
        return e;
      }
    }
    return null;
  }

  /** The value of the entry with exactly this key, or null. */
  public LocatedNode get(String key) {
    Entry e = entry(key);
    return e == null ? null : e.value();
  }

  @Override
  public String describe() {
    return "an object";
  }

  /**
   * One key and its value.
   *
   * @param key the key's text
   * @param keyLocation where the key starts
   * @param value the value
   */
  public record Entry(String key, SourceLocation keyLocation, LocatedNode value) {

    /** Creates an entry. */
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(keyLocation, "keyLocation");
      Objects.requireNonNull(value, "value");
    }
  }
}

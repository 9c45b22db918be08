package io.gatehouse;

import io.gatehouse.policy.internal.condition.ContextValues;
import io.gatehouse.policy.internal.variables.ContextKeyNames;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The condition keys of one request and their values, e.g. {@code aws:SourceIp} or {@code
 * shop:Amount}. Immutable.
 *
 * <p>Keys are matched case-insensitively, as AWS does; values keep their case. A key is either
 * single-valued (one string) or multivalued (a list, possibly empty, used with {@code
 * ForAllValues:} and {@code ForAnyValue:}). A key that was never put is absent, which is what
 * {@code Null} and the {@code ...IfExists} operators test.
 */
public final class RequestContext {
  private static final RequestContext EMPTY = new RequestContext(ContextKeyTable.EMPTY);

  private final ContextKeyTable table;

  private RequestContext(ContextKeyTable table) {
    this.table = table;
  }

  /** A context with no keys. */
  public static RequestContext empty() {
    return EMPTY;
  }

  /** A builder for a new context. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with every key of this context. */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (int i = 0; i < table.size(); i++) {
      b.append(table.key(i), table.name(i), table.values(i));
    }
    return b;
  }

  /**
   * A builder that starts with the keys of this context but those {@code drop} accepts, with room
   * for {@code more} keys; the values are shared, not copied (they are immutable).
   *
   * @param drop tests a key's name lower-cased with {@link Locale#ROOT}
   * @param more how many keys are likely to be put next
   */
  public Builder toBuilderWithout(Predicate<String> drop, int more) {
    Builder b = new Builder(table.size() + Math.max(0, more));
    for (int i = 0; i < table.size(); i++) {
      if (!drop.test(table.key(i))) {
        b.append(table.key(i), table.name(i), table.values(i));
      }
    }
    return b;
  }

  /**
   * The values of a key, or null if the key is absent. A single-valued key gives a list of one.
   *
   * @param key the key in any case
   */
  public List<String> values(String key) {
    return table.get(key.toLowerCase(Locale.ROOT));
  }

  /**
   * As {@link #values(String)} for a key already lower-cased with {@link Locale#ROOT}; the fast
   * path used by compiled policies.
   */
  public List<String> valuesOfLowerCaseKey(String lowerCaseKey) {
    return table.get(lowerCaseKey);
  }

  /** The single value of a key, or null if it is absent or has not exactly one value. */
  public String value(String key) {
    List<String> v = values(key);
    return v != null && v.size() == 1 ? v.get(0) : null;
  }

  /** True if the key is present (with any number of values). */
  public boolean contains(String key) {
    return values(key) != null;
  }

  /** The keys as they were given, in insertion order. */
  public Set<String> keys() {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i < table.size(); i++) {
      out.add(table.name(i));
    }
    return Collections.unmodifiableSet(out);
  }

  /** Every key as given, with its values, in insertion order. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (int i = 0; i < table.size(); i++) {
      out.put(table.name(i), table.values(i));
    }
    return Collections.unmodifiableMap(out);
  }

  /** True if the context has no keys. */
  public boolean isEmpty() {
    return table.size() == 0;
  }

  /** Equal contexts have the same keys (ignoring case) with equal values, in any order. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RequestContext c) || c.table.size() != table.size()) {
      return false;
    }
    for (int i = 0; i < table.size(); i++) {
      if (!table.values(i).equals(c.table.get(table.key(i)))) {
        return false;
      }
    }
    return true;
  }

  /** As a map of lower-cased keys to values would hash. */
  @Override
  public int hashCode() {
    int h = 0;
    for (int i = 0; i < table.size(); i++) {
      h += table.key(i).hashCode() ^ table.values(i).hashCode();
    }
    return h;
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /**
   * Builds a {@link RequestContext}. A later put of the same key (in any case) replaces it.
   *
   * <p>{@link #build()} hands its entries to the context instead of copying them, and the builder
   * copies them only if it is changed again, so that the usual build-once use copies nothing.
   */
  public static final class Builder {
    private static final int STRIDE = ContextKeyTable.STRIDE;

    private Object[] entries;
    private int size;

    /** True while {@link #entries} belongs to a built context too. */
    private boolean shared;

    private Builder() {
      this(8);
    }

    private Builder(int capacity) {
      entries = new Object[Math.max(1, capacity) * STRIDE];
    }

    /** Puts a single-valued key. */
    public Builder put(String key, String value) {
      Objects.requireNonNull(value, "value");
      return putValues(key, ContextValues.of(value));
    }

    /** Puts a multivalued key; the list may be empty (present, with no values). */
    public Builder putAll(String key, List<String> keyValues) {
      Objects.requireNonNull(key, "key");
      return putValues(key, ContextValues.copyOf(keyValues));
    }

    private Builder putValues(String key, List<String> copy) {
      String lower = ContextKeyNames.lowerCase(Objects.requireNonNull(key, "key"));
      // A replaced key moves to the end of the insertion order.
      removeAt(indexOf(lower));
      append(lower, key, copy);
      return this;
    }

    /**
     * Puts every key of another context, replacing keys of the same name (case-insensitively) in
     * this builder, in that context's order. The other context's values are shared, not copied.
     *
     * @return this builder
     */
    public Builder putAll(RequestContext other) {
      ContextKeyTable t = other.table;
      if (disjointFrom(t)) {
        // No key to replace: the other's entries are appended as they are.
        own(Math.max(entries.length, (size + t.size()) * STRIDE));
        for (int i = 0; i < t.size(); i++) {
          entries[size * STRIDE] = t.key(i);
          entries[size * STRIDE + 1] = t.name(i);
          entries[size * STRIDE + 2] = t.values(i);
          size++;
        }
        return this;
      }
      for (int i = 0; i < t.size(); i++) {
        String lower = t.key(i);
        removeAt(indexOf(lower));
        append(lower, t.name(i), t.values(i));
      }
      return this;
    }

    /** Puts the key only if it is not present yet. */
    public Builder putIfAbsent(String key, String value) {
      if (indexOf(key.toLowerCase(Locale.ROOT)) < 0) {
        put(key, value);
      }
      return this;
    }

    /** Removes a key. */
    public Builder remove(String key) {
      removeAt(indexOf(key.toLowerCase(Locale.ROOT)));
      return this;
    }

    /** True if no key of this builder is in the table. */
    private boolean disjointFrom(ContextKeyTable t) {
      for (int i = 0; i < size; i++) {
        if (t.get((String) entries[i * STRIDE]) != null) {
          return false;
        }
      }
      return true;
    }

    private int indexOf(String lower) {
      for (int i = 0; i < size; i++) {
        Object key = entries[i * STRIDE];
        if (key == lower || key.equals(lower)) {
          return i;
        }
      }
      return -1;
    }

    private void removeAt(int i) {
      if (i < 0) {
        return;
      }
      own(entries.length);
      System.arraycopy(entries, (i + 1) * STRIDE, entries, i * STRIDE, (size - i - 1) * STRIDE);
      size--;
      Arrays.fill(entries, size * STRIDE, (size + 1) * STRIDE, null);
    }

    private void append(String lower, String name, List<String> keyValues) {
      own(size * STRIDE == entries.length ? entries.length * 2 : entries.length);
      entries[size * STRIDE] = lower;
      entries[size * STRIDE + 1] = name;
      entries[size * STRIDE + 2] = keyValues;
      size++;
    }

    /** Makes {@link #entries} this builder's own, of the given length, before it is changed. */
    private void own(int length) {
      if (shared || length != entries.length) {
        entries = Arrays.copyOf(entries, length);
        shared = false;
      }
    }

    /** Builds the immutable context. */
    public RequestContext build() {
      if (size == 0) {
        return EMPTY;
      }
      shared = true;
      return new RequestContext(new ContextKeyTable(entries, size));
    }
  }
}

package io.gatehouse;

import io.gatehouse.policy.internal.condition.ContextValues;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
  private static final RequestContext EMPTY =
      new RequestContext(new HashMap<>(), new LinkedHashMap<>());

  /**
   * Lower-cased key to values. A plain {@link HashMap} (never changed once the context is built):
   * policies look keys up on every decision, and its lookup is cheaper than that of {@link
   * Map#copyOf}'s maps.
   */
  private final HashMap<String, List<String>> values;

  /** Lower-cased key to the key as it was given, in insertion order, for display. */
  private final LinkedHashMap<String, String> names;

  private RequestContext(HashMap<String, List<String>> values, LinkedHashMap<String, String> names) {
    this.values = values;
    this.names = names;
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
    return new Builder(values, names);
  }

  /**
   * The values of a key, or null if the key is absent. A single-valued key gives a list of one.
   *
   * @param key the key in any case
   */
  public List<String> values(String key) {
    return values.get(key.toLowerCase(Locale.ROOT));
  }

  /**
   * As {@link #values(String)} for a key already lower-cased with {@link Locale#ROOT}; the fast
   * path used by compiled policies.
   */
  public List<String> valuesOfLowerCaseKey(String lowerCaseKey) {
    return values.get(lowerCaseKey);
  }

  /** The single value of a key, or null if it is absent or has not exactly one value. */
  public String value(String key) {
    List<String> v = values(key);
    return v != null && v.size() == 1 ? v.get(0) : null;
  }

  /** True if the key is present (with any number of values). */
  public boolean contains(String key) {
    return values.containsKey(key.toLowerCase(Locale.ROOT));
  }

  /** The keys as they were given, in insertion order. */
  public Set<String> keys() {
    return Collections.unmodifiableSet(new java.util.LinkedHashSet<>(names.values()));
  }

  /** Every key as given, with its values, in insertion order. */
  public Map<String, List<String>> asMap() {
    Map<String, List<String>> out = new LinkedHashMap<>();
    names.forEach((lower, name) -> out.put(name, values.get(lower)));
    return Collections.unmodifiableMap(out);
  }

  /** True if the context has no keys. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestContext c && c.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }

  /**
   * Builds a {@link RequestContext}. A later put of the same key (in any case) replaces it.
   *
   * <p>{@link #build()} hands its maps to the context instead of copying them, and the builder
   * copies them before it changes them again, so that the usual build-once use copies nothing.
   */
  public static final class Builder {
    private HashMap<String, List<String>> values;
    private LinkedHashMap<String, String> names;

    /** True while {@link #values} and {@link #names} belong to a built context too. */
    private boolean shared;

    private Builder() {
      this.values = new HashMap<>();
      this.names = new LinkedHashMap<>();
    }

    private Builder(HashMap<String, List<String>> values, LinkedHashMap<String, String> names) {
      this.values = values;
      this.names = names;
      this.shared = true;
    }

    private void own() {
      if (shared) {
        values = new HashMap<>(values);
        names = new LinkedHashMap<>(names);
        shared = false;
      }
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
      String lower = Objects.requireNonNull(key, "key").toLowerCase(Locale.ROOT);
      own();
      values.put(lower, copy);
      if (names.put(lower, key) != null) {
        // A replaced key moves to the end of the insertion order.
        names.remove(lower);
        names.put(lower, key);
      }
      return this;
    }

    /** Puts the key only if it is not present yet. */
    public Builder putIfAbsent(String key, String value) {
      if (!values.containsKey(key.toLowerCase(Locale.ROOT))) {
        put(key, value);
      }
      return this;
    }

    /** Removes a key. */
    public Builder remove(String key) {
      String lower = key.toLowerCase(Locale.ROOT);
      own();
      values.remove(lower);
      names.remove(lower);
      return this;
    }

    /** Builds the immutable context. */
    public RequestContext build() {
      if (values.isEmpty()) {
        return EMPTY;
      }
      shared = true;
      return new RequestContext(values, names);
    }
  }
}

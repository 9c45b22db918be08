package io.gatehouse.policy.internal.match;

import java.util.Map;

/**
 * An immutable map from resource-type keys ({@link ResourcePattern#indexKey()}, such as {@code
 * shop:order}) to values, looked up with a request's resource ARN directly: the key is read from
 * the ARN's service part and the beginning of its resource part in place, so a lookup allocates
 * nothing. Thread-safe.
 *
 * @param <V> the values
 */
public final class ResourceTypeTable<V> {
  private final String[] keys;
  private final Object[] values;
  private final int mask;

  /** A table holding every entry of {@code entries}. */
  public ResourceTypeTable(Map<String, V> entries) {
    int capacity = Integer.highestOneBit(Math.max(1, entries.size()) * 2 - 1) * 2;
    keys = new String[capacity];
    values = new Object[capacity];
    mask = capacity - 1;
    for (Map.Entry<String, V> e : entries.entrySet()) {
      int i = spread(e.getKey().hashCode()) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = e.getKey();
      values[i] = e.getValue();
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * The value for the resource's key, or null if the resource is not an ARN with six parts or no
   * entry has its key. The key is the ARN's service, a colon, and its resource part up to the first
   * {@code /} or {@code :} (all of it if it has neither).
   */
  @SuppressWarnings("unchecked")
  public V get(String resource) {
    if (!resource.startsWith(Arn.PREFIX)) {
      return null;
    }
    int serviceColon = resource.indexOf(':', Arn.PREFIX.length());
    int serviceEnd = serviceColon < 0 ? -1 : resource.indexOf(':', serviceColon + 1);
    int regionEnd = serviceEnd < 0 ? -1 : resource.indexOf(':', serviceEnd + 1);
    int accountEnd = regionEnd < 0 ? -1 : resource.indexOf(':', regionEnd + 1);
    if (accountEnd < 0) {
      return null;
    }
    int serviceStart = serviceColon + 1;
    int typeStart = accountEnd + 1;
    int typeEnd = typeStart;
    int h = 0;
    for (int i = serviceStart; i < serviceEnd; i++) {
      h = 31 * h + resource.charAt(i);
    }
    h = 31 * h + ':';
    for (; typeEnd < resource.length(); typeEnd++) {
      char c = resource.charAt(typeEnd);
      if (c == '/' || c == ':') {
        break;
      }
      h = 31 * h + c;
    }
    int serviceLength = serviceEnd - serviceStart;
    int typeLength = typeEnd - typeStart;
    for (int i = spread(h) & mask; keys[i] != null; i = (i + 1) & mask) {
      String key = keys[i];
      if (key.length() == serviceLength + 1 + typeLength
          && key.regionMatches(0, resource, serviceStart, serviceLength)
          && key.charAt(serviceLength) == ':'
          && key.regionMatches(serviceLength + 1, resource, typeStart, typeLength)) {
        return (V) values[i];
      }
    }
    return null;
  }

  /** How many entries the table holds. */
  public int size() {
    int n = 0;
    for (String k : keys) {
      n += k == null ? 0 : 1;
    }
    return n;
  }
}

package io.gatehouse;

import java.util.Arrays;
import java.util.List;

/**
 * The keys of a {@link RequestContext} in insertion order: each lower-cased, as written, and with
 * its values, plus a small open-addressing index for lookups that allocate nothing. Immutable
 * once built; the arrays are never changed.
 */
final class ContextKeyTable {
  static final ContextKeyTable EMPTY = new ContextKeyTable(new String[0], new String[0],
      new List<?>[0]);

  private final String[] keys;
  private final String[] names;
  private final List<?>[] values;

  /** Per slot, a key's position plus one; 0 for an empty slot. At least twice the keys. */
  private final int[] slots;

  ContextKeyTable(String[] keys, String[] names, List<?>[] values) {
    this.keys = keys;
    this.names = names;
    this.values = values;
    this.slots = new int[Integer.highestOneBit(Math.max(1, keys.length) * 2 - 1) * 2];
    int mask = slots.length - 1;
    for (int k = 0; k < keys.length; k++) {
      int i = spread(keys[k].hashCode()) & mask;
      while (slots[i] != 0) {
        i = (i + 1) & mask;
      }
      slots[i] = k + 1;
    }
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** The values of a lower-cased key, or null if it is absent. */
  @SuppressWarnings("unchecked")
  List<String> get(String lowerCaseKey) {
    int h = lowerCaseKey.hashCode();
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return null;
      }
      String key = keys[slot - 1];
      // Global keys are shared strings (ContextKeyNames), so the identity test usually decides.
      if (key == lowerCaseKey || (key.hashCode() == h && key.equals(lowerCaseKey))) {
        return (List<String>) values[slot - 1];
      }
    }
  }

  int size() {
    return keys.length;
  }

  String key(int i) {
    return keys[i];
  }

  String name(int i) {
    return names[i];
  }

  @SuppressWarnings("unchecked")
  List<String> values(int i) {
    return (List<String>) values[i];
  }

  /** The keys and values of a builder, which may go on changing its arrays. */
  static ContextKeyTable copyOf(String[] keys, String[] names, List<?>[] values, int size) {
    return size == 0 ? EMPTY : new ContextKeyTable(Arrays.copyOf(keys, size),
        Arrays.copyOf(names, size), Arrays.copyOf(values, size));
  }
}

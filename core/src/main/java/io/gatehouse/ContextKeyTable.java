package io.gatehouse;

import java.util.List;

/**
 * The keys of a {@link RequestContext} in insertion order: each lower-cased, as written, and with
 * its values, plus a small open-addressing index for lookups that allocate nothing. Immutable:
 * the entries array is handed over by the builder, which copies it before changing it again.
 */
final class ContextKeyTable {
  /** Entries per key in {@link #entries}: lower-cased key, key as written, values. */
  static final int STRIDE = 3;

  static final ContextKeyTable EMPTY = new ContextKeyTable(new Object[0], 0);

  private final Object[] entries;
  private final int size;

  /** Per slot, a key's position plus one; 0 for an empty slot. At least twice the keys. */
  private final int[] slots;

  ContextKeyTable(Object[] entries, int size) {
    this.entries = entries;
    this.size = size;
    this.slots = new int[Integer.highestOneBit(Math.max(1, size) * 2 - 1) * 2];
    int mask = slots.length - 1;
    for (int k = 0; k < size; k++) {
      int i = spread(key(k).hashCode()) & mask;
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
  List<String> get(String lowerCaseKey) {
    int h = lowerCaseKey.hashCode();
    int mask = slots.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      int slot = slots[i];
      if (slot == 0) {
        return null;
      }
      String key = key(slot - 1);
      // Global keys are shared strings (ContextKeyNames), so the identity test usually decides.
      if (key == lowerCaseKey || (key.hashCode() == h && key.equals(lowerCaseKey))) {
        return values(slot - 1);
      }
    }
  }

  int size() {
    return size;
  }

  String key(int i) {
    return (String) entries[i * STRIDE];
  }

  String name(int i) {
    return (String) entries[i * STRIDE + 1];
  }

  @SuppressWarnings("unchecked")
  List<String> values(int i) {
    return (List<String>) entries[i * STRIDE + 2];
  }
}

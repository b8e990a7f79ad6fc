package nl.dutchtechzone.reporting.cbs;

import java.util.function.Consumer;

/**
 * A small open-addressing table from texts to values that is looked up with a slice of a char
 * array, so that a parser's text buffer can be matched without making a {@link String}.
 * Surrounding spaces of the slice are ignored; keys are stored without them. Not thread-safe;
 * used by one read only.
 *
 * @param <V> the values
 */
final class TextTable<V> {

  private String[] keys = new String[64];
  private Object[] values = new Object[64];
  private int size;

  /** The value of a slice, or null. */
  @SuppressWarnings("unchecked")
  V get(char[] buf, int off, int len) {
    int end = off + len;
    while (off < end && buf[off] == ' ') {
      off++;
    }
    while (end > off && buf[end - 1] == ' ') {
      end--;
    }
    int n = end - off;
    int h = 0;
    for (int k = off; k < end; k++) {
      h = 31 * h + buf[k];
    }
    int mask = keys.length - 1;
    for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
      String key = keys[slot];
      if (key == null) {
        return null;
      }
      if (key.length() == n && same(key, buf, off)) {
        return (V) values[slot];
      }
    }
  }

  private static boolean same(String key, char[] buf, int off) {
    for (int k = 0; k < key.length(); k++) {
      if (key.charAt(k) != buf[off + k]) {
        return false;
      }
    }
    return true;
  }

  /** Adds a key, given without surrounding spaces, that is not in the table yet. */
  void put(String key, V value) {
    if (2 * (size + 1) > keys.length) {
      String[] oldKeys = keys;
      Object[] oldValues = values;
      keys = new String[oldKeys.length * 2];
      values = new Object[oldKeys.length * 2];
      for (int k = 0; k < oldKeys.length; k++) {
        if (oldKeys[k] != null) {
          insert(oldKeys[k], oldValues[k]);
        }
      }
    }
    insert(key, value);
    size++;
  }

  private void insert(String key, Object value) {
    int mask = keys.length - 1;
    int slot = spread(key.hashCode()) & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Every value, in no particular order. */
  @SuppressWarnings("unchecked")
  void forEach(Consumer<V> action) {
    for (int k = 0; k < keys.length; k++) {
      if (keys[k] != null) {
        action.accept((V) values[k]);
      }
    }
  }
}

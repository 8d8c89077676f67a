package io.github.ctokit.core.internal;

/**
 * An insert-only map from keys (identifiers) to non-negative ints, with open addressing over two
 * arrays: no boxing and no entry objects, so indexing a million objectives allocates two arrays
 * instead of a million nodes. Keys use {@code equals}/{@code hashCode}. Not thread-safe while
 * being filled; safe to read from many threads once published.
 *
 * <p>Not API: ctokit modules use it; users should not.
 */
public final class IdIndex {

  private Object[] keys;
  private int[] values;
  private int size;
  private int mask;

  /**
   * Creates an index sized for an expected number of keys.
   *
   * @param expected the expected number of keys, zero or more
   */
  public IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    keys = new Object[capacity];
    values = new int[capacity];
    mask = capacity - 1;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /**
   * Maps a key to a value unless the key is present.
   *
   * @param key the key
   * @param value a value, zero or more
   * @return the value already mapped, or -1 if the key was absent and is now mapped to {@code value}
   */
  public int putIfAbsent(Object key, int value) {
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = spread(key.hashCode()) & mask;
    while (true) {
      Object k = keys[i];
      if (k == null) {
        keys[i] = key;
        values[i] = value;
        size++;
        return -1;
      }
      if (k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key
   * @return the value, or -1 if absent
   */
  public int get(Object key) {
    int i = spread(key.hashCode()) & mask;
    while (true) {
      Object k = keys[i];
      if (k == null) {
        return -1;
      }
      if (k.equals(key)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Returns the number of keys.
   *
   * @return zero or more
   */
  public int size() {
    return size;
  }

  private void grow() {
    Object[] oldKeys = keys;
    int[] oldValues = values;
    keys = new Object[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }

  @Override
  public String toString() {
    return "IdIndex[size=" + size + ", capacity=" + keys.length + "]";
  }
}

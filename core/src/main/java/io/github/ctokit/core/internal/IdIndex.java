package io.github.ctokit.core.internal;

import java.util.Objects;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * An insert-only map from keys (identifiers) to non-negative ints, with open addressing over two
 * arrays (stored hashes with values, and keys): no boxing and no entry objects, so indexing a
 * million objectives allocates two arrays instead of a million nodes. Keys use {@code equals}/{@code hashCode}. Not thread-safe while
 * being filled; safe to read from many threads once published.
 *
 * <p>Not API: ctokit modules use it; users should not.
 */
public final class IdIndex {

  /** Bulk operations fill or probe regions of 2^14 slots (128 KB), which stay in a core's cache. */
  private static final int REGION_BITS = 14;

  /**
   * Slot {@code i} holds {@code hash << 32 | (value + 1)}, or 0 when empty. Probing compares the
   * stored hash first and touches {@link #keys} (and through it the key object) only on a hash
   * match: inserting a million distinct ids costs about one cache miss each instead of one per
   * probed neighbour.
   */
  private long[] slots;
  private Object @Nullable [] keys;
  private final @Nullable IntFunction<?> keyOf;
  private int size;
  private int mask;

  /**
   * Creates an index sized for an expected number of keys.
   *
   * @param expected the expected number of keys, zero or more
   */
  public IdIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    slots = new long[capacity];
    keys = new Object[capacity];
    keyOf = null;
    mask = capacity - 1;
  }

  private IdIndex(int expected, IntFunction<?> keyOf) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    slots = new long[capacity];
    keys = null;
    this.keyOf = keyOf;
    mask = capacity - 1;
  }

  /**
   * Creates an index that stores no keys: the key of a value is read back through {@code keyOf},
   * only when a stored hash matches. For callers that keep the keys in an array anyway; inserting
   * then touches one array slot instead of two.
   *
   * @param expected the expected number of keys, zero or more
   * @param keyOf the key mapped to a value; must answer for every value put so far
   * @return the empty index
   */
  public static IdIndex keyless(int expected, IntFunction<?> keyOf) {
    return new IdIndex(expected, keyOf);
  }

  private boolean keyAt(int i, long slot, Object key) {
    Object @Nullable [] k = keys;
    Object stored = k != null ? k[i] : Objects.requireNonNull(keyOf).apply((int) slot - 1);
    return key.equals(stored);
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
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    int h = spread(key.hashCode());
    int i = h & mask;
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        slots[i] = ((long) h << 32) | (value + 1L);
        if (keys != null) {
          keys[i] = key;
        }
        size++;
        return -1;
      }
      if ((int) (slot >>> 32) == h && keyAt(i, slot, key)) {
        return (int) slot - 1;
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
    int h = spread(key.hashCode());
    int i = h & mask;
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if ((int) (slot >>> 32) == h && keyAt(i, slot, key)) {
        return (int) slot - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Maps a key given by its hash code to a value unless an equal key is present. For a
   * {@link #keyless(int, IntFunction) keyless} index only: on a hash match the keys are read back
   * through its function. Lets a caller hash many keys in one pass over its objects and index them
   * in a second, tight loop over the hashes, whose table misses the processor can overlap.
   *
   * @param keyHash the key's {@code hashCode()}
   * @param value a value, zero or more, for which the index's key function already answers
   * @return the value already mapped to an equal key, or -1 if none was and the key is now mapped
   * @throws IllegalStateException if this index stores its keys
   */
  public int putHashIfAbsent(int keyHash, int value) {
    IntFunction<?> keyOf = this.keyOf;
    if (keyOf == null) {
      throw new IllegalStateException("putHashIfAbsent needs a keyless index");
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    return insertKeyless(keyOf, ((long) spread(keyHash) << 32) | (value + 1L));
  }

  /**
   * Inserts a slot word {@code spread(hash) << 32 | (value + 1)} unless a key equal to the value's
   * is present, whose value it then returns (else -1). The table has room.
   */
  private int insertKeyless(IntFunction<?> keyOf, long word) {
    int h = (int) (word >>> 32);
    int i = h & mask;
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        slots[i] = word;
        size++;
        return -1;
      }
      if ((int) (slot >>> 32) == h && keyOf.apply((int) slot - 1).equals(keyOf.apply((int) word - 1))) {
        return (int) slot - 1;
      }
      i = (i + 1) & mask;
    }
  }


  /**
   * Returns the value of a key given by its hash code; the caller tells, for each value whose key
   * has the same hash, whether it is the key (for example by comparing copied characters instead
   * of reading the stored key objects).
   *
   * @param keyHash the key's {@code hashCode()}
   * @param isKey whether the key of a candidate value is the key looked for
   * @return the value, or -1 if absent
   */
  public int getHashed(int keyHash, IntPredicate isKey) {
    int h = spread(keyHash);
    int i = h & mask;
    while (true) {
      long slot = slots[i];
      if (slot == 0) {
        return -1;
      }
      if ((int) (slot >>> 32) == h && isKey.test((int) slot - 1)) {
        return (int) slot - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Maps the key of every value {@code v} in {@code [0, count)}, given by its hash code
   * {@code keyHashes[v]}, to {@code v}, unless an equal key is present: like calling
   * {@link #putHashIfAbsent} for {@code v = 0, 1, …} in turn, with the same result (an earlier
   * equal key keeps its value). For a {@link #keyless keyless} index only.
   *
   * <p>The entries are first grouped by the table region of their home slot (a counting sort), and
   * each region is then filled in turn: inserting millions of keys writes into a cache-sized part
   * of the table at a time instead of missing the cache once per key.
   *
   * @param keyHashes the keys' {@code hashCode()}s, indexed by value
   * @param count the number of values to map, at most {@code keyHashes.length}
   * @return whether an equal key was already present for some value (which then stays unmapped)
   * @throws IllegalStateException if this index stores its keys
   * @throws IndexOutOfBoundsException if {@code count} is negative or exceeds the array
   */
  public boolean putAllHashesIfAbsent(int[] keyHashes, int count) {
    IntFunction<?> keyOf = this.keyOf;
    if (keyOf == null) {
      throw new IllegalStateException("putAllHashesIfAbsent needs a keyless index");
    }
    Objects.checkFromToIndex(0, count, keyHashes.length);
    while ((size + count) * 2L > slots.length) {
      grow();
    }
    boolean duplicate = false;
    for (long word : byRegion(keyHashes, count)) {
      duplicate |= insertKeyless(keyOf, word) >= 0;
    }
    return duplicate;
  }

  /**
   * For every query {@code q} in {@code [0, count)}, the value of the first key met in probing
   * order whose hash code equals {@code keyHashes[q]}, or -1 if none: a candidate the caller must
   * still compare with the key it looks for, calling {@link #getHashed} when they differ (two keys
   * may share a hash code). Queries are grouped by table region first, as in
   * {@link #putAllHashesIfAbsent}, so that a million lookups miss the cache about once each in the
   * result instead of in the table.
   *
   * @param keyHashes the looked-for keys' {@code hashCode()}s, indexed by query
   * @param count the number of queries, at most {@code keyHashes.length}
   * @return the candidate value of each query, or -1
   * @throws IndexOutOfBoundsException if {@code count} is negative or exceeds the array
   */
  public int[] candidates(int[] keyHashes, int count) {
    Objects.checkFromToIndex(0, count, keyHashes.length);
    int[] found = new int[count];
    for (long word : byRegion(keyHashes, count)) {
      int h = (int) (word >>> 32);
      int i = h & mask;
      int value = -1;
      while (true) {
        long slot = slots[i];
        if (slot == 0) {
          break;
        }
        if ((int) (slot >>> 32) == h) {
          value = (int) slot - 1;
          break;
        }
        i = (i + 1) & mask;
      }
      found[(int) word - 1] = value;
    }
    return found;
  }

  /**
   * Slot words {@code spread(hash) << 32 | (v + 1)} of {@code v = 0 … count-1}, sorted (stably) by
   * the region of their home slot.
   */
  private long[] byRegion(int[] keyHashes, int count) {
    int shift = REGION_BITS;
    int regions = Math.max(1, slots.length >>> shift);
    int[] next = new int[regions + 1];
    for (int v = 0; v < count; v++) {
      next[((spread(keyHashes[v]) & mask) >>> shift) + 1]++;
    }
    for (int r = 0; r < regions; r++) {
      next[r + 1] += next[r];
    }
    long[] words = new long[count];
    for (int v = 0; v < count; v++) {
      int h = spread(keyHashes[v]);
      words[next[(h & mask) >>> shift]++] = ((long) h << 32) | (v + 1L);
    }
    return words;
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
    long[] oldSlots = slots;
    Object @Nullable [] oldKeys = keys;
    slots = new long[oldSlots.length * 2];
    Object @Nullable [] newKeys = oldKeys == null ? null : new Object[oldSlots.length * 2];
    mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      long slot = oldSlots[j];
      if (slot != 0) {
        int i = (int) (slot >>> 32) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = slot;
        if (newKeys != null && oldKeys != null) {
          newKeys[i] = oldKeys[j];
        }
      }
    }
    keys = newKeys;
  }

  @Override
  public String toString() {
    return "IdIndex[size=" + size + ", capacity=" + slots.length + "]";
  }
}

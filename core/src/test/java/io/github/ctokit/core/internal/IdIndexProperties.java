package io.github.ctokit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The bulk operations of {@link IdIndex} against a {@link HashMap} model, with keys built from
 * "Aa" and "BB" (equal hash codes), so that many distinct keys collide, and with repeated keys.
 * Sizes reach past one 2^14-slot region, so keys are grouped into several regions.
 */
class IdIndexProperties {

  /** Keys with many hash collisions and about one repeat in eight. */
  static List<String> keys(long seed, int size) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> keys = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      if (i > 0 && random.nextInt(8) == 0) {
        keys.add(keys.get(random.nextInt(i)));
        continue;
      }
      StringBuilder key = new StringBuilder();
      int pieces = 1 + random.nextInt(3);
      for (int p = 0; p < pieces; p++) {
        key.append(random.nextBoolean() ? "Aa" : "BB");
      }
      key.append(random.nextInt(size));
      keys.add(key.toString());
    }
    return keys;
  }

  static int[] hashes(List<String> keys) {
    return keys.stream().mapToInt(String::hashCode).toArray();
  }

  @Property(tries = 60)
  void bulkInsertMapsEveryKeyToItsFirstValue(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40_000) int size) {
    List<String> keys = keys(seed, size);
    Map<String, Integer> model = new HashMap<>();
    boolean repeated = false;
    for (int v = 0; v < size; v++) {
      repeated |= model.putIfAbsent(keys.get(v), v) != null;
    }
    IdIndex index = IdIndex.keyless(size / 3, keys::get); // too small on purpose: the bulk insert grows it

    boolean duplicate = index.putAllHashesIfAbsent(hashes(keys), size);

    assertThat(duplicate).isEqualTo(repeated);
    assertThat(index.size()).isEqualTo(model.size());
    for (Map.Entry<String, Integer> entry : model.entrySet()) {
      String key = entry.getKey();
      assertThat(index.getHashed(key.hashCode(), v -> keys.get(v).equals(key))).isEqualTo(entry.getValue());
    }
    assertThat(index.getHashed("absent".hashCode(), v -> keys.get(v).equals("absent"))).isEqualTo(-1);
  }

  @Property(tries = 60)
  void candidatesShareTheHashAndResolveToTheKey(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40_000) int size) {
    List<String> keys = keys(seed, size);
    IdIndex index = IdIndex.keyless(size, keys::get);
    index.putAllHashesIfAbsent(hashes(keys), size);
    List<String> queries = keys(seed + 1, size); // some present, some absent
    Map<String, Integer> first = new HashMap<>();
    for (int v = 0; v < size; v++) {
      first.putIfAbsent(keys.get(v), v);
    }

    int[] candidates = index.candidates(hashes(queries), size);

    for (int q = 0; q < size; q++) {
      String query = queries.get(q);
      int c = candidates[q];
      if (c < 0) {
        assertThat(first).doesNotContainKey(query);
        continue;
      }
      assertThat(keys.get(c).hashCode()).isEqualTo(query.hashCode());
      int resolved = keys.get(c).equals(query) ? c : index.getHashed(query.hashCode(), v -> keys.get(v).equals(query));
      assertThat(resolved).isEqualTo(first.getOrDefault(query, -1));
    }
  }

  @Example
  void bulkOperationsCheckTheirArguments() {
    IdIndex keyed = new IdIndex(4);
    assertThatThrownBy(() -> keyed.putAllHashesIfAbsent(new int[1], 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keyless");
    IdIndex keyless = IdIndex.keyless(4, v -> "k" + v);
    assertThatThrownBy(() -> keyless.putAllHashesIfAbsent(new int[1], 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> keyless.candidates(new int[1], -1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}

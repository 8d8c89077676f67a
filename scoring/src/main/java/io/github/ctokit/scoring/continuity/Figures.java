package io.github.ctokit.scoring.continuity;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The named figures of a finding, collected without hashing; turned into a map only when read. */
final class Figures {

  static final Figures NONE = new Figures();

  private String[] names = new String[4];
  private Duration[] values = new Duration[4];
  private int size;

  Figures put(String name, Duration value) {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    names[size] = name;
    values[size] = value;
    size++;
    return this;
  }

  Map<String, Duration> toMap() {
    if (size == 0) {
      return Map.of();
    }
    Map<String, Duration> map = new LinkedHashMap<>(size * 2);
    for (int i = 0; i < size; i++) {
      map.put(names[i], values[i]);
    }
    return Collections.unmodifiableMap(map);
  }
}

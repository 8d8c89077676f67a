package io.github.ctokit.scoring.risk.cvss;

import java.util.List;
import java.util.Optional;

/** The metric table of one CVSS version, laid out for allocation-free parsing. Not API. */
final class Spec {

  static final Spec V2 = new Spec(CvssV2Metric.values());
  static final Spec V3 = new Spec(CvssV3Metric.values());
  static final Spec V4 = new Spec(CvssV4Metric.values());

  final CvssMetric[] metrics;
  final String[] names;
  final String[][] values;
  final int baseCount;
  final List<CvssMetric> metricList;
  /** {@link #key} of each metric name. */
  final long[] nameKeys;
  /** {@link #key} of each allowed value, per metric. */
  final long[][] valueKeys;
  /**
   * Per metric, the bytes {@code NAME:} read as a little-endian int (names of at most three
   * characters), and the mask selecting those bytes; 0 and -1 for longer names, which then never
   * match. {@link CvssParser} compares one int read against these to recognise the metric a
   * canonical vector has next.
   */
  final int[] nameColonWords;
  final int[] nameColonMasks;
  /** Per metric, the length of {@code NAME:}. */
  final int[] nameColonLengths;
  /** Per metric and byte, 1 + the index of the one-character value that byte spells, else 0. */
  final byte[][] oneCharValues;

  private Spec(CvssMetric[] metrics) {
    this.metrics = metrics;
    this.metricList = List.of(metrics);
    this.names = new String[metrics.length];
    this.values = new String[metrics.length][];
    int base = 0;
    for (int i = 0; i < metrics.length; i++) {
      names[i] = metrics[i].abbreviation();
      values[i] = metrics[i].allowedValues().toArray(new String[0]);
      if (metrics[i].isMandatory()) {
        base++;
      }
    }
    this.baseCount = base;
    this.nameKeys = new long[metrics.length];
    this.valueKeys = new long[metrics.length][];
    for (int i = 0; i < metrics.length; i++) {
      nameKeys[i] = key(names[i], 0, names[i].length());
      valueKeys[i] = new long[values[i].length];
      for (int v = 0; v < values[i].length; v++) {
        valueKeys[i][v] = key(values[i][v], 0, values[i][v].length());
      }
    }
    this.nameColonWords = new int[metrics.length];
    this.nameColonMasks = new int[metrics.length];
    this.nameColonLengths = new int[metrics.length];
    this.oneCharValues = new byte[metrics.length][256];
    for (int i = 0; i < metrics.length; i++) {
      String nameColon = names[i] + ':';
      nameColonLengths[i] = nameColon.length();
      if (nameColon.length() <= 4) {
        for (int k = 0; k < nameColon.length(); k++) {
          nameColonWords[i] |= (nameColon.charAt(k) & 0xFF) << (8 * k);
          nameColonMasks[i] |= 0xFF << (8 * k);
        }
      } else {
        nameColonWords[i] = -1;
      }
      for (int v = 0; v < values[i].length; v++) {
        if (values[i][v].length() == 1) {
          oneCharValues[i][values[i][v].charAt(0) & 0xFF] = (byte) (v + 1);
        }
      }
    }
  }

  /**
   * Packs up to 7 characters below U+0100 and their count into a long: the count in the low byte,
   * character k in byte k + 1. Longer or wider texts give -1, which matches no name or value.
   */
  static long key(String text, int from, int to) {
    int length = to - from;
    if (length > 7) {
      return -1;
    }
    long key = length;
    for (int i = 0; i < length; i++) {
      char c = text.charAt(from + i);
      if (c > 0xFF) {
        return -1;
      }
      key |= (long) c << (8 * (i + 1));
    }
    return key;
  }

  /** Finds the metric with a packed name, trying {@code hint} first. */
  int metricIndex(long nameKey, int hint) {
    long[] keys = nameKeys;
    if (hint < keys.length && keys[hint] == nameKey) {
      return hint;
    }
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == nameKey) {
        return i;
      }
    }
    return -1;
  }

  /** Finds the index of a packed value among a metric's allowed values. */
  int valueIndex(int metric, long valueKey) {
    long[] keys = valueKeys[metric];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] == valueKey) {
        return i;
      }
    }
    return -1;
  }

  /** The metric of {@code metrics} with an abbreviated name, matching case exactly. */
  static <M extends CvssMetric> Optional<M> byAbbreviation(M[] metrics, String abbreviation) {
    for (M m : metrics) {
      if (m.abbreviation().equals(abbreviation)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  static Spec of(CvssVersion version) {
    switch (version) {
      case V2_0:
        return V2;
      case V3_0:
      case V3_1:
        return V3;
      default:
        return V4;
    }
  }

  int size() {
    return metrics.length;
  }

  /**
   * Finds the metric named by {@code text[from, to)}, trying {@code hint} first (the metric a
   * canonical vector would have next).
   */
  int metricIndex(String text, int from, int to, int hint) {
    int length = to - from;
    if (hint >= 0 && hint < names.length && matches(names[hint], text, from, length)) {
      return hint;
    }
    for (int i = 0; i < names.length; i++) {
      if (i != hint && matches(names[i], text, from, length)) {
        return i;
      }
    }
    return -1;
  }

  /** Finds the index of the value {@code text[from, to)} among the allowed values of a metric. */
  int valueIndex(int metric, String text, int from, int to) {
    String[] allowed = values[metric];
    int length = to - from;
    for (int i = 0; i < allowed.length; i++) {
      if (matches(allowed[i], text, from, length)) {
        return i;
      }
    }
    return -1;
  }

  int indexOf(CvssMetric metric) {
    for (int i = 0; i < metrics.length; i++) {
      if (metrics[i] == metric) {
        return i;
      }
    }
    return -1;
  }

  private static boolean matches(String name, String text, int from, int length) {
    return name.length() == length && text.regionMatches(from, name, 0, length);
  }
}

package io.github.ctokit.scoring.risk.cvss;

import java.util.List;

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

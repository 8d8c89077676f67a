package io.github.ctokit.scoring.risk.cvss;

import java.util.List;
import java.util.Optional;

/**
 * A metric of one CVSS version, such as Attack Vector ({@code AV}).
 *
 * <p>Implemented by {@link CvssV2Metric}, {@link CvssV3Metric} and {@link CvssV4Metric} only; each
 * enum lists its version's metrics in the canonical vector order.
 */
public sealed interface CvssMetric permits CvssV2Metric, CvssV3Metric, CvssV4Metric {

  /**
   * Returns the abbreviated name used in vector strings.
   *
   * @return a case-sensitive name such as {@code "AV"} or {@code "Au"}
   */
  String abbreviation();

  /**
   * Returns the metric's full name in the specification.
   *
   * @return a name such as {@code "Attack Vector"}
   */
  String displayName();

  /**
   * Returns the metric's group.
   *
   * @return the group; {@link CvssMetricGroup#BASE} for the mandatory metrics
   */
  CvssMetricGroup group();

  /**
   * Returns the abbreviated values the metric may take in a vector string, in the
   * specification's order, the not-defined value first for optional metrics.
   *
   * @return an unmodifiable, non-empty list such as {@code [N, A, L, P]}
   */
  List<String> allowedValues();

  /**
   * Returns the value that means "Not Defined": {@code X} (v3.x, v4.0) or {@code ND} (v2.0).
   *
   * @return the not-defined value, the first allowed value of every optional metric; empty for
   *     base metrics, which must always be given
   */
  default Optional<String> notDefinedValue() {
    return isMandatory() ? Optional.empty() : Optional.of(allowedValues().get(0));
  }

  /**
   * Tells whether every vector of the version must contain this metric.
   *
   * @return true for base metrics
   */
  default boolean isMandatory() {
    return group() == CvssMetricGroup.BASE;
  }
}

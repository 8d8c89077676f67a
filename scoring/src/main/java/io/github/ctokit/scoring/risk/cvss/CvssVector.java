package io.github.ctokit.scoring.risk.cvss;

import io.github.ctokit.core.internal.Checks;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A CVSS vector: a version and one value for each of its metrics.
 *
 * <p>Immutable and thread-safe. Obtain one with {@link Cvss#parse(CharSequence)}, or build one
 * with {@link #builder(CvssVersion)} using the typed metric enums {@link CvssV2Metric},
 * {@link CvssV3Metric} and {@link CvssV4Metric}. Every base metric has a value; an optional
 * metric that was not given has its not-defined value ({@code X}, or {@code ND} in v2.0). Two
 * vectors are equal when their versions and all metric values are equal, so a vector does not
 * remember whether its text spelled out a not-defined metric or in which order the text listed
 * the metrics.
 *
 * <pre>{@code
 * CvssVector log4shell = CvssVector.builder(CvssVersion.V3_1)
 *     .set(CvssV3Metric.AV, "N").set(CvssV3Metric.AC, "L").set(CvssV3Metric.PR, "N")
 *     .set(CvssV3Metric.UI, "N").set(CvssV3Metric.S, "C")
 *     .set(CvssV3Metric.C, "H").set(CvssV3Metric.I, "H").set(CvssV3Metric.A, "H")
 *     .build();
 * log4shell.toString();          // CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H
 * log4shell.scores().base();     // 10.0
 * }</pre>
 */
public final class CvssVector {

  private final CvssVersion version;
  private final byte[] values;
  private int hash;

  /** Takes ownership of {@code values}: callers pass a fresh array they never touch again. */
  CvssVector(CvssVersion version, byte[] values) {
    this.version = version;
    this.values = values;
  }

  /**
   * Parses a vector string strictly with the default policies; the same as
   * {@link Cvss#parse(CharSequence)}.
   *
   * @param text the vector string, such as {@code "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"}
   * @return the vector
   * @throws NullPointerException if {@code text} is null
   * @throws CvssParseException if the text is not a valid vector string
   */
  public static CvssVector parse(CharSequence text) {
    return Cvss.parse(text);
  }

  /**
   * Returns a builder for a vector of a version, with every optional metric not defined and no
   * base metric set yet.
   *
   * @param version the version
   * @return an empty builder
   * @throws NullPointerException if {@code version} is null
   */
  public static Builder builder(CvssVersion version) {
    return new Builder(Objects.requireNonNull(version, "version"));
  }

  /**
   * Returns a builder holding this vector's version and values.
   *
   * @return a builder; changing it does not change this vector
   */
  public Builder toBuilder() {
    Builder b = new Builder(version);
    System.arraycopy(values, 0, b.values, 0, values.length);
    java.util.Arrays.fill(b.set, true);
    return b;
  }

  /**
   * Returns the version.
   *
   * @return the version
   */
  public CvssVersion version() {
    return version;
  }

  /**
   * Returns the metrics of this vector's version in canonical order.
   *
   * @return an unmodifiable list of {@link CvssV2Metric}, {@link CvssV3Metric} or
   *     {@link CvssV4Metric} constants
   */
  public List<CvssMetric> metrics() {
    return Spec.of(version).metricList;
  }

  /**
   * Returns the abbreviated value of a metric.
   *
   * @param metric a metric of this vector's version
   * @return the value, such as {@code "N"}; the not-defined value for an optional metric that was
   *     not given
   * @throws NullPointerException if {@code metric} is null
   * @throws IllegalArgumentException if the metric belongs to another version
   */
  public String get(CvssMetric metric) {
    Spec spec = Spec.of(version);
    int i = metricIndex(spec, metric);
    return spec.values[i][values[i]];
  }

  /**
   * Tells whether a metric has a defined value.
   *
   * @param metric a metric of this vector's version
   * @return true for base metrics and for optional metrics whose value is not {@code X}/{@code ND}
   * @throws NullPointerException if {@code metric} is null
   * @throws IllegalArgumentException if the metric belongs to another version
   */
  public boolean isDefined(CvssMetric metric) {
    Spec spec = Spec.of(version);
    int i = metricIndex(spec, metric);
    return metric.isMandatory() || values[i] != 0;
  }

  /**
   * Tells whether any metric of a group has a defined value.
   *
   * @param group a metric group
   * @return true if the group is {@link CvssMetricGroup#BASE}, or if at least one metric of the
   *     group is defined
   * @throws NullPointerException if {@code group} is null
   */
  public boolean isDefined(CvssMetricGroup group) {
    Objects.requireNonNull(group, "group");
    Spec spec = Spec.of(version);
    for (int i = 0; i < spec.size(); i++) {
      if (spec.metrics[i].group() == group && (group == CvssMetricGroup.BASE || values[i] != 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the defined metrics and their values, in canonical order.
   *
   * @return an unmodifiable map from metric to abbreviated value, without not-defined metrics
   */
  public Map<CvssMetric, String> definedValues() {
    Spec spec = Spec.of(version);
    Map<CvssMetric, String> map = new LinkedHashMap<>();
    for (int i = 0; i < spec.size(); i++) {
      if (spec.metrics[i].isMandatory() || values[i] != 0) {
        map.put(spec.metrics[i], spec.values[i][values[i]]);
      }
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * Returns a copy with one metric changed.
   *
   * @param metric a metric of this vector's version
   * @param value one of {@code metric.allowedValues()}; the not-defined value clears an optional metric
   * @return the changed vector
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the metric belongs to another version or the value is not allowed
   */
  public CvssVector with(CvssMetric metric, String value) {
    return toBuilder().set(metric, value).build();
  }

  /**
   * Returns the same metric values under another version of the same family (v3.0 and v3.1
   * share their metrics).
   *
   * @param other {@link CvssVersion#V3_0} or {@link CvssVersion#V3_1} for a v3.x vector; this
   *     vector's own version otherwise
   * @return the vector under {@code other}
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the versions do not share their metrics
   */
  public CvssVector withVersion(CvssVersion other) {
    Objects.requireNonNull(other, "other");
    if (other == version) {
      return this;
    }
    if (!(other.isV3() && version.isV3())) {
      throw new IllegalArgumentException(
          "version must share the metrics of CVSS " + version.number() + " (was " + other.number() + ")\n"
              + "Maybe build a new vector with CvssVector.builder(CvssVersion." + other.name() + ")");
    }
    return new CvssVector(other, values.clone());
  }

  /**
   * Scores this vector with the default scorer {@link Cvss#scorer()}.
   *
   * @return the scores
   */
  public CvssScores scores() {
    return Cvss.scorer().score(this);
  }

  /**
   * Writes the canonical vector string: the version prefix, then the metrics in canonical order.
   *
   * @param format whether not-defined metrics are written
   * @return the vector string; {@link Cvss#parse(CharSequence)} reads it back to an equal vector
   * @throws NullPointerException if {@code format} is null
   */
  public String format(CvssFormat format) {
    Objects.requireNonNull(format, "format");
    Spec spec = Spec.of(version);
    StringBuilder sb = new StringBuilder(version == CvssVersion.V4_0 ? 96 : 64);
    sb.append(version.prefix());
    boolean first = true;
    for (int i = 0; i < spec.size(); i++) {
      if (format == CvssFormat.DROP_NOT_DEFINED && !spec.metrics[i].isMandatory() && values[i] == 0) {
        continue;
      }
      if (!first) {
        sb.append('/');
      }
      first = false;
      sb.append(spec.names[i]).append(':').append(spec.values[i][values[i]]);
    }
    return sb.toString();
  }

  /**
   * Returns {@link #format(CvssFormat) format(CvssFormat.DROP_NOT_DEFINED)}: the canonical vector
   * string without not-defined metrics.
   */
  @Override
  public String toString() {
    return format(CvssFormat.DROP_NOT_DEFINED);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof CvssVector)) {
      return false;
    }
    CvssVector other = (CvssVector) obj;
    return version == other.version && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = 31 * version.hashCode() + Arrays.hashCode(values);
      hash = h;
    }
    return h;
  }

  /** Value index of the metric at {@code ordinal}: 0 is not defined for optional metrics. */
  int index(int ordinal) {
    return values[ordinal];
  }

  private int metricIndex(Spec spec, CvssMetric metric) {
    Objects.requireNonNull(metric, "metric");
    int i = spec.indexOf(metric);
    if (i < 0) {
      throw new IllegalArgumentException(
          "metric must be a metric of CVSS " + version.number() + " (was " + metric.abbreviation()
              + " of " + metric.getClass().getSimpleName() + ")");
    }
    return i;
  }

  /**
   * Builds a {@link CvssVector}. Every base metric must be set before {@link #build()}; optional
   * metrics start not defined. Not thread-safe.
   */
  public static final class Builder {

    private final CvssVersion version;
    private final byte[] values;
    private final boolean[] set;

    private Builder(CvssVersion version) {
      this.version = version;
      Spec spec = Spec.of(version);
      this.values = new byte[spec.size()];
      this.set = new boolean[spec.size()];
      for (int i = spec.baseCount; i < spec.size(); i++) {
        set[i] = true;
      }
    }

    /**
     * Sets a metric's value.
     *
     * @param metric a metric of the builder's version
     * @param value one of {@code metric.allowedValues()}, matched case-sensitively
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the metric belongs to another version or the value is not allowed
     */
    public Builder set(CvssMetric metric, String value) {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(value, "value");
      Spec spec = Spec.of(version);
      int i = spec.indexOf(metric);
      if (i < 0) {
        throw new IllegalArgumentException(
            "metric must be a metric of CVSS " + version.number() + " (was " + metric.abbreviation()
                + " of " + metric.getClass().getSimpleName() + ")");
      }
      int v = spec.valueIndex(i, value, 0, value.length());
      if (v < 0) {
        throw new IllegalArgumentException(
            metric.abbreviation() + " must be one of " + metric.allowedValues() + " in CVSS "
                + version.number() + " (was " + Checks.quote(value) + ")");
      }
      values[i] = (byte) v;
      set[i] = true;
      return this;
    }

    /**
     * Sets an optional metric back to not defined.
     *
     * @param metric an optional metric of the builder's version
     * @return this builder
     * @throws NullPointerException if {@code metric} is null
     * @throws IllegalArgumentException if the metric belongs to another version or is a base metric
     */
    public Builder clear(CvssMetric metric) {
      Objects.requireNonNull(metric, "metric");
      String notDefined = metric.notDefinedValue()
          .orElseThrow(() -> new IllegalArgumentException(
              metric.abbreviation() + " is a base metric and cannot be cleared"));
      return set(metric, notDefined);
    }

    /**
     * Builds the vector.
     *
     * @return the vector
     * @throws IllegalArgumentException if a base metric has not been set; the message names it
     */
    public CvssVector build() {
      Spec spec = Spec.of(version);
      for (int i = 0; i < spec.baseCount; i++) {
        if (!set[i]) {
          throw new IllegalArgumentException(
              "base metric " + spec.names[i] + " (" + spec.metrics[i].displayName()
                  + ") must be set for a CVSS " + version.number() + " vector");
        }
      }
      return new CvssVector(version, values.clone());
    }
  }
}

package io.github.ctokit.scoring.okr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns actual and expected progress into a pace status. The comparison is exact: both numbers are
 * taken as the decimals they print as ({@link BigDecimal#valueOf(double)}), so that
 * {@code 0.4 − 0.6} is {@code −0.2}, not {@code −0.19999999999999996}. Progress of 1 or more is
 * always {@link OkrStatus#ACHIEVED}. Immutable; obtain one from a preset.
 */
public final class PaceRule {

  private enum Measure { DIFFERENCE, RATIO }

  private final String name;
  private final Measure measure;
  private final BigDecimal atRisk;
  private final boolean atRiskInclusive;
  private final @Nullable BigDecimal offTrack;
  private final boolean offTrackInclusive;
  private final double atRiskDouble;
  private final double offTrackDouble;

  private PaceRule(String name, Measure measure, BigDecimal atRisk, boolean atRiskInclusive,
      @Nullable BigDecimal offTrack, boolean offTrackInclusive) {
    this.name = name;
    this.measure = measure;
    this.atRisk = atRisk;
    this.atRiskInclusive = atRiskInclusive;
    this.offTrack = offTrack;
    this.offTrackInclusive = offTrackInclusive;
    this.atRiskDouble = atRisk.doubleValue();
    this.offTrackDouble = offTrack == null ? Double.NEGATIVE_INFINITY : offTrack.doubleValue();
  }

  /**
   * Viva Goals: on track when actual ≥ expected, else behind (at risk); never off track.
   *
   * @return the rule
   */
  public static PaceRule viva() {
    return new PaceRule("VIVA", Measure.DIFFERENCE, BigDecimal.ZERO, false, null, false);
  }

  /**
   * BurningOKR: {@code d = actual − expected}; {@code d < −0.4} off track, {@code d < −0.2} at risk
   * ("in danger"), else on track.
   *
   * @return the rule
   */
  public static PaceRule burningOkr() {
    return new PaceRule("BURNING_OKR", Measure.DIFFERENCE, new BigDecimal("-0.2"), false, new BigDecimal("-0.4"), false);
  }

  /**
   * Engagedly: gap {@code = expected − actual} in percentage points; below 16.5 on track, 16.5 to 33
   * behind (at risk), above 33 off track ("at risk" in Engagedly's words).
   *
   * @return the rule
   */
  public static PaceRule engagedly() {
    return new PaceRule("ENGAGEDLY", Measure.DIFFERENCE, new BigDecimal("-0.165"), true, new BigDecimal("-0.33"), false);
  }

  /**
   * ServiceNow targets: achievement {@code actual / expected}; ≥ 90 % on track (green), 75 % to
   * 90 % at risk (yellow), below 75 % off track (red). Nothing expected yet counts as on track.
   *
   * @return the rule
   */
  public static PaceRule achievement9075() {
    return new PaceRule("ACHIEVEMENT_90_75", Measure.RATIO, new BigDecimal("0.9"), false, new BigDecimal("0.75"), false);
  }

  /**
   * A difference rule with custom thresholds: {@code d < atRiskBelow} at risk, {@code d < offTrackBelow}
   * off track.
   *
   * @param atRiskBelow a difference within [−1, 0], such as {@code -0.1}
   * @param offTrackBelow a difference at most {@code atRiskBelow}
   * @return the rule
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the thresholds are out of order or outside [−1, 0]
   */
  public static PaceRule difference(BigDecimal atRiskBelow, BigDecimal offTrackBelow) {
    Objects.requireNonNull(atRiskBelow, "atRiskBelow");
    Objects.requireNonNull(offTrackBelow, "offTrackBelow");
    if (atRiskBelow.signum() > 0 || offTrackBelow.compareTo(atRiskBelow) > 0 || offTrackBelow.compareTo(BigDecimal.ONE.negate()) < 0) {
      throw new IllegalArgumentException("pace thresholds must satisfy -1 ≤ offTrackBelow ≤ atRiskBelow ≤ 0 (was "
          + offTrackBelow.toPlainString() + ", " + atRiskBelow.toPlainString() + ")");
    }
    return new PaceRule("DIFFERENCE(" + atRiskBelow.toPlainString() + ", " + offTrackBelow.toPlainString() + ")",
        Measure.DIFFERENCE, atRiskBelow, false, offTrackBelow, false);
  }

  /**
   * Returns the status.
   *
   * @param actual the actual progress, finite
   * @param expected the expected progress, within [0, 1]
   * @return {@code ACHIEVED}, {@code ON_TRACK}, {@code AT_RISK} or {@code OFF_TRACK}
   */
  public OkrStatus status(double actual, double expected) {
    if (actual >= 1) {
      return OkrStatus.ACHIEVED;
    }
    if (measure == Measure.DIFFERENCE) {
      // Fast path: decide in doubles when the difference is clearly away from every threshold;
      // fall back to exact decimals near a threshold (where 0.4 − 0.6 must be exactly −0.2).
      double d = actual - expected;
      double margin = 1e-9;
      boolean clearOfAtRisk = Math.abs(d - atRiskDouble) > margin;
      boolean clearOfOffTrack = offTrack == null || Math.abs(d - offTrackDouble) > margin;
      if (clearOfAtRisk && clearOfOffTrack) {
        if (offTrack != null && d < offTrackDouble) {
          return OkrStatus.OFF_TRACK;
        }
        return d < atRiskDouble ? OkrStatus.AT_RISK : OkrStatus.ON_TRACK;
      }
    }
    BigDecimal a = BigDecimal.valueOf(actual);
    BigDecimal e = BigDecimal.valueOf(expected);
    BigDecimal m;
    if (measure == Measure.RATIO) {
      if (e.signum() == 0) {
        return OkrStatus.ON_TRACK;
      }
      m = a.divide(e, MathContext.DECIMAL64);
    } else {
      m = a.subtract(e);
    }
    if (offTrack != null && below(m, offTrack, offTrackInclusive)) {
      return OkrStatus.OFF_TRACK;
    }
    return below(m, atRisk, atRiskInclusive) ? OkrStatus.AT_RISK : OkrStatus.ON_TRACK;
  }

  private static boolean below(BigDecimal m, BigDecimal threshold, boolean inclusive) {
    int c = m.compareTo(threshold);
    return inclusive ? c <= 0 : c < 0;
  }

  /**
   * Returns the rule's name, such as {@code BURNING_OKR}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PaceRule other && other.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** Returns the name. */
  @Override
  public String toString() {
    return name;
  }
}

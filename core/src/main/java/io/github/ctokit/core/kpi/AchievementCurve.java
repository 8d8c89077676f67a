package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * A piecewise-linear achievement function of a scorecard KPI, as in threshold / target / stretch
 * goal matrices: the floor payout below the threshold, linear from the threshold payout at the
 * threshold to 1 at the target, linear from 1 to the stretch payout at the stretch value, and flat
 * (capped) beyond. Values are in the KPI's unit; when the threshold is above the target the curve
 * runs downwards (lower is better). Immutable.
 *
 * <pre>{@code
 * AchievementCurve deploys = AchievementCurve.of(5, 10, 15);   // payouts 0.5 / 1 / 1.5, floor 0
 * deploys.payout(7.5);   // 0.75
 * deploys.payout(20);    // 1.5 (capped)
 * deploys.payout(4);     // 0 (floor)
 * }</pre>
 */
public final class AchievementCurve {

  private final double threshold;
  private final double target;
  private final double stretch;
  private final double floorPayout;
  private final double thresholdPayout;
  private final double stretchPayout;

  private AchievementCurve(double threshold, double target, double stretch, double floorPayout,
      double thresholdPayout, double stretchPayout) {
    this.threshold = threshold;
    this.target = target;
    this.stretch = stretch;
    this.floorPayout = floorPayout;
    this.thresholdPayout = thresholdPayout;
    this.stretchPayout = stretchPayout;
  }

  /**
   * Returns a curve with the common payouts: 0 below the threshold, 0.5 at it, 1 at the target,
   * 1.5 at and beyond the stretch value.
   *
   * @param threshold the lowest value that pays
   * @param target the value that pays 1
   * @param stretch the value where the payout is capped
   * @return the curve
   * @throws IllegalArgumentException if a value is not finite, or the three are not monotone
   *     ({@code threshold < target ≤ stretch} or {@code threshold > target ≥ stretch})
   */
  public static AchievementCurve of(double threshold, double target, double stretch) {
    return of(threshold, target, stretch, 0, 0.5, 1.5);
  }

  /**
   * Returns a curve with explicit payouts.
   *
   * @param threshold the lowest value that pays
   * @param target the value that pays 1
   * @param stretch the value where the payout is capped
   * @param floorPayout the payout below the threshold, within [0, thresholdPayout]
   * @param thresholdPayout the payout at the threshold, within [floorPayout, 1]
   * @param stretchPayout the payout at and beyond the stretch value, within [1, 10]
   * @return the curve
   * @throws IllegalArgumentException if a value is not finite or a rule above is broken
   */
  public static AchievementCurve of(double threshold, double target, double stretch, double floorPayout,
      double thresholdPayout, double stretchPayout) {
    Checks.requireFinite("threshold", threshold);
    Checks.requireFinite("target", target);
    Checks.requireFinite("stretch", stretch);
    boolean up = threshold < target && target <= stretch;
    boolean down = threshold > target && target >= stretch;
    if (!up && !down) {
      throw new IllegalArgumentException("threshold, target and stretch must be monotone with threshold ≠ target (was "
          + Checks.format(threshold) + ", " + Checks.format(target) + ", " + Checks.format(stretch) + ")");
    }
    Checks.requireWithin("thresholdPayout", thresholdPayout, 0, 1);
    Checks.requireWithin("floorPayout", floorPayout, 0, thresholdPayout);
    Checks.requireWithin("stretchPayout", stretchPayout, 1, 10);
    return new AchievementCurve(threshold + 0.0, target + 0.0, stretch + 0.0, floorPayout + 0.0, thresholdPayout + 0.0,
        stretchPayout + 0.0);
  }

  /**
   * Returns the payout of a value.
   *
   * @param value a finite value in the KPI's unit
   * @return within [floorPayout, stretchPayout]
   */
  public double payout(double value) {
    double sign = threshold < target ? 1 : -1;
    double v = sign * value;
    double th = sign * threshold;
    double tg = sign * target;
    double st = sign * stretch;
    if (v < th) {
      return floorPayout;
    }
    if (v < tg) {
      return thresholdPayout + (1 - thresholdPayout) * fraction(v, th, tg);
    }
    if (v >= st) {
      return st == tg ? 1 : stretchPayout;
    }
    return 1 + (stretchPayout - 1) * fraction(v, tg, st);
  }

  /** {@code (v − from) / (to − from)} within [0, 1], halved first so that no difference overflows. */
  private static double fraction(double v, double from, double to) {
    double f = (v * 0.5 - from * 0.5) / (to * 0.5 - from * 0.5);
    return Double.isNaN(f) ? 0 : Math.max(0, Math.min(1, f));
  }

  /**
   * Returns the threshold.
   *
   * @return the lowest value that pays
   */
  public double threshold() {
    return threshold;
  }

  /**
   * Returns the target.
   *
   * @return the value that pays 1
   */
  public double target() {
    return target;
  }

  /**
   * Returns the stretch value.
   *
   * @return the value where the payout is capped
   */
  public double stretch() {
    return stretch;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AchievementCurve o && o.threshold == threshold && o.target == target && o.stretch == stretch
        && o.floorPayout == floorPayout && o.thresholdPayout == thresholdPayout && o.stretchPayout == stretchPayout;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(threshold, target, stretch, floorPayout, thresholdPayout, stretchPayout);
  }

  /** Returns the points, such as {@code 5→0.5, 10→1, 15→1.5, floor 0}. */
  @Override
  public String toString() {
    return Checks.format(threshold) + "→" + Checks.format(thresholdPayout) + ", " + Checks.format(target) + "→1, "
        + Checks.format(stretch) + "→" + Checks.format(stretchPayout) + ", floor " + Checks.format(floorPayout);
  }
}

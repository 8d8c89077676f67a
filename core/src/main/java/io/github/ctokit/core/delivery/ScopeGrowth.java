package io.github.ctokit.core.delivery;

import io.github.ctokit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How much a feature's item count grows before it is done, as a split-rate range: each remaining
 * item becomes between {@link #low()} and {@link #high()} items (FocusedObjective's "split rate",
 * default 1 to 1.5). A forecast draws one rate per trial and feature, uniformly in the range, and
 * rounds the grown count up ({@code ⌈items·rate⌉}); drawing one rate per trial keeps the variance
 * that averaging many draws would shrink. Immutable.
 *
 * <pre>{@code
 * ScopeGrowth growth = ScopeGrowth.between(1.0, 1.5);
 * }</pre>
 */
public final class ScopeGrowth {

  /** The largest split rate accepted. */
  public static final double MAX_RATE = 10;

  private static final ScopeGrowth NONE = new ScopeGrowth(1, 1);

  private final double low;
  private final double high;

  private ScopeGrowth(double low, double high) {
    this.low = low;
    this.high = high;
  }

  /**
   * Returns a split-rate range.
   *
   * @param low the smallest rate, within [1, {@value #MAX_RATE}]
   * @param high the largest rate, within [low, {@value #MAX_RATE}]
   * @return the scope growth
   * @throws IllegalArgumentException if a rate is out of range or {@code high < low}
   */
  public static ScopeGrowth between(double low, double high) {
    double lo = Checks.requireWithin("low", low, 1, MAX_RATE);
    double hi = Checks.requireWithin("high", high, 1, MAX_RATE);
    if (hi < lo) {
      throw new IllegalArgumentException(
          "high must be at least low (was " + Checks.format(hi) + " < " + Checks.format(lo) + ")");
    }
    return new ScopeGrowth(lo, hi);
  }

  /**
   * Returns no growth: every rate is 1.
   *
   * @return the scope growth of rate 1
   */
  public static ScopeGrowth none() {
    return NONE;
  }

  /**
   * Returns the smallest split rate.
   *
   * @return 1 to {@value #MAX_RATE}
   */
  public double low() {
    return low;
  }

  /**
   * Returns the largest split rate.
   *
   * @return {@link #low()} to {@value #MAX_RATE}
   */
  public double high() {
    return high;
  }

  /**
   * Tells whether this range grows nothing.
   *
   * @return true if both rates are 1
   */
  public boolean isNone() {
    return low == 1 && high == 1;
  }

  /**
   * Returns the grown item count for a rate in the range: {@code ⌈items·rate⌉}, computed so that
   * an exact product ({@code 20 × 1.1}) is not pushed up by a rounding error.
   *
   * @param items the items before growth, zero or more
   * @param rate the rate drawn, within [1, {@value #MAX_RATE}]
   * @return the grown count, at least {@code items}
   */
  public static long grow(long items, double rate) {
    double product = items * rate;
    double nearest = Math.rint(product);
    long grown = Math.abs(product - nearest) < 1e-9 * Math.max(1, product) ? (long) nearest : (long) Math.ceil(product);
    return Math.max(items, grown);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ScopeGrowth other && other.low == low && other.high == high;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(low) * 31 + Double.hashCode(high);
  }

  /** Returns the range, such as {@code split 1–1.5}. */
  @Override
  public String toString() {
    return "split " + Checks.format(low) + "–" + Checks.format(high);
  }
}

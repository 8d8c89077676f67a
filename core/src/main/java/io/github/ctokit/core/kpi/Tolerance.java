package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * How far from its target a KPI may fall and keep a colour: an absolute amount in the KPI's unit,
 * or a fraction of {@code |target|}. Immutable.
 *
 * <pre>{@code
 * Tolerance.absolute(2);      // 2 units either way
 * Tolerance.relative(0.05);   // 5 % of |target|
 * }</pre>
 */
public final class Tolerance {

  private static final Tolerance NONE = new Tolerance(0, false);

  private final double amount;
  private final boolean relative;

  private Tolerance(double amount, boolean relative) {
    this.amount = amount;
    this.relative = relative;
  }

  /**
   * Returns no tolerance: the target itself is the threshold.
   *
   * @return the absolute tolerance 0
   */
  public static Tolerance none() {
    return NONE;
  }

  /**
   * Returns an absolute tolerance in the KPI's unit.
   *
   * @param amount zero or more, finite
   * @return the tolerance
   * @throws IllegalArgumentException if {@code amount} is negative, NaN or infinite
   */
  public static Tolerance absolute(double amount) {
    double a = Checks.requireNonNegative("tolerance", amount);
    return a == 0 ? NONE : new Tolerance(a, false);
  }

  /**
   * Returns a tolerance relative to {@code |target|}.
   *
   * @param fraction within [0, 10], such as {@code 0.05} for 5 %
   * @return the tolerance
   * @throws IllegalArgumentException if {@code fraction} is outside [0, 10], NaN or infinite
   */
  public static Tolerance relative(double fraction) {
    return new Tolerance(Checks.requireWithin("relative tolerance", fraction, 0, 10), true);
  }

  /**
   * Tells whether the tolerance is a fraction of {@code |target|}.
   *
   * @return true for {@link #relative(double)}
   */
  public boolean isRelative() {
    return relative;
  }

  /**
   * Returns the amount as given: KPI units, or a fraction when relative.
   *
   * @return zero or more
   */
  public double amount() {
    return amount;
  }

  /**
   * Returns the tolerance in KPI units for a target.
   *
   * @param target the target value
   * @return {@code amount()} if absolute, else {@code amount() * |target|}
   */
  public double resolve(double target) {
    return relative ? amount * Math.abs(target) : amount;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Tolerance other && other.amount == amount && other.relative == relative;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(amount) * 31 + (relative ? 1 : 0);
  }

  /** Returns {@code "2"} for an absolute tolerance, {@code "5%"} for a relative one. */
  @Override
  public String toString() {
    return relative ? Checks.format(amount * 100) + "%" : Checks.format(amount);
  }
}

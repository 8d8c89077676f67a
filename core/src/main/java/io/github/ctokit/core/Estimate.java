package io.github.ctokit.core;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * An uncertain quantity given as a range: either a <em>three-point</em> estimate (minimum, most
 * likely, maximum) or a <em>confidence interval</em> (lower and upper bound that the true value
 * falls between with a stated probability, usually 90 %).
 *
 * <p>The unit is the caller's (hours, events a year, an amount in one currency): an estimate is a
 * plain number range, and the field that holds it documents its unit. Immutable and thread-safe.
 *
 * <p>Rules, checked by every factory:
 *
 * <ul>
 *   <li>every number is finite;
 *   <li>three-point: {@code minimum ≤ mostLikely ≤ maximum}; all three equal is a point estimate;
 *   <li>interval: {@code lower < upper} and the confidence is strictly between 0 and 1 (a 100 %
 *       range is a three-point estimate's minimum and maximum, a 0 % range says nothing).
 * </ul>
 *
 * <pre>{@code
 * Estimate effort = Estimate.threePoint(3, 5, 12);            // days
 * Estimate loss = Estimate.ninetyPercent(50_000, 2_000_000);   // EUR per event
 * }</pre>
 */
public final class Estimate {

  /** The two forms an estimate takes. */
  public enum Kind {
    /** Minimum, most likely and maximum: hard bounds and a mode. */
    THREE_POINT,
    /** A lower and an upper bound holding the true value with a stated confidence. */
    CONFIDENCE_INTERVAL
  }

  private static final Probability NINETY_PERCENT = Probability.of(0.9);

  private final Kind kind;
  private final double low;
  private final double mostLikely;
  private final double high;
  private final Probability confidence;

  private Estimate(Kind kind, double low, double mostLikely, double high, Probability confidence) {
    this.kind = kind;
    this.low = low;
    this.mostLikely = mostLikely;
    this.high = high;
    this.confidence = confidence;
  }

  /**
   * Returns a three-point estimate.
   *
   * @param minimum the smallest possible value
   * @param mostLikely the mode
   * @param maximum the largest possible value
   * @return the estimate
   * @throws IllegalArgumentException if a value is not finite or the values are not ordered
   *     {@code minimum ≤ mostLikely ≤ maximum}
   */
  public static Estimate threePoint(double minimum, double mostLikely, double maximum) {
    double min = Checks.requireFinite("minimum", minimum);
    double mode = Checks.requireFinite("mostLikely", mostLikely);
    double max = Checks.requireFinite("maximum", maximum);
    if (min > mode || mode > max) {
      throw new IllegalArgumentException(
          "estimate must satisfy minimum ≤ mostLikely ≤ maximum (was "
              + Checks.format(min) + ", " + Checks.format(mode) + ", " + Checks.format(max) + ")");
    }
    return new Estimate(Kind.THREE_POINT, min, mode, max, Probability.ONE);
  }

  /**
   * Returns a point estimate: a three-point estimate whose three values are equal.
   *
   * @param value the value
   * @return the estimate
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Estimate exactly(double value) {
    return threePoint(value, value, value);
  }

  /**
   * Returns a 90 % confidence interval, the calibrated-estimation form of FAIR and Hubbard.
   *
   * @param lower the 5th percentile
   * @param upper the 95th percentile
   * @return the estimate
   * @throws IllegalArgumentException if a bound is not finite or {@code lower ≥ upper}
   */
  public static Estimate ninetyPercent(double lower, double upper) {
    return interval(lower, upper, NINETY_PERCENT);
  }

  /**
   * Returns a central confidence interval with the given confidence.
   *
   * @param lower the {@code (1 - confidence) / 2} quantile
   * @param upper the {@code (1 + confidence) / 2} quantile
   * @param confidence the probability that the true value lies within the bounds, within (0, 1)
   * @return the estimate
   * @throws IllegalArgumentException if a bound is not finite, {@code lower ≥ upper}, or the
   *     confidence is 0 or 1
   */
  public static Estimate interval(double lower, double upper, Probability confidence) {
    Objects.requireNonNull(confidence, "confidence");
    double lo = Checks.requireFinite("lower", lower);
    double hi = Checks.requireFinite("upper", upper);
    if (!(lo < hi)) {
      throw new IllegalArgumentException(
          "interval must satisfy lower < upper (was " + Checks.format(lo) + ", " + Checks.format(hi) + ")");
    }
    if (confidence.isZero() || confidence.isCertain()) {
      throw new IllegalArgumentException(
          "confidence must be within (0, 1) (was " + confidence + ")\n"
              + "Maybe use Estimate.threePoint for hard minimum and maximum bounds");
    }
    return new Estimate(Kind.CONFIDENCE_INTERVAL, lo, Double.NaN, hi, confidence);
  }

  /**
   * Returns the form of this estimate.
   *
   * @return {@link Kind#THREE_POINT} or {@link Kind#CONFIDENCE_INTERVAL}
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the lower end: the minimum of a three-point estimate, the lower bound of an interval.
   *
   * @return a finite number, at most {@link #high()}
   */
  public double low() {
    return low;
  }

  /**
   * Returns the upper end: the maximum of a three-point estimate, the upper bound of an interval.
   *
   * @return a finite number, at least {@link #low()}
   */
  public double high() {
    return high;
  }

  /**
   * Returns the most likely value of a three-point estimate.
   *
   * @return the mode, or empty for a confidence interval
   */
  public OptionalDouble mostLikely() {
    return kind == Kind.THREE_POINT ? OptionalDouble.of(mostLikely) : OptionalDouble.empty();
  }

  /**
   * Returns the probability that the true value lies within {@code [low(), high()]}.
   *
   * @return {@link Probability#ONE} for a three-point estimate, the stated confidence for an
   *     interval
   */
  public Probability confidence() {
    return confidence;
  }

  /**
   * Returns the width of the range.
   *
   * @return {@code high() - low()}, zero or more; may overflow to infinity only for ranges wider
   *     than {@link Double#MAX_VALUE}, which callers with real quantities do not meet
   */
  public double width() {
    return high - low;
  }

  /**
   * Tells whether a value lies within the range, bounds included.
   *
   * @param value the value to test
   * @return true if {@code low() ≤ value ≤ high()}
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Estimate other)) {
      return false;
    }
    return kind == other.kind
        && low == other.low
        && high == other.high
        && Double.compare(mostLikely, other.mostLikely) == 0
        && confidence.equals(other.confidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, low, mostLikely, high, confidence);
  }

  /**
   * Returns {@code Estimate[3, 5, 12]} for a three-point estimate and
   * {@code Estimate[50000..2000000 @ 0.9]} for an interval.
   */
  @Override
  public String toString() {
    if (kind == Kind.THREE_POINT) {
      return "Estimate[" + Checks.format(low) + ", " + Checks.format(mostLikely) + ", " + Checks.format(high) + "]";
    }
    return "Estimate[" + Checks.format(low) + ".." + Checks.format(high) + " @ " + confidence + "]";
  }
}

package io.github.ctokit.core.people;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a new hire's productivity grows from their first day to fully productive ("ramped": the
 * median contribution of existing staff, Rastogi et al.). Productivity is a factor in [0, 1] of
 * the hire's hours, a function of whole days since the employment start {@code t}, with
 * {@code D = days()} and {@code p0 = initial()}:
 *
 * <ul>
 *   <li>{@link Shape#STEP}: {@code p0} for {@code t < D}, then 1;
 *   <li>{@link Shape#LINEAR}: {@code p0 + (1 − p0)·t/D} for {@code t < D}, then 1;
 *   <li>{@link Shape#LOGISTIC}: {@code p0 + (1 − p0)·g(t/D)} for {@code t < D}, then 1, where
 *       {@code g(x) = (L(x) − L(0)) / (L(1) − L(0))} and {@code L(x) = 1 / (1 + e^(−10(x − ½)))}: the
 *       S-curve rescaled to run exactly from {@code p0} at day 0 to 1 at day {@code D}.
 * </ul>
 *
 * <p>Every shape is non-decreasing in {@code t} and never above 1. {@link #none()} is productive
 * from day 0. Surveys put the ramp at 3 to 9 months (REFERENCES §5.2, weak evidence): the duration
 * is always the caller's choice.
 *
 * <pre>{@code
 * RampUp threeMonths = RampUp.linear(90, 0.0);
 * RampUp sCurve = RampUp.logistic(180, 0.1);
 * }</pre>
 */
public final class RampUp {

  /** The form of the curve. */
  public enum Shape {
    /** Flat at the initial productivity, then fully productive on day {@code days()}. */
    STEP,
    /** A straight line from the initial productivity to 1. */
    LINEAR,
    /** A rescaled logistic S-curve from the initial productivity to 1. */
    LOGISTIC
  }

  /** The longest ramp accepted, in days (ten years). */
  public static final int MAX_DAYS = 3_653;

  private static final double STEEPNESS = 10;
  private static final double L0 = logistic(0);
  private static final double L1 = logistic(1);
  private static final RampUp NONE = new RampUp(Shape.STEP, 0, 1);

  private final Shape shape;
  private final int days;
  private final double initial;

  private RampUp(Shape shape, int days, double initial) {
    this.shape = shape;
    this.days = days;
    this.initial = initial;
  }

  private static double logistic(double x) {
    return 1 / (1 + Math.exp(-STEEPNESS * (x - 0.5)));
  }

  /**
   * Returns no ramp: fully productive from the first day.
   *
   * @return the flat curve
   */
  public static RampUp none() {
    return NONE;
  }

  /**
   * Returns a step ramp.
   *
   * @param days days until fully productive, 0 to {@value #MAX_DAYS}
   * @param initial productivity before that, within [0, 1]
   * @return the curve
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static RampUp step(int days, double initial) {
    return of(Shape.STEP, days, initial);
  }

  /**
   * Returns a linear ramp.
   *
   * @param days days until fully productive, 0 to {@value #MAX_DAYS}
   * @param initial productivity on day 0, within [0, 1]
   * @return the curve
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static RampUp linear(int days, double initial) {
    return of(Shape.LINEAR, days, initial);
  }

  /**
   * Returns a logistic ramp.
   *
   * @param days days until fully productive, 0 to {@value #MAX_DAYS}
   * @param initial productivity on day 0, within [0, 1]
   * @return the curve
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static RampUp logistic(int days, double initial) {
    return of(Shape.LOGISTIC, days, initial);
  }

  /**
   * Returns a ramp of any shape.
   *
   * @param shape the shape
   * @param days days until fully productive, 0 to {@value #MAX_DAYS}
   * @param initial productivity on day 0, within [0, 1]
   * @return the curve
   * @throws NullPointerException if {@code shape} is null
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static RampUp of(Shape shape, int days, double initial) {
    Objects.requireNonNull(shape, "shape");
    if (days < 0 || days > MAX_DAYS) {
      throw new IllegalArgumentException("days must be within [0, " + MAX_DAYS + "] (was " + days + ")");
    }
    return new RampUp(shape, days, Checks.requireWithin("initial", initial, 0, 1));
  }

  /**
   * Returns the shape.
   *
   * @return the shape
   */
  public Shape shape() {
    return shape;
  }

  /**
   * Returns the days until fully productive.
   *
   * @return 0 to {@value #MAX_DAYS}
   */
  public int days() {
    return days;
  }

  /**
   * Returns the productivity on day 0.
   *
   * @return within [0, 1]
   */
  public double initial() {
    return initial;
  }

  /**
   * Returns the productivity a number of days after the employment start.
   *
   * @param daysSinceStart whole days since the first day (day 0); negative days give 0 (not yet employed)
   * @return within [0, 1], non-decreasing in {@code daysSinceStart}
   */
  public double productivity(long daysSinceStart) {
    if (daysSinceStart < 0) {
      return 0;
    }
    if (daysSinceStart >= days) {
      return 1;
    }
    double x = (double) daysSinceStart / days;
    double g = switch (shape) {
      case STEP -> 0;
      case LINEAR -> x;
      case LOGISTIC -> Math.min(1, Math.max(0, (logistic(x) - L0) / (L1 - L0)));
    };
    return initial + (1 - initial) * g;
  }

  /**
   * Returns the first day on which productivity reaches a level.
   *
   * @param level the productivity wanted, within [0, 1]
   * @return the smallest day {@code t ≥ 0} with {@code productivity(t) ≥ level}, at most {@link #days()}
   * @throws IllegalArgumentException if {@code level} is outside [0, 1]
   */
  public int daysToReach(double level) {
    double l = Checks.requireWithin("level", level, 0, 1);
    int lo = 0;
    int hi = days;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (productivity(mid) >= l) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof RampUp other && other.shape == shape && other.days == days && other.initial == initial;
  }

  @Override
  public int hashCode() {
    return Objects.hash(shape, days, initial);
  }

  /** Returns {@code RampUp[LINEAR 90 d from 0]}. */
  @Override
  public String toString() {
    return "RampUp[" + shape + " " + days + " d from " + Checks.format(initial) + "]";
  }
}

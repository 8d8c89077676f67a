package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.internal.SpecialFunctions;
import java.util.List;
import java.util.Objects;

/**
 * A risk tolerance (appetite) curve: the largest acceptable probability that a year's loss
 * exceeds each amount, compared with a loss exceedance curve by
 * {@link LossStatistics#toleranceBreaches(ToleranceCurve)}.
 *
 * <p>Either a lognormal exceedance curve through two points, as CISO Assistant draws it
 * ({@code z = Φ⁻¹(1 − p)}, {@code σ = (ln L₂ − ln L₁)/(z₂ − z₁)}, {@code μ = ln L₁ − σ·z₁},
 * tolerated {@code P(L > x) = 1 − Φ((ln x − μ)/σ)}), or given points joined linearly in
 * the logarithm of the amount (flat before the first and after the last). Immutable.
 *
 * <pre>{@code
 * ToleranceCurve appetite = ToleranceCurve.lognormal(0.10, 1_000_000, 0.01, 10_000_000);
 * appetite.mu();      // 10.991149956065383
 * appetite.sigma();   // 2.2038602876651843
 * }</pre>
 */
public final class ToleranceCurve {

  private final List<ExceedancePoint> points;
  private final double mu;
  private final double sigma;

  private ToleranceCurve(List<ExceedancePoint> points, double mu, double sigma) {
    this.points = points;
    this.mu = mu;
    this.sigma = sigma;
  }

  /**
   * Returns the lognormal tolerance curve through two points.
   *
   * @param p1 the tolerated probability of exceeding {@code amount1}, within (0, 1)
   * @param amount1 the first amount, greater than 0
   * @param p2 the tolerated probability of exceeding {@code amount2}, within (0, p1)
   * @param amount2 the second amount, greater than {@code amount1}
   * @return the curve
   * @throws IllegalArgumentException if a value is out of range or the points are not ordered
   */
  public static ToleranceCurve lognormal(double p1, double amount1, double p2, double amount2) {
    double a = Checks.requireFinite("amount1", amount1);
    double b = Checks.requireFinite("amount2", amount2);
    if (!(a > 0 && b > a)) {
      throw new IllegalArgumentException("tolerance amounts must satisfy 0 < amount1 < amount2 (was "
          + Checks.format(a) + ", " + Checks.format(b) + ")");
    }
    double q1 = Checks.requireWithin("p1", p1, 0, 1);
    double q2 = Checks.requireWithin("p2", p2, 0, 1);
    if (!(q2 > 0 && q1 > q2 && q1 < 1)) {
      throw new IllegalArgumentException("tolerance probabilities must satisfy 0 < p2 < p1 < 1 (was "
          + Checks.format(q1) + ", " + Checks.format(q2) + ")");
    }
    double z1 = SpecialFunctions.normalQuantile(1 - q1);
    double z2 = SpecialFunctions.normalQuantile(1 - q2);
    double s = (Math.log(b) - Math.log(a)) / (z2 - z1);
    return new ToleranceCurve(List.of(new ExceedancePoint(a, q1), new ExceedancePoint(b, q2)),
        Math.log(a) - s * z1, s);
  }

  /**
   * Returns a tolerance curve through the given points.
   *
   * @param points one or more points, by strictly increasing amount (greater than 0) and
   *     non-increasing probability
   * @return the curve
   * @throws NullPointerException if {@code points} or a point is null
   * @throws IllegalArgumentException if there is no point or they are not ordered
   */
  public static ToleranceCurve of(List<ExceedancePoint> points) {
    List<ExceedancePoint> copy = List.copyOf(points);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("tolerance points must not be empty");
    }
    for (int i = 0; i < copy.size(); i++) {
      ExceedancePoint p = copy.get(i);
      if (!(p.amount() > 0)) {
        throw new IllegalArgumentException("points[" + i + "].amount must be greater than 0 (was "
            + Checks.format(p.amount()) + ")");
      }
      if (i > 0 && !(p.amount() > copy.get(i - 1).amount() && p.probability() <= copy.get(i - 1).probability())) {
        throw new IllegalArgumentException("points[" + i
            + "] must have a greater amount and no greater probability than points[" + (i - 1) + "] (was " + p + ")");
      }
    }
    return new ToleranceCurve(copy, Double.NaN, Double.NaN);
  }

  /**
   * Returns the defining points.
   *
   * @return the points, by increasing amount
   */
  public List<ExceedancePoint> points() {
    return points;
  }

  /**
   * Returns μ of a lognormal curve.
   *
   * @return μ, or NaN for a curve given by points
   */
  public double mu() {
    return mu;
  }

  /**
   * Returns σ of a lognormal curve.
   *
   * @return σ, or NaN for a curve given by points
   */
  public double sigma() {
    return sigma;
  }

  /**
   * Returns the tolerated probability of exceeding an amount.
   *
   * @param amount the amount
   * @return a probability within [0, 1], non-increasing in {@code amount}
   */
  public double tolerated(double amount) {
    if (!Double.isNaN(mu)) {
      return amount <= 0 ? 1 : 1 - SpecialFunctions.normalCdf((Math.log(amount) - mu) / sigma);
    }
    Objects.requireNonNull(points);
    ExceedancePoint first = points.get(0);
    if (!(amount > first.amount())) {
      return first.probability();
    }
    for (int i = 1; i < points.size(); i++) {
      ExceedancePoint hi = points.get(i);
      if (amount <= hi.amount()) {
        ExceedancePoint lo = points.get(i - 1);
        double t = (Math.log(amount) - Math.log(lo.amount())) / (Math.log(hi.amount()) - Math.log(lo.amount()));
        return lo.probability() + t * (hi.probability() - lo.probability());
      }
    }
    return points.get(points.size() - 1).probability();
  }
}

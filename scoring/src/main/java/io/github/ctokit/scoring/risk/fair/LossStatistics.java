package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.scoring.PercentileConvention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The simulated distribution of annual loss of one scenario or of the portfolio: mean with its
 * standard error, spread, percentiles, value at risk, expected shortfall, exceedance probabilities
 * and the distribution of the number of loss events a year.
 *
 * <p>Annual loss includes the years without loss. Amounts are in the portfolio's currency. Under
 * {@link StatisticsMode#STREAMING} percentiles are read from a logarithmic histogram (within a
 * relative {@link #percentileRelativeError()} of the nearest-rank sample percentile) and
 * exceedance probabilities interpolate within a bucket; under {@link StatisticsMode#EXACT} they
 * are read from the sorted sample with the simulation's {@link PercentileConvention}, and
 * {@code P(L > x)} is an exact count. Mean, standard error, minimum and maximum are exact in both.
 * Immutable and thread-safe.
 */
public final class LossStatistics {

  /** The levels of {@link #percentiles()}. */
  static final double[] STANDARD_LEVELS = {0.05, 0.10, 0.50, 0.90, 0.95, 0.99, 0.999};
  /** The exceedance probabilities of the default loss exceedance curve grid. */
  static final double[] GRID = {0.5, 0.3, 0.2, 0.1, 0.05, 0.02, 0.01, 0.005, 0.002, 0.001};

  private final long years;
  private final double mean;
  private final double variance;
  private final double minimum;
  private final double maximum;
  private final double @Nullable [] sorted;
  private final @Nullable LogHistogram histogram;
  private final PercentileConvention convention;
  private final long[] eventCounts;

  LossStatistics(long years, double sum, double sumOfSquares, double minimum, double maximum,
      double @Nullable [] sorted, @Nullable LogHistogram histogram, PercentileConvention convention,
      long[] eventCounts) {
    this.years = years;
    double m = sum / years;
    this.mean = m;
    this.variance = years > 1 ? Math.max(0, (sumOfSquares - years * m * m) / (years - 1)) : 0;
    this.minimum = minimum;
    this.maximum = maximum;
    this.sorted = sorted;
    this.histogram = histogram;
    this.convention = convention;
    this.eventCounts = eventCounts;
  }

  /**
   * Returns the number of simulated years.
   *
   * @return one or more
   */
  public long years() {
    return years;
  }

  /**
   * Returns the mean annual loss (the annualised loss expectancy), zero-loss years included.
   *
   * @return an amount, zero or more
   */
  public double mean() {
    return mean;
  }

  /**
   * Returns the standard error of the mean, {@code s/√n}.
   *
   * @return zero or more
   */
  public double standardError() {
    return Math.sqrt(variance / years);
  }

  /**
   * Returns the half-width of the 95 % confidence interval of the mean, {@code 1.96·s/√n}.
   *
   * @return zero or more
   */
  public double halfWidth95() {
    return 1.959963984540054 * standardError();
  }

  /**
   * Returns the sample standard deviation of annual loss (divisor n − 1).
   *
   * @return zero or more
   */
  public double standardDeviation() {
    return Math.sqrt(variance);
  }

  /**
   * Returns the smallest simulated annual loss.
   *
   * @return an amount
   */
  public double minimum() {
    return minimum;
  }

  /**
   * Returns the largest simulated annual loss.
   *
   * @return an amount
   */
  public double maximum() {
    return maximum;
  }

  /**
   * Tells whether percentiles are read from the full sample.
   *
   * @return true under {@link StatisticsMode#EXACT}
   */
  public boolean isExact() {
    return sorted != null;
  }

  /**
   * Returns the bound on the relative error of a percentile.
   *
   * @return 0 when exact, 2⁻⁸ (about 0.4 %) when streaming
   */
  public double percentileRelativeError() {
    return sorted != null ? 0 : LogHistogram.RELATIVE_ERROR;
  }

  /**
   * Returns a percentile of annual loss.
   *
   * @param p the level, within [0, 1] (0.95 for the 95th percentile)
   * @return the amount, between {@link #minimum()} and {@link #maximum()}
   * @throws IllegalArgumentException if {@code p} is outside [0, 1]
   */
  public double percentile(double p) {
    double level = Checks.requireWithin("p", p, 0, 1);
    double[] s = sorted;
    if (s != null) {
      return convention.of(s, level);
    }
    LogHistogram h = histogram;
    if (h == null) {
      return 0;
    }
    double v = h.valueAtRank(PercentileConvention.nearestRank(years, level));
    return Math.min(maximum, Math.max(minimum, v));
  }

  /**
   * Returns the standard percentiles P5, P10, P50, P90, P95, P99 and P99.9.
   *
   * @return level → amount, in increasing level order
   */
  public Map<Double, Double> percentiles() {
    Map<Double, Double> out = new LinkedHashMap<>();
    for (double level : STANDARD_LEVELS) {
      out.put(level, percentile(level));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the value at risk at a level: the {@code q}-percentile of annual loss.
   *
   * @param q the level, within [0, 1], such as 0.99
   * @return the amount
   * @throws IllegalArgumentException if {@code q} is outside [0, 1]
   */
  public double valueAtRisk(double q) {
    return percentile(q);
  }

  /**
   * Returns the expected shortfall (tail value at risk) at a level, {@code E[L | L ≥ VaR_q]} with
   * VaR as {@link #valueAtRisk(double)} reports it. Exact in exact mode. In streaming mode, from
   * the histogram's exact bucket sums: every bucket above the value at risk whole, and of its own
   * bucket the share above it by linear interpolation, so only the years sharing that one bucket
   * (values within 2⁻⁷ of each other) are apportioned rather than classified.
   *
   * @param q the level, within [0, 1)
   * @return the amount, at least the value at risk
   * @throws IllegalArgumentException if {@code q} is outside [0, 1)
   */
  public double expectedShortfall(double q) {
    double level = Checks.requireWithin("q", q, 0, 1);
    if (level == 1) {
      throw new IllegalArgumentException("q must be less than 1 (was 1)\nMaybe use maximum()");
    }
    double var = valueAtRisk(level);
    double[] s = sorted;
    if (s != null) {
      int i = lowerBound(s, var);
      double sum = 0;
      for (int j = i; j < s.length; j++) {
        sum += s[j];
      }
      return i < s.length ? sum / (s.length - i) : var;
    }
    LogHistogram h = histogram;
    if (h == null) {
      return 0;
    }
    return var > 0 ? h.tail(var, maximum).mean(var) : mean; // a zero VaR puts every year in the tail
  }

  private static int lowerBound(double[] s, double v) {
    int lo = 0;
    int hi = s.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s[mid] < v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] s, double v) {
    int lo = 0;
    int hi = s.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (s[mid] <= v) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns the probability that a year's loss exceeds an amount, {@code P(L > amount)}.
   *
   * @param amount the amount; NaN is rejected
   * @return the share of simulated years above it, within [0, 1]
   * @throws IllegalArgumentException if {@code amount} is NaN
   */
  public double exceedanceProbability(double amount) {
    if (Double.isNaN(amount)) {
      throw new IllegalArgumentException("amount must be a number (was NaN)");
    }
    double[] s = sorted;
    if (s != null) {
      return (double) (s.length - upperBound(s, amount)) / s.length;
    }
    LogHistogram h = histogram;
    if (h == null || amount >= maximum) {
      return 0;
    }
    if (amount < minimum) {
      return 1;
    }
    return Math.min(1, Math.max(0, h.countAbove(amount) / years));
  }

  /**
   * Returns the probability of a year without loss.
   *
   * @return {@code P(L = 0)}, within [0, 1]
   */
  public double probabilityOfNoLoss() {
    double[] s = sorted;
    if (s != null) {
      return (double) upperBound(s, 0) / s.length;
    }
    LogHistogram h = histogram;
    return h == null ? 1 : (double) h.zeros() / years;
  }

  /**
   * Returns the loss exceedance curve at the given amounts.
   *
   * @param amounts the amounts, in any order; each finite
   * @return one point per amount, in the order given
   * @throws NullPointerException if {@code amounts} is null
   * @throws IllegalArgumentException if an amount is not finite
   */
  public List<ExceedancePoint> exceedanceCurve(double... amounts) {
    java.util.Objects.requireNonNull(amounts, "amounts");
    List<ExceedancePoint> out = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      double a = Checks.requireFinite("amounts[" + i + "]", amounts[i]);
      out.add(new ExceedancePoint(a, exceedanceProbability(a)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the loss exceedance curve on the default grid: the amounts at which the exceedance
   * probability is 50, 30, 20, 10, 5, 2, 1, 0.5, 0.2 and 0.1 % (the percentiles at one minus those),
   * each with its simulated exceedance probability; repeated amounts appear once.
   *
   * @return the points, by increasing amount
   */
  public List<ExceedancePoint> exceedanceCurve() {
    List<ExceedancePoint> out = new ArrayList<>();
    double last = Double.NaN;
    for (double p : GRID) {
      double amount = percentile(1 - p);
      if (amount != last) {
        out.add(new ExceedancePoint(amount, exceedanceProbability(amount)));
        last = amount;
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the points of the default exceedance curve that lie above a tolerance curve: amounts
   * whose simulated exceedance probability is greater than the tolerated one.
   *
   * @param tolerance the tolerance (risk appetite) curve
   * @return the breaching points, by increasing amount; empty when within tolerance
   * @throws NullPointerException if {@code tolerance} is null
   */
  public List<ExceedancePoint> toleranceBreaches(ToleranceCurve tolerance) {
    java.util.Objects.requireNonNull(tolerance, "tolerance");
    List<ExceedancePoint> out = new ArrayList<>();
    for (ExceedancePoint p : exceedanceCurve()) {
      if (p.probability() > tolerance.tolerated(p.amount())) {
        out.add(p);
      }
    }
    for (ExceedancePoint p : tolerance.points()) {
      double simulated = exceedanceProbability(p.amount());
      if (simulated > p.probability()) {
        out.add(new ExceedancePoint(p.amount(), simulated));
      }
    }
    out.sort((a, b) -> Double.compare(a.amount(), b.amount()));
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the distribution of the number of loss events a year.
   *
   * @return number of events → number of years, by increasing number of events; years without
   *     events under key 0
   */
  public SortedMap<Integer, Long> eventCounts() {
    SortedMap<Integer, Long> out = new TreeMap<>();
    for (int k = 0; k < eventCounts.length; k++) {
      if (eventCounts[k] > 0) {
        out.put(k, eventCounts[k]);
      }
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /**
   * Returns the mean number of loss events a year.
   *
   * @return zero or more
   */
  public double meanEvents() {
    double sum = 0;
    for (int k = 1; k < eventCounts.length; k++) {
      sum += (double) k * eventCounts[k];
    }
    return sum / years;
  }

  /**
   * Returns a one-line summary: mean ± standard error, P50, P90, P99, maximum.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "mean %.2f ± %.2f (SE), P50 %.2f, P90 %.2f, P99 %.2f, max %.2f over %d years",
        mean, standardError(), percentile(0.5), percentile(0.9), percentile(0.99), maximum, years);
  }
}

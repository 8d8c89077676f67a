package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputPeriod;
import io.github.ctokit.scoring.PercentileConvention;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How a forecast was computed, as structured data: the samples it used, the method and why, the
 * trials and seed of a simulation, the horizon, whether capacity scaled the projection, the scope
 * growth, and the percentile rule. Immutable.
 */
public final class ForecastExplanation {

  private final ForecastMethod method;
  private final String methodReason;
  private final int trials;
  private final long seed;
  private final int samples;
  private final int nonZeroSamples;
  private final ThroughputPeriod period;
  private final LocalDate historyFrom;
  private final LocalDate historyTo;
  private final int horizonPeriods;
  private final boolean capacityScaled;
  private final Optional<ScopeGrowth> scopeGrowth;
  private final PercentileConvention convention;
  private final String percentileRule;

  ForecastExplanation(ForecastMethod method, String methodReason, int trials, long seed, int samples, int nonZeroSamples,
      ThroughputPeriod period, LocalDate historyFrom, LocalDate historyTo, int horizonPeriods, boolean capacityScaled,
      Optional<ScopeGrowth> scopeGrowth, PercentileConvention convention, String percentileRule) {
    this.method = method;
    this.methodReason = methodReason;
    this.trials = trials;
    this.seed = seed;
    this.samples = samples;
    this.nonZeroSamples = nonZeroSamples;
    this.period = period;
    this.historyFrom = historyFrom;
    this.historyTo = historyTo;
    this.horizonPeriods = horizonPeriods;
    this.capacityScaled = capacityScaled;
    this.scopeGrowth = scopeGrowth;
    this.convention = convention;
    this.percentileRule = percentileRule;
  }

  /**
   * Returns the method used: {@link ForecastMethod#EXACT} or {@link ForecastMethod#MONTE_CARLO}, never AUTO.
   *
   * @return the method
   */
  public ForecastMethod method() {
    return method;
  }

  /**
   * Returns why that method was used, such as "exact: i.i.d. whole-number samples, no scaling".
   *
   * @return one sentence
   */
  public String methodReason() {
    return methodReason;
  }

  /**
   * Returns the number of Monte Carlo trials.
   *
   * @return the trials, or 0 for the exact method
   */
  public int trials() {
    return trials;
  }

  /**
   * Returns the seed of the simulation; the same seed and inputs give the same forecast.
   *
   * @return the seed (unused by the exact method)
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of period samples resampled (summed over teams for a roadmap).
   *
   * @return 1 or more
   */
  public int samples() {
    return samples;
  }

  /**
   * Returns the number of samples with at least one item.
   *
   * @return 1 or more
   */
  public int nonZeroSamples() {
    return nonZeroSamples;
  }

  /**
   * Returns the period of the samples.
   *
   * @return day or week
   */
  public ThroughputPeriod period() {
    return period;
  }

  /**
   * Returns the first day of the history used.
   *
   * @return the date
   */
  public LocalDate historyFrom() {
    return historyFrom;
  }

  /**
   * Returns the day after the history used.
   *
   * @return the exclusive end
   */
  public LocalDate historyTo() {
    return historyTo;
  }

  /**
   * Returns the number of projected periods simulated at most (the horizon cap).
   *
   * @return 0 or more
   */
  public int horizonPeriods() {
    return horizonPeriods;
  }

  /**
   * Tells whether a capacity outlook or short weeks scaled some projected period's throughput.
   *
   * @return true if some factor differed from 1
   */
  public boolean capacityScaled() {
    return capacityScaled;
  }

  /**
   * Returns the scope growth applied, if any.
   *
   * @return the split-rate range, or empty
   */
  public Optional<ScopeGrowth> scopeGrowth() {
    return scopeGrowth;
  }

  /**
   * Returns the percentile convention of a Monte Carlo forecast (the exact method reads by nearest rank).
   *
   * @return the convention
   */
  public PercentileConvention convention() {
    return convention;
  }

  /**
   * Returns the percentile rule in words.
   *
   * @return one sentence
   */
  public String percentileRule() {
    return percentileRule;
  }

  /** Returns the explanation as a few lines of text. */
  @Override
  public String toString() {
    String how = method == ForecastMethod.EXACT ? "exact convolution" : trials + " Monte Carlo trials, seed " + seed;
    return how + " (" + methodReason + ")\n"
        + samples + " " + period.name().toLowerCase(java.util.Locale.ROOT) + " samples (" + nonZeroSamples
        + " non-zero) from " + historyFrom + " to " + historyTo.minusDays(1) + "; horizon " + horizonPeriods + " periods"
        + (capacityScaled ? "; throughput scaled by planned capacity" : "")
        + scopeGrowth.map(g -> "; scope growth " + g).orElse("") + "\n"
        + percentileRule;
  }
}

package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The answer to "how many items by a date": the distribution of the number of items finished in
 * the projected periods after the as-of date up to the target date. Immutable.
 *
 * <p><b>Percentile semantics.</b> {@link #itemsAt(double) itemsAt(0.85)} is the largest X such
 * that at least 85 % of the outcomes finish X items or more: "85 % sure of at least X"
 * (ActionableAgile, Lighthouse). It is therefore the <em>15th</em> percentile of the simulated
 * item counts, read descending (FocusedObjective writes {@code PERCENTILE(sum, 1 − p)}), and it
 * falls as the confidence rises.
 *
 * <pre>{@code
 * ItemsForecast many = forecaster.howMany(asOf, LocalDate.of(2027, 6, 30));
 * many.itemsAt(0.85);               // 41
 * many.likelihoodOfAtLeast(50);     // 0.47
 * }</pre>
 */
public final class ItemsForecast {

  private final LocalDate asOf;
  private final LocalDate until;
  private final int periods;
  private final ItemsDistribution distribution;
  private final ForecastExplanation explanation;

  ItemsForecast(LocalDate asOf, LocalDate until, int periods, ItemsDistribution distribution,
      ForecastExplanation explanation) {
    this.asOf = asOf;
    this.until = until;
    this.periods = periods;
    this.distribution = distribution;
    this.explanation = explanation;
  }

  /**
   * Returns the date the forecast was made as of; items are counted from the day after.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the last day counted.
   *
   * @return the target date, inclusive
   */
  public LocalDate until() {
    return until;
  }

  /**
   * Returns the number of whole projected periods (working days, or weeks) between the dates.
   *
   * @return zero or more
   */
  public int periods() {
    return periods;
  }

  /**
   * Returns the number of items finished with at least the given confidence: the largest X with
   * P(items ≥ X) ≥ p.
   *
   * @param p the confidence, within [0, 1]
   * @return zero or more; non-increasing in {@code p}
   * @throws IllegalArgumentException if {@code p} is outside [0, 1]
   */
  public long itemsAt(double p) {
    return distribution.itemsAt(Checks.requireWithin("p", p, 0, 1));
  }

  /**
   * Returns the probability of finishing at least {@code x} items.
   *
   * @param x the number of items
   * @return within [0, 1]; 1 for {@code x ≤ 0}
   */
  public double likelihoodOfAtLeast(long x) {
    return distribution.atLeast(x);
  }

  /**
   * Returns how the forecast was computed.
   *
   * @return the explanation
   */
  public ForecastExplanation explanation() {
    return explanation;
  }

  /**
   * Returns the forecast in a few lines: the items at 50, 85 and 95 %, then the explanation.
   *
   * @return the text
   */
  public String explain() {
    return String.format(Locale.ROOT, "%s to %s (%d periods): 50 %% ≥ %d, 85 %% ≥ %d, 95 %% ≥ %d items", asOf.plusDays(1),
        until, periods, itemsAt(0.5), itemsAt(0.85), itemsAt(0.95)) + '\n' + explanation;
  }

  /** Returns the first line of {@link #explain()}. */
  @Override
  public String toString() {
    return explain().lines().findFirst().orElse("");
  }
}

package io.github.ctokit.scoring.risk.fair;

/** How the simulation keeps the annual losses it reads statistics from. */
public enum StatisticsMode {
  /**
   * Memory independent of the number of years: exact count, mean, variance, minimum and maximum;
   * percentiles, value at risk and exceedance probabilities from a logarithmic histogram whose
   * buckets are at most 2⁻⁷ wide, so a reported percentile lies within a relative 0.4 % of a
   * sample value of that rank (nearest-rank convention); expected shortfall and tail contributions
   * at the requested tail levels exact, from a second pass over the same random streams (the
   * simulation's cost doubles when tail levels are requested).
   */
  STREAMING,
  /**
   * Every annual loss kept: 8 bytes per year for the portfolio and 8 per year per scenario
   * ({@code 8·years·(scenarios + 1)} bytes, 808 MB for 100 scenarios and a million years);
   * percentiles by the simulation's {@link io.github.ctokit.scoring.PercentileConvention}, every
   * tail figure exact, no second pass.
   */
  EXACT
}

package io.github.ctokit.scoring.risk.fair;

/** How the simulation keeps the annual losses it reads statistics from. */
public enum StatisticsMode {
  /**
   * Memory independent of the number of years: exact count, mean, variance, minimum and maximum;
   * percentiles, value at risk and exceedance probabilities from a logarithmic histogram whose
   * buckets are at most 2⁻⁷ wide, so a reported percentile lies within a relative 0.4 % of a
   * sample value of that rank (nearest-rank convention). Expected shortfall and tail contributions
   * come from the same single pass: the portfolio histogram keeps each bucket's exact sum, and
   * each scenario's losses are summed by the bucket of their year's portfolio total (for the
   * buckets from about the lowest tail level down, a few kilobytes per scenario), so every year
   * above the value at risk's bucket counts exactly and only the years sharing that one bucket
   * are apportioned by interpolation; contributions add up to the expected shortfall. A
   * scenario's own expected shortfall is read at bucket midpoints (within the percentile error).
   */
  STREAMING,
  /**
   * Every annual loss kept: 8 bytes per year for the portfolio and 8 per year per scenario
   * ({@code 8·years·(scenarios + 1)} bytes, 808 MB for 100 scenarios and a million years);
   * percentiles by the simulation's {@link io.github.ctokit.scoring.PercentileConvention}, every
   * tail figure exact.
   */
  EXACT
}

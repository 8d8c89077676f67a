package io.github.ctokit.scoring.forecast;

/** How a forecast computes its distribution. */
public enum ForecastMethod {
  /**
   * {@link #EXACT} where the model allows it and the cost is bounded, else {@link #MONTE_CARLO};
   * the default. The explanation says which was used and why.
   */
  AUTO,
  /**
   * The exact distribution of the sum of i.i.d. period samples, by repeated convolution of the
   * empirical throughput distribution (absorbed at N for "when"). Applies when every sample is a
   * whole number, no capacity scaling or short week moves a projected period, there is no scope
   * growth to sample and a roadmap's feature WIP is 1 (an item range of {@code when} is averaged
   * exactly). Features needing several teams multiply their teams' exact CDFs (independent
   * teams). Percentiles are read by nearest rank on the exact distribution.
   */
  EXACT,
  /** Seeded Monte Carlo resampling of the period samples, with the configured number of trials. */
  MONTE_CARLO
}

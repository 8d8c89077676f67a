package io.github.ctokit.core.risk.fair;

/** What a portfolio's Gaussian copula correlates. */
public enum DependenceTarget {
  /**
   * The scenarios' annual losses: within each block of simulated years, each scenario's annual
   * losses are reordered so that their ranks follow correlated normal scores (Iman–Conover). The
   * marginal distribution of every scenario is unchanged.
   */
  ANNUAL_LOSS,
  /**
   * The scenarios' yearly event counts: each year's count is drawn by inversion from a correlated
   * uniform (Gaussian copula on the frequency). Magnitudes stay independent.
   */
  FREQUENCY
}

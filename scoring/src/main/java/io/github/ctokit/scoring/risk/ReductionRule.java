package io.github.ctokit.scoring.risk;

/**
 * How the controls mapped to one risk combine into one reduction. Each control contributes
 * {@code r = effectiveness × coverage}; only the controls the risk lists count.
 */
public enum ReductionRule {
  /**
   * ctokit's default: controls act independently, {@code reduction = 1 − Π(1 − r)}. Two controls
   * of 0.5 remove 0.75 of the risk.
   */
  COMBINED,
  /** SimpleRisk's rule: the strongest control alone, {@code reduction = max(r)}. */
  STRONGEST
}

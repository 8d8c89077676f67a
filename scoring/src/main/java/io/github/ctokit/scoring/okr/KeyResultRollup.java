package io.github.ctokit.scoring.okr;

/** How an objective's key results combine into its progress. */
public enum KeyResultRollup {
  /** Unweighted mean (Google, Perdoo, Quantive, GitLab, operately, BurningOKR). */
  MEAN,
  /** {@code Σ wᵢ·pᵢ / Σ wᵢ} (okr-tracker, Lattice, Leapsome, ServiceNow). */
  WEIGHTED_MEAN,
  /** The weakest key result. */
  MIN,
  /**
   * Same-unit quantities summed: {@code (Σ current − Σ start) / (Σ target − Σ start)} (Viva Goals
   * issue 518, Betterworks). Key results of one objective must share a unit.
   */
  VALUE_ROLLUP
}

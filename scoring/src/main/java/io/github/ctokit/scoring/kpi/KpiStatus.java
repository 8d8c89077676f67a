package io.github.ctokit.scoring.kpi;

/** The colour of a KPI as of a date. */
public enum KpiStatus {
  /** At or better than the green threshold. */
  GREEN,
  /** Between the amber and green thresholds. */
  AMBER,
  /** Worse than the amber threshold. */
  RED,
  /** No observation on or before the date (or the latest is stale); never green. */
  NO_DATA,
  /** The KPI has no target to be coloured against. */
  NO_TARGET
}

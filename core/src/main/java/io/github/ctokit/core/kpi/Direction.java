package io.github.ctokit.core.kpi;

/** Which values of a KPI are good. */
public enum Direction {
  /** Higher is better: green at or above the target (less the green tolerance). */
  HIGHER_IS_BETTER,
  /** Lower is better: green at or below the target (plus the green tolerance). */
  LOWER_IS_BETTER,
  /** Green within a closed range {@code [rangeLow, rangeHigh]}; tolerances widen it. */
  WITHIN_RANGE
}

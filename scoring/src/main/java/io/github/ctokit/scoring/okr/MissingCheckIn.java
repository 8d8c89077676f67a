package io.github.ctokit.scoring.okr;

/** A key result without any value on or before the as-of date. */
public enum MissingCheckIn {
  /** The current value is the start value, so progress is 0 (okr-tracker). */
  START_VALUE,
  /** No data: the key result is left out of rollups and weights are renormalised (BurningOKR dashboard). */
  EXCLUDE,
  /** Progress 0 (ServiceNow: a missing period is not met). */
  ZERO
}

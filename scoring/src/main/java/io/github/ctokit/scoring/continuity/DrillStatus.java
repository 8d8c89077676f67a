package io.github.ctokit.scoring.continuity;

/** The state of a service's drill evidence for one disruption type, as of a date. */
public enum DrillStatus {
  /** No drill of this disruption type on or before the date. */
  NEVER_DRILLED,
  /** The latest drill is older than its validity window ("stale" is not "failed"). */
  STALE,
  /** The latest drill is fresh and failed. */
  FAILED,
  /** The latest drill is fresh and passed, but achieved more than the RTO or the RPO. */
  MISSED_TARGET,
  /** The latest drill is fresh, passed, and met the targets it measured. */
  PASSED
}

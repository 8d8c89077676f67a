package io.github.ctokit.scoring.okr;

/** When a manual {@link StatusOverride} stops applying. */
public enum OverrideExpiry {
  /** A check-in on one of the objective's key results dated after the override drops it (ServiceNow). */
  ON_NEWER_CHECK_IN,
  /** The override applies until the caller removes it (Perdoo, Lattice). */
  NEVER
}

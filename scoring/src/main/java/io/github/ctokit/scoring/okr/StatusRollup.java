package io.github.ctokit.scoring.okr;

/** How an objective's pace status combines with its children's statuses. */
public enum StatusRollup {
  /** Only the objective's own pace. */
  OWN,
  /** The worst of own and children's statuses; no data counts as worst (ServiceNow). */
  WORST_WINS,
  /** The worst, ignoring no data (Perdoo's "weakest excluding none"). */
  WEAKEST,
  /** The most frequent, ignoring no data; ties go to the worse status. */
  MAJORITY
}

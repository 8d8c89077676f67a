package io.github.ctokit.core.okr;

/**
 * Whether an objective is committed or aspirational (Google's OKR playbook): committed objectives
 * are expected at 1.0 by the end of the cycle, so anything less is a miss; aspirational ones are a
 * success around 0.7.
 */
public enum Commitment {
  /** Expected to be fully achieved; a grade below 1.0 at the end of the cycle is a miss. */
  COMMITTED,
  /** Stretch goal; about 0.7 is a success. */
  ASPIRATIONAL
}

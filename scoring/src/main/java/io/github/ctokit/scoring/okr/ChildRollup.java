package io.github.ctokit.scoring.okr;

/**
 * How an objective's own key results and its aligned children combine. The children part is
 * always {@code Σ wₑ·pₑ / Σ wₑ} over alignment edges (or the minimum under {@link KeyResultRollup#MIN}).
 */
public enum ChildRollup {
  /** Children are ignored; only own key results count. */
  OWN_KEY_RESULTS_ONLY,
  /** An objective with children is their rollup; a leaf uses its key results (Quantive, Perdoo). */
  CHILDREN_ONLY,
  /** Children count only when the objective has no key results (Leapsome). */
  CHILDREN_IF_NO_KEY_RESULTS,
  /** Each child is one more item next to the key results, weighted by its edge (Quantive, ServiceNow). */
  AS_PEERS,
  /** {@code (1 − share)·keyResults + share·children}, with {@code RollupPolicy#childShare()}. */
  SHARE
}

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
  SHARE,
  /**
   * Value rollup across the DAG (requires {@link KeyResultRollup#VALUE_ROLLUP}): an objective's
   * progress is {@code (Σ current − Σ start) / (Σ target − Σ start)} over every key result at or
   * below it through contributing edges (weight above 0), each key result counted <em>once</em>
   * however many paths reach it (a diamond does not count its bottom twice). Edge weights other
   * than 0 do not scale quantities. All those key results must share one unit and direction
   * ({@code okr.unit-mismatch}, {@code okr.direction-mismatch}). Cost: a tree or a DAG whose
   * shared objectives sit below one child only is summed in O(V + E); an objective with shared
   * objectives below two or more of its children walks its part of the DAG that has shared
   * objectives below it (worst case O(V·E) for adversarial ladders).
   */
  SUM_OF_VALUES
}

package io.github.ctokit.scoring.capacity;

/** Why some demand of a week was left uncovered by the optimal allocation. */
public enum UnmetReason {
  /** No one in the organisation holds the skill at the level (or the role) at all. */
  NO_QUALIFIED_PEOPLE,
  /** Qualified people exist but have no capacity that week (not yet or no longer employed, holidays, time off, allocation). */
  QUALIFIED_PEOPLE_UNAVAILABLE,
  /**
   * Every hour the qualified people had that week is allocated (the optimum never leaves a qualified
   * hour idle while demand it could cover is unmet); {@link UnmetDemand#competing()} says to what.
   */
  QUALIFIED_CAPACITY_EXHAUSTED
}

package io.github.ctokit.scoring.capacity;

/**
 * How an initiative's priority rank becomes the weight of each of its covered hours in the
 * allocation objective (policy). The allocation maximises {@code Σ weight × covered hours} exactly.
 */
public enum PriorityWeighting {
  /**
   * The default: weight {@code maxRank + 1 − rank}, where {@code maxRank} is the largest rank in the
   * demand: the least important initiatives weigh 1, each rank above one more.
   */
  RANK_LINEAR,
  /**
   * Every hour weighs 1: maximise covered hours whatever the priorities. Among equally good
   * allocations the solver's deterministic tie-breaking (network order, which follows the demand's
   * order) decides, not the priority.
   */
  EQUAL;

  long weight(int rank, int maxRank) {
    return switch (this) {
      case RANK_LINEAR -> (long) maxRank + 1 - rank;
      case EQUAL -> 1;
    };
  }
}

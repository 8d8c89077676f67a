package io.github.ctokit.scoring.risk;

/** How a risk stands against its appetite limit. */
public enum AppetiteStatus {
  /** At or below the limit. */
  WITHIN,
  /** Above the limit. */
  BREACH,
  /**
   * Not judged: the risk is not rated, no appetite was configured, or a level limit is on another
   * scale than the risk's method.
   */
  NOT_RATED
}

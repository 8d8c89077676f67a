package io.github.ctokit.scoring.okr;

/** The pace status of an objective, best first. */
public enum OkrStatus {
  /** Progress is 1 or more. */
  ACHIEVED,
  /** On pace with the expected-progress curve. */
  ON_TRACK,
  /** Behind, within the policy's at-risk band. */
  AT_RISK,
  /** Far behind, or a committed objective missed at the end of its cycle. */
  OFF_TRACK,
  /** No key result has data. */
  NO_DATA;

  /**
   * Tells whether this status is worse than another; {@link #NO_DATA} is not ordered here.
   *
   * @param other the other status
   * @return true if both carry data and this one is further behind
   */
  public boolean isWorseThan(OkrStatus other) {
    return this != NO_DATA && other != NO_DATA && ordinal() > other.ordinal();
  }
}

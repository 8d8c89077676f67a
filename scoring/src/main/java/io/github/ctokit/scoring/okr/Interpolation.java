package io.github.ctokit.scoring.okr;

/** How a metric key result's value is read between check-ins. */
public enum Interpolation {
  /** Carry the latest check-in on or before the as-of date forward (BurningOKR). */
  STEP,
  /**
   * Interpolate linearly between the check-ins around the as-of date; carry forward after the last.
   * It looks at the next check-in, so use it for reporting history, not for "what did we know then".
   */
  LINEAR
}

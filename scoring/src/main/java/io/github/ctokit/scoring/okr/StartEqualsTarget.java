package io.github.ctokit.scoring.okr;

/** The progress of an increase or decrease key result whose start equals its target. */
public enum StartEqualsTarget {
  /** 0 whatever the current value (operately, okr-tracker UI, BurningOKR's helper). */
  ZERO,
  /** 1 if the current value is at or beyond the target in the key result's direction, else 0. */
  ONE_IF_MET,
  /** The graph is refused: {@code OkrRollup#validate} reports {@code okr.start-equals-target} as an error. */
  ERROR
}

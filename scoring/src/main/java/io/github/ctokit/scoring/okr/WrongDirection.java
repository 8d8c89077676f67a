package io.github.ctokit.scoring.okr;

/** What happens to a key result's progress below 0 (moved away from the target). */
public enum WrongDirection {
  /** Kept negative everywhere (okr-tracker UI). */
  KEEP,
  /** Floored at 0 (operately, puzzle/okr, okr-tracker server). */
  CLAMP_0,
  /** Reported negative, floored at 0 only when rolled up (Perdoo: −20 %, 100 % → 50 %). */
  CLAMP_0_IN_ROLLUP
}

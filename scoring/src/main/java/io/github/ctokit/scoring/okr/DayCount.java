package io.github.ctokit.scoring.okr;

/** How elapsed time in a cycle is counted, in whole calendar days (no time zone). */
public enum DayCount {
  /** At the start of the as-of day: {@code (asOf − start) / length}. */
  START_OF_DAY,
  /** At the end of the as-of day: {@code (asOf − start + 1) / length} (Engagedly: Apr 15 of April = 50 %). */
  END_OF_DAY
}

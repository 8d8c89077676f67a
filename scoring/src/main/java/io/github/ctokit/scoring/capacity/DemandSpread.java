package io.github.ctokit.scoring.capacity;

/**
 * How the hours of an effort line are spread over the weeks of its period before each week is
 * allocated (policy). The allocation is exact week by week; hours spread into a week cannot move to
 * another week, so the spread decides where holidays bite.
 */
public enum DemandSpread {
  /**
   * The default: pro rata to the organisation's total effective hours of each day, so that work is
   * planned around public holidays and the quieter weeks (a week of New Year's Day gets less).
   * When the organisation has no capacity in the period, {@link #WEEKDAYS} applies.
   */
  CAPACITY,
  /** Pro rata to Mondays to Fridays, as tools that ignore calendars do (calendar days if the period has none). */
  WEEKDAYS
}

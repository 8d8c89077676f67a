package io.github.ctokit.core.delivery;

/** The length of one period of a {@link ThroughputHistory}. */
public enum ThroughputPeriod {
  /** One calendar day; only working days of the calendar are samples. */
  DAY(1),
  /** Seven calendar days, starting on the history's start date. */
  WEEK(7);

  private final int days;

  ThroughputPeriod(int days) {
    this.days = days;
  }

  /**
   * Returns the period's length in calendar days.
   *
   * @return 1 or 7
   */
  public int days() {
    return days;
  }
}

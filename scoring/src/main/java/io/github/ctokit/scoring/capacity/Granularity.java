package io.github.ctokit.scoring.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The period over which hours are summed. Buckets follow the calendar and are cut at the plan's
 * edges: a plan starting on a Wednesday has a first week of five days.
 */
public enum Granularity {
  /** One bucket a day. */
  DAY,
  /** ISO weeks, Monday to Sunday. */
  WEEK,
  /** Calendar months. */
  MONTH,
  /** Calendar quarters (January, April, July, October). */
  QUARTER;

  /**
   * Returns the start of the calendar bucket after the one holding a date.
   *
   * @param date a date
   * @return the first day of the next bucket
   */
  LocalDate nextStart(LocalDate date) {
    return switch (this) {
      case DAY -> date.plusDays(1);
      case WEEK -> date.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1).plusMonths(1);
      case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3);
    };
  }
}

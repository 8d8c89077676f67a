package io.github.ctokit.core.delivery;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How many items a team finished per period (day or week), every period kept, including periods
 * in which nothing was finished, together with the {@link WorkingCalendar} of the team. Periods
 * are consecutive: period {@code i} covers {@code [start + i·len, start + (i+1)·len)} for the
 * period length {@code len} in days. Immutable; counts are stored in a primitive array.
 *
 * <p><b>Zero periods stay in.</b> Dropping them or flooring them to 1, as some tools do, makes the
 * forecast optimistic. Which days count is the calendar's business: a daily history keeps a count
 * for every calendar day (weekends included, usually 0), and the forecast samples working days
 * only; a weekly history records how many working days each week had.
 *
 * <pre>{@code
 * ThroughputHistory history = ThroughputHistory.weekly(LocalDate.of(2027, 1, 4),
 *     WorkingCalendar.mondayToFriday(), 3, 0, 5, 4, 2, 6, 3, 4, 0, 5);
 * history.total();   // 32
 * }</pre>
 */
public final class ThroughputHistory {

  /** The largest count of one period. */
  public static final int MAX_COUNT = 1_000_000;

  /** The most periods a history holds. */
  public static final int MAX_PERIODS = 100_000;

  private final ThroughputPeriod period;
  private final LocalDate start;
  private final WorkingCalendar calendar;
  private final int[] counts;

  private ThroughputHistory(ThroughputPeriod period, LocalDate start, WorkingCalendar calendar, int[] counts) {
    this.period = period;
    this.start = start;
    this.calendar = calendar;
    this.counts = counts;
  }

  /**
   * Returns a history of items finished per period.
   *
   * @param period the period length
   * @param start the first day of the first period
   * @param calendar which days count for throughput
   * @param counts items finished in each period, in order; each 0 to {@value #MAX_COUNT}; copied
   * @return the history
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a count is out of range, or there are more than
   *     {@value #MAX_PERIODS} periods, or the history would end after year 999,999,999
   */
  public static ThroughputHistory of(ThroughputPeriod period, LocalDate start, WorkingCalendar calendar, int... counts) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(calendar, "calendar");
    Objects.requireNonNull(counts, "counts");
    if (counts.length > MAX_PERIODS) {
      throw new IllegalArgumentException("counts must hold at most " + MAX_PERIODS + " periods (was " + counts.length + ")");
    }
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] < 0 || counts[i] > MAX_COUNT) {
        throw new IllegalArgumentException(
            "counts[" + i + "] must be within [0, " + MAX_COUNT + "] (was " + counts[i] + ")");
      }
    }
    if (start.toEpochDay() > LocalDate.MAX.toEpochDay() - 7L * (MAX_PERIODS + 1)) {
      throw new IllegalArgumentException("start must leave room for the history (was " + start + ")");
    }
    return new ThroughputHistory(period, start, calendar, counts.clone());
  }

  /**
   * Returns a history of items finished per calendar day.
   *
   * @param start the first day
   * @param calendar which days count for throughput
   * @param counts items finished on each calendar day, weekends and holidays included; copied
   * @return the history
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(ThroughputPeriod, LocalDate, WorkingCalendar, int...)}
   */
  public static ThroughputHistory daily(LocalDate start, WorkingCalendar calendar, int... counts) {
    return of(ThroughputPeriod.DAY, start, calendar, counts);
  }

  /**
   * Returns a history of items finished per week.
   *
   * @param start the first day of the first week
   * @param calendar which days count for throughput
   * @param counts items finished in each week; copied
   * @return the history
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #of(ThroughputPeriod, LocalDate, WorkingCalendar, int...)}
   */
  public static ThroughputHistory weekly(LocalDate start, WorkingCalendar calendar, int... counts) {
    return of(ThroughputPeriod.WEEK, start, calendar, counts);
  }

  /**
   * Counts finish dates into periods: every period of {@code [start, endExclusive)} is kept, the
   * ones with no finish date as 0. A trailing partial period is dropped, so that it does not look
   * like a slow one.
   *
   * @param period the period length
   * @param start the first day of the first period
   * @param endExclusive the end of the observation, exclusive
   * @param calendar which days count for throughput
   * @param finished the day each item was finished, in any order; each within {@code [start, endExclusive)}
   * @return the history
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a finish date lies outside the observation, or the range is
   *     too long or a period's count too large
   */
  public static ThroughputHistory fromFinishDates(ThroughputPeriod period, LocalDate start, LocalDate endExclusive,
      WorkingCalendar calendar, Collection<LocalDate> finished) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(finished, "finished");
    Checks.requireNotAfter("start", start, "endExclusive", endExclusive);
    long days = endExclusive.toEpochDay() - start.toEpochDay();
    long periods = days / period.days();
    if (periods > MAX_PERIODS) {
      throw new IllegalArgumentException("the observation must span at most " + MAX_PERIODS + " periods (was " + periods + ")");
    }
    int[] counts = new int[(int) periods];
    for (LocalDate d : finished) {
      Objects.requireNonNull(d, "finished date");
      long offset = d.toEpochDay() - start.toEpochDay();
      if (offset < 0 || d.toEpochDay() >= endExclusive.toEpochDay()) {
        throw new IllegalArgumentException(
            "finished dates must lie within [" + start + ", " + endExclusive + ") (was " + d + ")");
      }
      int index = (int) (offset / period.days());
      if (index < counts.length) {
        counts[index]++;
      }
    }
    return of(period, start, calendar, counts);
  }

  /**
   * Returns the period length.
   *
   * @return day or week
   */
  public ThroughputPeriod period() {
    return period;
  }

  /**
   * Returns the first day of the first period.
   *
   * @return the start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the day after the last period.
   *
   * @return the exclusive end
   */
  public LocalDate endExclusive() {
    return start.plusDays((long) counts.length * period.days());
  }

  /**
   * Returns the team's calendar.
   *
   * @return the calendar
   */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /**
   * Returns the number of periods.
   *
   * @return zero or more
   */
  public int size() {
    return counts.length;
  }

  /**
   * Returns the items finished in one period.
   *
   * @param index 0-based, within {@code [0, size())}
   * @return 0 to {@value #MAX_COUNT}
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public int count(int index) {
    return counts[index];
  }

  /**
   * Returns every period's count.
   *
   * @return a copy, in period order
   */
  public int[] counts() {
    return counts.clone();
  }

  /**
   * Returns the first day of one period.
   *
   * @param index 0-based, within {@code [0, size())}
   * @return the date
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public LocalDate periodStart(int index) {
    Objects.checkIndex(index, counts.length);
    return start.plusDays((long) index * period.days());
  }

  /**
   * Returns the number of working days in one period, by the calendar.
   *
   * @param index 0-based, within {@code [0, size())}
   * @return 0 or 1 for a day, 0 to 7 for a week
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public int workingDays(int index) {
    LocalDate from = periodStart(index);
    return calendar.workingDays(from, from.plusDays(period.days()));
  }

  /**
   * Returns the total number of items finished.
   *
   * @return zero or more
   */
  public long total() {
    long sum = 0;
    for (int c : counts) {
      sum += c;
    }
    return sum;
  }

  /**
   * Returns the periods that end on or before a date: the history as it was known on that date.
   *
   * @param endExclusive the cut-off; periods ending after it are dropped
   * @return the shorter history, possibly empty
   * @throws NullPointerException if {@code endExclusive} is null
   */
  public ThroughputHistory until(LocalDate endExclusive) {
    long days = Objects.requireNonNull(endExclusive, "endExclusive").toEpochDay() - start.toEpochDay();
    int keep = (int) Math.max(0, Math.min(counts.length, Math.floorDiv(days, period.days())));
    return keep == counts.length ? this : new ThroughputHistory(period, start, calendar, Arrays.copyOf(counts, keep));
  }

  /**
   * Returns the last periods only: a sliding window.
   *
   * @param periods how many periods to keep, 1 or more
   * @return the shorter history (this one if it is not longer)
   * @throws IllegalArgumentException if {@code periods} is less than 1
   */
  public ThroughputHistory last(int periods) {
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be 1 or more (was " + periods + ")");
    }
    if (periods >= counts.length) {
      return this;
    }
    int from = counts.length - periods;
    return new ThroughputHistory(period, periodStart(from), calendar, Arrays.copyOfRange(counts, from, counts.length));
  }

  /**
   * Returns a copy with another calendar, as when holidays are added after the fact.
   *
   * @param other the calendar
   * @return the history
   * @throws NullPointerException if {@code other} is null
   */
  public ThroughputHistory withCalendar(WorkingCalendar other) {
    return new ThroughputHistory(period, start, Objects.requireNonNull(other, "other"), counts);
  }

  /**
   * Checks the rules that need the whole history, with paths relative to the history:
   *
   * <table>
   *   <caption>Validation rules</caption>
   *   <tr><th>code</th><th>severity</th><th>path</th><th>rule</th></tr>
   *   <tr><td>{@code delivery.empty-history}</td><td>error</td><td>{@code counts}</td><td>at least one period</td></tr>
   *   <tr><td>{@code delivery.all-zero-history}</td><td>error</td><td>{@code counts}</td><td>at least one item finished, else "when" never ends</td></tr>
   *   <tr><td>{@code delivery.work-on-non-working-day}</td><td>warning</td><td>{@code counts[i]}</td><td>items recorded on a non-working day (a forecast counts them on the previous working day); reported for the first such day, with the total</td></tr>
   *   <tr><td>{@code delivery.no-working-day}</td><td>warning</td><td>{@code counts[i]}</td><td>a week with no working day (a forecast ignores it); reported for the first such week, with the total</td></tr>
   * </table>
   *
   * @return every violation found
   */
  public ValidationResult validate() {
    ValidationResult.Builder found = ValidationResult.builder();
    ModelPath path = ModelPath.of("counts");
    if (counts.length == 0) {
      return found.error(path, "delivery.empty-history", "counts must hold at least one period (was empty)").build();
    }
    if (total() == 0) {
      found.error(path, "delivery.all-zero-history",
          "counts must hold at least one finished item (all " + counts.length + " periods are 0)");
    }
    int first = -1;
    int days = 0;
    long items = 0;
    for (int i = 0; i < counts.length; i++) {
      if (workingDays(i) == 0) {
        if (first < 0) {
          first = i;
        }
        days++;
        items += counts[i];
      }
    }
    if (first >= 0 && period == ThroughputPeriod.DAY && items > 0) {
      int firstWithItems = first;
      while (counts[firstWithItems] == 0 || workingDays(firstWithItems) > 0) {
        firstWithItems++;
      }
      found.warning(path.index(firstWithItems), "delivery.work-on-non-working-day",
          "items should be finished on working days (" + items + " items on non-working days, first on "
              + periodStart(firstWithItems) + "; they count on the previous working day)");
    } else if (first >= 0 && period == ThroughputPeriod.WEEK) {
      found.warning(path.index(first), "delivery.no-working-day",
          "weeks should have at least one working day (" + days + (days == 1 ? " week" : " weeks")
              + " without one, first from " + periodStart(first) + "; a forecast ignores them)");
    }
    return found.build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ThroughputHistory other && other.period == period && other.start.equals(start)
        && other.calendar.equals(calendar) && Arrays.equals(other.counts, counts);
  }

  @Override
  public int hashCode() {
    return ((period.hashCode() * 31 + start.hashCode()) * 31 + calendar.hashCode()) * 31 + Arrays.hashCode(counts);
  }

  /** Returns the shape, such as {@code 26 WEEK periods from 2027-01-04, 131 items}. */
  @Override
  public String toString() {
    return counts.length + " " + period + " periods from " + start + ", " + total() + " items";
  }
}

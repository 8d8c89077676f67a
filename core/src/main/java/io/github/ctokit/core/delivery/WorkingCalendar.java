package io.github.ctokit.core.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which days count for throughput: a weekly pattern of working days minus holidays (team-wide
 * non-working dates such as public holidays or a company shutdown). Immutable.
 *
 * <p>This is the delivery view of a calendar: a day either counts for the team's throughput or it
 * does not. Partial days, part-time and absences of individual people are capacity, not calendar;
 * a forecast takes them as a planned capacity outlook. A holiday on a non-working weekday changes
 * nothing; a holiday listed twice counts once.
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.mondayToFriday()
 *     .withHolidays(List.of(LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 25)));
 * calendar.isWorkingDay(LocalDate.of(2027, 12, 24));   // false
 * }</pre>
 */
public final class WorkingCalendar {

  /** The most holidays a calendar holds. */
  public static final int MAX_HOLIDAYS = 100_000;

  private static final WorkingCalendar MONDAY_TO_FRIDAY = new WorkingCalendar(
      new boolean[] {true, true, true, true, true, false, false}, new long[0]);

  /** Indexed by {@code DayOfWeek.getValue() − 1}. */
  private final boolean[] working;
  /** Holidays as epoch days, sorted ascending, distinct, working weekdays only. */
  private final long[] holidays;
  private final int workingDaysPerWeek;

  private WorkingCalendar(boolean[] working, long[] holidays) {
    this.working = working;
    this.holidays = holidays;
    int count = 0;
    for (boolean w : working) {
      count += w ? 1 : 0;
    }
    this.workingDaysPerWeek = count;
  }

  /**
   * Returns the calendar of Monday to Friday without holidays.
   *
   * @return the calendar
   */
  public static WorkingCalendar mondayToFriday() {
    return MONDAY_TO_FRIDAY;
  }

  /**
   * Returns the calendar of every day of the week, without holidays (a 24/7 operation).
   *
   * @return the calendar
   */
  public static WorkingCalendar everyDay() {
    return of(EnumSet.allOf(DayOfWeek.class));
  }

  /**
   * Returns a calendar with the given working weekdays and no holidays.
   *
   * @param workingDays the working days of the week, at least one
   * @return the calendar
   * @throws NullPointerException if {@code workingDays} or an element is null
   * @throws IllegalArgumentException if {@code workingDays} is empty
   */
  public static WorkingCalendar of(Set<DayOfWeek> workingDays) {
    Objects.requireNonNull(workingDays, "workingDays");
    boolean[] working = new boolean[7];
    for (DayOfWeek d : workingDays) {
      working[Objects.requireNonNull(d, "workingDays element").getValue() - 1] = true;
    }
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("workingDays must hold at least one day of the week (was empty)");
    }
    return new WorkingCalendar(working, new long[0]);
  }

  /**
   * Returns a copy with more holidays; holidays on non-working weekdays and repeats are ignored.
   *
   * @param more the holidays to add
   * @return the calendar
   * @throws NullPointerException if {@code more} or an element is null
   * @throws IllegalArgumentException if the calendar would hold more than {@value #MAX_HOLIDAYS} holidays
   */
  public WorkingCalendar withHolidays(Collection<LocalDate> more) {
    Objects.requireNonNull(more, "more");
    long[] all = Arrays.copyOf(holidays, holidays.length + more.size());
    int n = holidays.length;
    for (LocalDate d : more) {
      Objects.requireNonNull(d, "holiday");
      if (working[d.getDayOfWeek().getValue() - 1]) {
        all[n++] = d.toEpochDay();
      }
    }
    long[] sorted = Arrays.stream(all, 0, n).sorted().distinct().toArray();
    if (sorted.length > MAX_HOLIDAYS) {
      throw new IllegalArgumentException(
          "holidays must be at most " + MAX_HOLIDAYS + " (was " + sorted.length + ")");
    }
    return new WorkingCalendar(working, sorted);
  }

  /**
   * Returns a copy with one more holiday.
   *
   * @param holiday the holiday
   * @return the calendar
   * @throws NullPointerException if {@code holiday} is null
   */
  public WorkingCalendar withHoliday(LocalDate holiday) {
    return withHolidays(List.of(Objects.requireNonNull(holiday, "holiday")));
  }

  /**
   * Returns the working days of the week.
   *
   * @return an unmodifiable set, never empty
   */
  public Set<DayOfWeek> workingWeekdays() {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < 7; i++) {
      if (working[i]) {
        days.add(DayOfWeek.of(i + 1));
      }
    }
    return Collections.unmodifiableSet(days);
  }

  /**
   * Returns the number of working weekdays, the length of a full working week.
   *
   * @return 1 to 7
   */
  public int workingDaysPerWeek() {
    return workingDaysPerWeek;
  }

  /**
   * Returns the holidays that fall on working weekdays, in date order.
   *
   * @return an unmodifiable list
   */
  public List<LocalDate> holidays() {
    List<LocalDate> list = new ArrayList<>(holidays.length);
    for (long d : holidays) {
      list.add(LocalDate.ofEpochDay(d));
    }
    return Collections.unmodifiableList(list);
  }

  /**
   * Tells whether a day counts for throughput.
   *
   * @param date the day
   * @return true if it is a working weekday and not a holiday
   * @throws NullPointerException if {@code date} is null
   */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingEpochDay(Objects.requireNonNull(date, "date").toEpochDay());
  }

  /**
   * Tells whether a day, given as an epoch day, counts for throughput; for fast loops.
   *
   * @param epochDay days since 1970-01-01
   * @return true if it is a working weekday and not a holiday
   */
  public boolean isWorkingEpochDay(long epochDay) {
    // 1970-01-01 was a Thursday (index 3).
    int dow = (int) Math.floorMod(epochDay + 3, 7L);
    return working[dow] && Arrays.binarySearch(holidays, epochDay) < 0;
  }

  /**
   * Counts the working days in {@code [from, toExclusive)}.
   *
   * @param from the first day, inclusive
   * @param toExclusive the end, exclusive
   * @return zero or more; zero if {@code toExclusive} is not after {@code from}
   * @throws NullPointerException if an argument is null
   */
  public int workingDays(LocalDate from, LocalDate toExclusive) {
    long a = Objects.requireNonNull(from, "from").toEpochDay();
    long b = Objects.requireNonNull(toExclusive, "toExclusive").toEpochDay();
    if (b <= a) {
      return 0;
    }
    long weeks = (b - a) / 7;
    long count = weeks * workingDaysPerWeek;
    for (long d = a + weeks * 7; d < b; d++) {
      count += working[(int) Math.floorMod(d + 3, 7L)] ? 1 : 0;
    }
    int lo = lowerBound(a);
    int hi = lowerBound(b);
    count -= hi - lo;
    return (int) Math.min(count, Integer.MAX_VALUE);
  }

  private int lowerBound(long day) {
    int i = Arrays.binarySearch(holidays, day);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WorkingCalendar other && Arrays.equals(other.working, working)
        && Arrays.equals(other.holidays, holidays);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(working) * 31 + Arrays.hashCode(holidays);
  }

  /** Returns the working weekdays and the number of holidays, such as {@code [MONDAY, …, FRIDAY] − 9 holidays}. */
  @Override
  public String toString() {
    return workingWeekdays() + " − " + holidays.length + (holidays.length == 1 ? " holiday" : " holidays");
  }
}

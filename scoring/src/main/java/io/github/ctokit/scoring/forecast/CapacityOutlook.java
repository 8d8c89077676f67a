package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.WorkingCalendar;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.scoring.capacity.Capacity;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Planned effective capacity for a forecast's projection, relative to the capacity the throughput
 * history was produced with. A forecast multiplies each projected working day's sampled
 * throughput by {@code plannedHours(day) / baselineHoursPerDay}, so that holidays, absences, new
 * hires and their ramp-up move the dates. Immutable.
 *
 * <p>The baseline is the team's average effective hours per working day during the history
 * period. Planned hours are set per day or per date range; a later setting of a day replaces an
 * earlier one, and a day never set keeps the baseline (factor 1). The values are plain hours so
 * that a capacity engine can feed them: a team of five at 6 effective hours a day has a baseline
 * of 30; a week in which two are on leave plans 18.
 *
 * <pre>{@code
 * CapacityOutlook outlook = CapacityOutlook.baseline(30)
 *     .withPlanned(LocalDate.of(2027, 12, 20), LocalDate.of(2027, 12, 31), 12)   // holidays
 *     .withPlanned(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 3, 31), 33);     // a new hire ramping up
 * outlook.factor(LocalDate.of(2027, 12, 21));   // 0.4
 * }</pre>
 */
public final class CapacityOutlook {

  /** The largest number of hours per day accepted (a whole organisation's day). */
  public static final double MAX_HOURS = 10_000_000;

  /** The most planned days an outlook holds. */
  public static final int MAX_DAYS = 36_525;

  private final double baseline;
  /** Planned days as epoch days, sorted, distinct; {@code hours[i]} belongs to {@code days[i]}. */
  private final long[] days;
  private final double[] hours;

  private CapacityOutlook(double baseline, long[] days, double[] hours) {
    this.baseline = baseline;
    this.days = days;
    this.hours = hours;
  }

  /**
   * Returns an outlook in which every day has the baseline capacity (factor 1).
   *
   * @param hoursPerDay the effective hours per working day during the history, more than 0
   * @return the outlook
   * @throws IllegalArgumentException if {@code hoursPerDay} is not within (0, {@value #MAX_HOURS}]
   */
  public static CapacityOutlook baseline(double hoursPerDay) {
    double h = Checks.requireWithin("hoursPerDay", hoursPerDay, 0, MAX_HOURS);
    if (h == 0) {
      throw new IllegalArgumentException("hoursPerDay must be more than 0 (was 0)\n"
          + "Maybe the history period had no capacity: a forecast cannot scale from it");
    }
    return new CapacityOutlook(h, new long[0], new double[0]);
  }

  /**
   * Returns the outlook of one team from the capacity engine: the baseline is the team's mean
   * effective hours per working day while its throughput history was made, and every day of the
   * planned capacity's range is planned with the team's effective hours that day. Absences,
   * holidays, hires and their ramp-up, as {@link io.github.ctokit.scoring.capacity.CapacityPlanner}
   * computed them, then move the forecast.
   *
   * <pre>{@code
   * Capacity past = CapacityPlanner.of(org).over(YearQuarter.of(2026, 4)).capacity();
   * Capacity planned = CapacityPlanner.of(org).over(YearQuarter.of(2027, 1)).capacity();
   * CapacityOutlook outlook = CapacityOutlook.of(past, planned, team, history.calendar());
   * }</pre>
   *
   * @param past the team's capacity over the period of its throughput history
   * @param planned the team's capacity over the period to forecast
   * @param team the team
   * @param calendar the working days of the history, so that weekends and holidays do not lower
   *     the baseline
   * @return the outlook
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the team is unknown to either capacity, or it had no
   *     effective hours on the working days of {@code past}
   */
  public static CapacityOutlook of(Capacity past, Capacity planned, TeamId team, WorkingCalendar calendar) {
    Objects.requireNonNull(past, "past");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(calendar, "calendar");
    double[] before = past.teamHoursPerDay(team);
    LocalDate first = past.plan().getStart();
    double total = 0;
    int workingDays = 0;
    for (int d = 0; d < before.length; d++) {
      if (calendar.isWorkingDay(first.plusDays(d))) {
        total += before[d];
        workingDays++;
      }
    }
    if (workingDays == 0 || total <= 0) {
      throw new IllegalArgumentException("team " + team + " must have effective hours on the working days of "
          + past.plan() + " (had " + total + " hours on " + workingDays + " working days)\n"
          + "Maybe the capacity covers another period than the throughput history");
    }
    return baseline(total / workingDays).withDaily(planned.plan().getStart(), planned.teamHoursPerDay(team));
  }

  /**
   * Returns a copy in which every day of a range has the given planned capacity.
   *
   * @param from the first day, inclusive
   * @param toInclusive the last day, inclusive
   * @param hoursPerDay the planned effective hours per working day, within [0, {@value #MAX_HOURS}]
   * @return the outlook
   * @throws NullPointerException if a date is null
   * @throws IllegalArgumentException if {@code from} is after {@code toInclusive}, the hours are
   *     out of range, or the outlook would hold more than {@value #MAX_DAYS} planned days
   */
  public CapacityOutlook withPlanned(LocalDate from, LocalDate toInclusive, double hoursPerDay) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(toInclusive, "toInclusive");
    Checks.requireNotAfter("from", from, "toInclusive", toInclusive);
    double h = Checks.requireWithin("hoursPerDay", hoursPerDay, 0, MAX_HOURS);
    long span = toInclusive.toEpochDay() - from.toEpochDay() + 1;
    if (span > MAX_DAYS) {
      throw new IllegalArgumentException("the range must span at most " + MAX_DAYS + " days (was " + span + ")");
    }
    double[] values = new double[(int) span];
    Arrays.fill(values, h);
    return merge(from.toEpochDay(), values);
  }

  /**
   * Returns a copy in which consecutive days, starting at a date, have the given planned
   * capacities: the form a capacity engine's daily output takes.
   *
   * @param start the day of {@code hoursPerDay[0]}
   * @param hoursPerDay planned effective hours for each consecutive day, each within [0, {@value #MAX_HOURS}]; copied
   * @return the outlook
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range, or the outlook would hold more
   *     than {@value #MAX_DAYS} planned days
   */
  public CapacityOutlook withDaily(LocalDate start, double... hoursPerDay) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(hoursPerDay, "hoursPerDay");
    if (hoursPerDay.length > MAX_DAYS) {
      throw new IllegalArgumentException("hoursPerDay must hold at most " + MAX_DAYS + " days (was " + hoursPerDay.length + ")");
    }
    double[] values = new double[hoursPerDay.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = Checks.requireWithin("hoursPerDay[" + i + "]", hoursPerDay[i], 0, MAX_HOURS);
    }
    return merge(start.toEpochDay(), values);
  }

  private CapacityOutlook merge(long first, double[] values) {
    long last = first + values.length; // exclusive
    int before = lowerBound(days, first);
    int after = lowerBound(days, last);
    int size = before + values.length + (days.length - after);
    if (size > MAX_DAYS) {
      throw new IllegalArgumentException("an outlook must hold at most " + MAX_DAYS + " planned days (would be " + size + ")");
    }
    long[] d = new long[size];
    double[] h = new double[size];
    System.arraycopy(days, 0, d, 0, before);
    System.arraycopy(hours, 0, h, 0, before);
    for (int i = 0; i < values.length; i++) {
      d[before + i] = first + i;
      h[before + i] = values[i];
    }
    System.arraycopy(days, after, d, before + values.length, days.length - after);
    System.arraycopy(hours, after, h, before + values.length, days.length - after);
    return new CapacityOutlook(baseline, d, h);
  }

  private static int lowerBound(long[] sorted, long key) {
    int i = Arrays.binarySearch(sorted, key);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * Returns the baseline: effective hours per working day during the history.
   *
   * @return more than 0
   */
  public double baselineHoursPerDay() {
    return baseline;
  }

  /**
   * Returns the planned effective hours of a day.
   *
   * @param date the day
   * @return the planned hours, or the baseline if the day was never planned
   * @throws NullPointerException if {@code date} is null
   */
  public double plannedHours(LocalDate date) {
    return hoursOn(Objects.requireNonNull(date, "date").toEpochDay());
  }

  double hoursOn(long epochDay) {
    int i = Arrays.binarySearch(days, epochDay);
    return i >= 0 ? hours[i] : baseline;
  }

  /**
   * Returns how a day's throughput is scaled: planned hours over the baseline.
   *
   * @param date the day
   * @return zero or more; 1 for a day never planned
   * @throws NullPointerException if {@code date} is null
   */
  public double factor(LocalDate date) {
    return plannedHours(date) / baseline;
  }

  /**
   * Tells whether every planned day equals the baseline, so that the outlook scales nothing.
   *
   * @return true if every factor is 1
   */
  public boolean isFlat() {
    for (double h : hours) {
      if (h != baseline) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the number of days with a planned capacity.
   *
   * @return zero or more
   */
  public int plannedDays() {
    return days.length;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CapacityOutlook other && other.baseline == baseline && Arrays.equals(other.days, days)
        && Arrays.equals(other.hours, hours);
  }

  @Override
  public int hashCode() {
    return (Double.hashCode(baseline) * 31 + Arrays.hashCode(days)) * 31 + Arrays.hashCode(hours);
  }

  /** Returns the baseline and the number of planned days, such as {@code baseline 30 h/day, 64 planned days}. */
  @Override
  public String toString() {
    // Hours to two decimals: a baseline averaged from a capacity engine has many digits.
    return "baseline " + Checks.format(Math.round(baseline * 100) / 100.0) + " h/day, " + days.length + " planned days";
  }
}

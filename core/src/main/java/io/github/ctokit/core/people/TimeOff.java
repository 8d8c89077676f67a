package io.github.ctokit.core.people;

import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * A person's absence: whole days over a period ({@link #days(LocalDateRange)}) or some hours of
 * each day of it ({@link #hours(LocalDateRange, double)}, a partial day). The reason (leave,
 * sickness, training) is deliberately not recorded: it is personal data ctokit does not need.
 *
 * <p>Overlapping absences count once: a day off is off once, and partial hours on one day add up
 * to at most that day's contracted hours. An absence on a public holiday or non-working day
 * removes nothing more.
 *
 * <pre>{@code
 * TimeOff summer = TimeOff.days(LocalDateRange.of(LocalDate.of(2027, 8, 2), LocalDate.of(2027, 8, 16)));
 * TimeOff dentist = TimeOff.hours(LocalDateRange.ofClosed(d, d), 2);
 * }</pre>
 */
public final class TimeOff {

  private final LocalDateRange period;
  private final double hoursPerDay;

  private TimeOff(LocalDateRange period, double hoursPerDay) {
    this.period = period;
    this.hoursPerDay = hoursPerDay;
  }

  /**
   * Returns whole days off.
   *
   * @param period the days off, half-open {@code [start, end)}, finite and not empty
   * @return the absence
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if the period is unbounded or empty
   */
  public static TimeOff days(LocalDateRange period) {
    return new TimeOff(check(period), Double.NaN);
  }

  /**
   * Returns whole days off from a first to a last day, both included.
   *
   * @param first the first day off
   * @param last the last day off
   * @return the absence
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   */
  public static TimeOff days(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Checks.requireNotAfter("first", first, "last", last);
    return days(LocalDateRange.ofClosed(first, last));
  }

  /**
   * Returns some hours off on each day of a period.
   *
   * @param period the days, half-open {@code [start, end)}, finite and not empty
   * @param hoursPerDay hours off each day, within (0, 24]
   * @return the absence
   * @throws NullPointerException if {@code period} is null
   * @throws IllegalArgumentException if the period is unbounded or empty, or the hours are outside (0, 24]
   */
  public static TimeOff hours(LocalDateRange period, double hoursPerDay) {
    Objects.requireNonNull(period, "period");
    double h = Checks.requireWithin("hoursPerDay", hoursPerDay, 0, WorkWeek.MAX_HOURS_PER_DAY);
    if (h == 0) {
      throw new IllegalArgumentException("hoursPerDay must be within (0, 24] (was 0)");
    }
    return new TimeOff(check(period), h);
  }

  private static LocalDateRange check(LocalDateRange period) {
    Checks.requireBounded("period", period);
    if (period.isEmpty()) {
      throw new IllegalArgumentException("period must not be empty (was " + period + ")");
    }
    return period;
  }

  /**
   * Returns the days of the absence.
   *
   * @return the half-open period
   */
  public LocalDateRange period() {
    return period;
  }

  /**
   * Tells whether whole days are off.
   *
   * @return true for {@link #days(LocalDateRange)}, false for partial days
   */
  public boolean wholeDays() {
    return Double.isNaN(hoursPerDay);
  }

  /**
   * Returns the hours off each day of a partial absence.
   *
   * @return the hours, or empty for whole days
   */
  public OptionalDouble hoursPerDay() {
    return wholeDays() ? OptionalDouble.empty() : OptionalDouble.of(hoursPerDay);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TimeOff other && other.period.equals(period)
        && Double.compare(other.hoursPerDay, hoursPerDay) == 0;
  }

  @Override
  public int hashCode() {
    return period.hashCode() * 31 + Double.hashCode(hoursPerDay);
  }

  /** Returns {@code TimeOff[2027-08-02/2027-08-16]} or {@code TimeOff[2027-08-02/2027-08-03, 2 h/day]}. */
  @Override
  public String toString() {
    return "TimeOff[" + period + (wholeDays() ? "" : ", " + Checks.format(hoursPerDay) + " h/day") + "]";
  }
}

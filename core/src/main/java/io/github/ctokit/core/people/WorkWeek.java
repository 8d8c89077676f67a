package io.github.ctokit.core.people;

import io.github.ctokit.core.internal.Checks;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A working-week pattern: the contracted hours of each day of the week, Monday first. A day with
 * zero hours is a non-working day (public holidays falling on it remove nothing). Part-time is a
 * pattern with fewer hours: fewer days ({@code of(8, 8, 8, 8, 0, 0, 0)}) or shorter days
 * ({@link #partTime(double)}).
 *
 * <pre>{@code
 * WorkWeek standard = WorkWeek.standard();            // 8 h Monday to Friday, 40 h
 * WorkWeek fourFifths = WorkWeek.of(8, 8, 8, 8, 0, 0, 0);
 * WorkWeek halfTime = WorkWeek.standard().partTime(0.5);  // 4 h Monday to Friday
 * }</pre>
 */
public final class WorkWeek {

  /** The most hours a single day may hold. */
  public static final double MAX_HOURS_PER_DAY = 24;

  private static final WorkWeek STANDARD = new WorkWeek(new double[] {8, 8, 8, 8, 8, 0, 0});

  private final double[] hours;

  private WorkWeek(double[] hours) {
    this.hours = hours;
  }

  /**
   * Returns the standard week: 8 hours Monday to Friday.
   *
   * @return the 40-hour week
   */
  public static WorkWeek standard() {
    return STANDARD;
  }

  /**
   * Returns a week with the same hours every weekday, Monday to Friday.
   *
   * @param hoursPerWeekday hours each weekday, 0 to 24
   * @return the week
   * @throws IllegalArgumentException if the hours are not finite or outside [0, 24]
   */
  public static WorkWeek weekdays(double hoursPerWeekday) {
    return of(hoursPerWeekday, hoursPerWeekday, hoursPerWeekday, hoursPerWeekday, hoursPerWeekday, 0, 0);
  }

  /**
   * Returns a week from the hours of each day.
   *
   * @param monday hours on Monday, 0 to 24
   * @param tuesday hours on Tuesday, 0 to 24
   * @param wednesday hours on Wednesday, 0 to 24
   * @param thursday hours on Thursday, 0 to 24
   * @param friday hours on Friday, 0 to 24
   * @param saturday hours on Saturday, 0 to 24
   * @param sunday hours on Sunday, 0 to 24
   * @return the week
   * @throws IllegalArgumentException if an hour count is not finite or outside [0, 24]
   */
  public static WorkWeek of(double monday, double tuesday, double wednesday, double thursday, double friday,
      double saturday, double sunday) {
    double[] h = {monday, tuesday, wednesday, thursday, friday, saturday, sunday};
    for (int i = 0; i < 7; i++) {
      h[i] = Checks.requireWithin("hours[" + DayOfWeek.of(i + 1).name().toLowerCase(Locale.ROOT) + "]", h[i], 0,
          MAX_HOURS_PER_DAY);
    }
    return new WorkWeek(h);
  }

  /**
   * Returns this week scaled to a part-time fraction: every day's hours times the fraction.
   *
   * @param fraction the fraction of this week worked, within (0, 1]
   * @return the scaled week
   * @throws IllegalArgumentException if {@code fraction} is not within (0, 1]
   */
  public WorkWeek partTime(double fraction) {
    double f = Checks.requireWithin("fraction", fraction, 0, 1);
    if (f == 0) {
      throw new IllegalArgumentException("fraction must be within (0, 1] (was 0)");
    }
    double[] h = hours.clone();
    for (int i = 0; i < 7; i++) {
      h[i] *= f;
    }
    return new WorkWeek(h);
  }

  /**
   * Returns the contracted hours of a day of the week.
   *
   * @param day the day
   * @return 0 to 24
   * @throws NullPointerException if {@code day} is null
   */
  public double hours(DayOfWeek day) {
    Objects.requireNonNull(day, "day");
    return hours[day.getValue() - 1];
  }

  /**
   * Tells whether a day of the week is a working day.
   *
   * @param day the day
   * @return true if it has more than zero hours
   * @throws NullPointerException if {@code day} is null
   */
  public boolean isWorkingDay(DayOfWeek day) {
    return hours(day) > 0;
  }

  /**
   * Returns the contracted hours of a whole week.
   *
   * @return the sum of the seven days, 0 to 168
   */
  public double weeklyHours() {
    double sum = 0;
    for (double h : hours) {
      sum += h;
    }
    return sum;
  }

  /**
   * Returns the hours of the seven days, Monday first.
   *
   * @return a new array of 7 values, 0 to 24 each
   */
  public double[] toArray() {
    return hours.clone();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof WorkWeek other && Arrays.equals(other.hours, hours);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hours);
  }

  /** Returns {@code WorkWeek[8, 8, 8, 8, 8, 0, 0]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("WorkWeek[");
    for (int i = 0; i < 7; i++) {
      sb.append(i == 0 ? "" : ", ").append(Checks.format(hours[i]));
    }
    return sb.append(']').toString();
  }
}

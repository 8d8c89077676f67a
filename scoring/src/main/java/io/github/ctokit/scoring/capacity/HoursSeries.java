package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * Hours per period: one value per calendar bucket of a {@link Granularity} over a plan, the
 * buckets cut at the plan's edges. Every value is finite and zero or more. Immutable.
 *
 * <pre>{@code
 * HoursSeries weekly = capacity.team(TeamId.of("payments"), Granularity.WEEK);
 * weekly.period(0);   // 2027-01-01/2027-01-04 (Friday to Sunday)
 * weekly.hours(0);    // hours in that week
 * weekly.total();
 * }</pre>
 */
public final class HoursSeries {

  private final List<LocalDateRange> periods;
  private final double[] hours;

  HoursSeries(List<LocalDateRange> periods, double[] hours) {
    this.periods = periods;
    this.hours = hours;
  }

  /**
   * Returns the periods, in date order, covering the plan without gaps.
   *
   * @return the half-open periods
   */
  public List<LocalDateRange> periods() {
    return periods;
  }

  /**
   * Returns the number of periods.
   *
   * @return one or more for a non-empty plan
   */
  public int size() {
    return hours.length;
  }

  /**
   * Returns one period.
   *
   * @param index 0-based
   * @return the period
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  public LocalDateRange period(int index) {
    return periods.get(index);
  }

  /**
   * Returns the hours of one period.
   *
   * @param index 0-based
   * @return zero or more
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  public double hours(int index) {
    Objects.checkIndex(index, hours.length);
    return hours[index];
  }

  /**
   * Returns every value.
   *
   * @return a new array, one value per period
   */
  public double[] toArray() {
    return hours.clone();
  }

  /**
   * Returns the sum over every period.
   *
   * @return zero or more
   */
  public double total() {
    double sum = 0;
    for (double h : hours) {
      sum += h;
    }
    return sum;
  }

  /**
   * Sums daily values into the buckets of a granularity.
   *
   * @param plan the plan the days belong to; day 0 is its start
   * @param daily one value per day of the plan
   * @param offset index of day 0 in {@code daily}
   * @param granularity the buckets
   * @return the series
   */
  static HoursSeries of(LocalDateRange plan, double[] daily, int offset, Granularity granularity) {
    List<LocalDateRange> periods = buckets(plan, granularity);
    double[] sums = new double[periods.size()];
    int day = 0;
    for (int b = 0; b < sums.length; b++) {
      int len = periods.get(b).lengthInDays();
      double s = 0;
      for (int i = 0; i < len; i++) {
        s += daily[offset + day + i];
      }
      sums[b] = s;
      day += len;
    }
    return new HoursSeries(periods, sums);
  }

  static List<LocalDateRange> buckets(LocalDateRange plan, Granularity granularity) {
    List<LocalDateRange> periods = new ArrayList<>();
    java.time.LocalDate start = plan.getStart();
    while (start.isBefore(plan.getEnd())) {
      java.time.LocalDate next = granularity.nextStart(start);
      if (next.isAfter(plan.getEnd())) {
        next = plan.getEnd();
      }
      periods.add(LocalDateRange.of(start, next));
      start = next;
    }
    return Collections.unmodifiableList(periods);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof HoursSeries other && other.periods.equals(periods) && Arrays.equals(other.hours, hours);
  }

  @Override
  public int hashCode() {
    return periods.hashCode() * 31 + Arrays.hashCode(hours);
  }

  /** Returns {@code HoursSeries[2027-01-01/2027-01-04=24, …]}, at most 12 periods. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("HoursSeries[");
    for (int i = 0; i < Math.min(12, hours.length); i++) {
      sb.append(i == 0 ? "" : ", ").append(periods.get(i)).append('=').append(Checks.format(Math.round(hours[i] * 100) / 100.0));
    }
    return sb.append(hours.length > 12 ? ", …]" : "]").toString();
  }
}

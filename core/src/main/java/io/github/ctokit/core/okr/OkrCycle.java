package io.github.ctokit.core.okr;

import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The period an objective is set for: a quarter or any bounded date range, half-open (the start
 * day is in the cycle, the end day is not). Immutable.
 *
 * <pre>{@code
 * OkrCycle q1 = OkrCycle.of(YearQuarter.of(2027, 1));   // [2027-01-01, 2027-04-01)
 * q1.lengthInDays();                                     // 90
 * }</pre>
 */
public final class OkrCycle {

  private final LocalDateRange range;
  private final long startDay;
  private final long endDay;

  private OkrCycle(LocalDateRange range) {
    this.range = range;
    this.startDay = range.getStart().toEpochDay();
    this.endDay = range.getEnd().toEpochDay();
  }

  /**
   * Returns the cycle of a quarter.
   *
   * @param quarter the quarter
   * @return the cycle {@code [first day, first day of next quarter)}
   * @throws NullPointerException if {@code quarter} is null
   */
  public static OkrCycle of(YearQuarter quarter) {
    Objects.requireNonNull(quarter, "quarter");
    return new OkrCycle(LocalDateRange.of(quarter.atDay(1), quarter.plusQuarters(1).atDay(1)));
  }

  /**
   * Returns the cycle of a date range.
   *
   * @param range a bounded, non-empty, half-open range
   * @return the cycle
   * @throws NullPointerException if {@code range} is null
   * @throws IllegalArgumentException if the range is unbounded or empty
   */
  public static OkrCycle of(LocalDateRange range) {
    Checks.requireBounded("cycle", range);
    if (range.isEmpty()) {
      throw new IllegalArgumentException("cycle must not be empty (was " + range + ")");
    }
    return new OkrCycle(range);
  }

  /**
   * Returns the cycle {@code [start, endExclusive)}.
   *
   * @param start the first day
   * @param endExclusive the first day after the cycle
   * @return the cycle
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code endExclusive} is not after {@code start}
   */
  public static OkrCycle of(LocalDate start, LocalDate endExclusive) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(start)) {
      throw new IllegalArgumentException("cycle end must be after its start (was " + start + " to " + endExclusive + ")");
    }
    return new OkrCycle(LocalDateRange.of(start, endExclusive));
  }

  /**
   * Returns the range.
   *
   * @return the half-open range
   */
  public LocalDateRange range() {
    return range;
  }

  /**
   * Returns the first day of the cycle.
   *
   * @return the inclusive start
   */
  public LocalDate start() {
    return range.getStart();
  }

  /**
   * Returns the first day after the cycle.
   *
   * @return the exclusive end
   */
  public LocalDate endExclusive() {
    return range.getEnd();
  }

  /**
   * Returns the number of days in the cycle.
   *
   * @return one or more
   */
  public int lengthInDays() {
    return range.lengthInDays();
  }

  /**
   * Tells whether a day is in the cycle.
   *
   * @param date the day
   * @return true if {@code start() ≤ date < endExclusive()}
   * @throws NullPointerException if {@code date} is null
   */
  public boolean contains(LocalDate date) {
    return range.contains(Objects.requireNonNull(date, "date"));
  }

  /**
   * Tells whether a day, given as an epoch day, is in the cycle.
   *
   * @param epochDay days since 1970-01-01
   * @return true if {@code start() ≤ day < endExclusive()}
   */
  public boolean containsEpochDay(long epochDay) {
    return epochDay >= startDay && epochDay < endDay;
  }

  /**
   * Returns the elapsed fraction of the cycle at the start of a day:
   * {@code clamp((asOf − start) / (end − start), 0, 1)} in whole calendar days, no time zone.
   *
   * @param asOf the day
   * @return within [0, 1]; 1 on and after the end day
   * @throws NullPointerException if {@code asOf} is null
   */
  public double elapsed(LocalDate asOf) {
    long days = Objects.requireNonNull(asOf, "asOf").toEpochDay() - start().toEpochDay();
    double f = (double) days / lengthInDays();
    return Math.min(1, Math.max(0, f));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof OkrCycle other && other.range.equals(range);
  }

  @Override
  public int hashCode() {
    return range.hashCode();
  }

  /** Returns the range in ISO form, such as {@code 2027-01-01/2027-04-01}. */
  @Override
  public String toString() {
    return range.toString();
  }
}

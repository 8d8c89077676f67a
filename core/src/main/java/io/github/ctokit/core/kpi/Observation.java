package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One dated value of a KPI. Immutable.
 */
public final class Observation {

  private final LocalDate date;
  private final double value;

  private Observation(LocalDate date, double value) {
    this.date = date;
    this.value = value;
  }

  /**
   * Returns an observation.
   *
   * @param date the day the value was measured
   * @param value the value, finite, in the KPI's unit
   * @return the observation
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static Observation of(LocalDate date, double value) {
    Objects.requireNonNull(date, "date");
    return new Observation(date, Checks.requireFinite("observation value", value));
  }

  /**
   * Returns the day the value was measured.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the value.
   *
   * @return a finite number in the KPI's unit
   */
  public double value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Observation other && other.date.equals(date) && other.value == value;
  }

  @Override
  public int hashCode() {
    return date.hashCode() * 31 + Double.hashCode(value);
  }

  /** Returns {@code date=value}, such as {@code 2027-01-15=4.5}. */
  @Override
  public String toString() {
    return date + "=" + Checks.format(value);
  }
}

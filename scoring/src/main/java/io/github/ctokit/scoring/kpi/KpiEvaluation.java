package io.github.ctokit.scoring.kpi;

import io.github.ctokit.core.kpi.KpiId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A KPI as of a date: its latest value, colour, how many consecutive observations had that colour,
 * its trend, and an explanation. Immutable.
 */
public final class KpiEvaluation {

  private final KpiId kpi;
  private final LocalDate asOf;
  private final KpiStatus status;
  private final double value;
  private final long valueDay;
  private final int streak;
  private final double slope;
  private final String explanation;

  KpiEvaluation(KpiId kpi, LocalDate asOf, KpiStatus status, double value, long valueDay, int streak, double slope,
      String explanation) {
    this.kpi = kpi;
    this.asOf = asOf;
    this.status = status;
    this.value = value;
    this.valueDay = valueDay;
    this.streak = streak;
    this.slope = slope;
    this.explanation = explanation;
  }

  /**
   * Returns the KPI evaluated.
   *
   * @return the id
   */
  public KpiId kpi() {
    return kpi;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the colour.
   *
   * @return the status
   */
  public KpiStatus status() {
    return status;
  }

  /**
   * Returns the latest value on or before the date.
   *
   * @return the value, or empty without data
   */
  public OptionalDouble value() {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the date of the latest value.
   *
   * @return the date, or empty without data
   */
  public Optional<LocalDate> valueDate() {
    return valueDay == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(valueDay));
  }

  /**
   * Returns how many consecutive observations, ending with the latest, the KPI has been in its
   * current state (under {@code confirmAfter} above 1, observations of another colour that did
   * not yet change the state count toward the state they did not change).
   *
   * @return 0 without data or target, else 1 or more
   */
  public int streak() {
    return streak;
  }

  /**
   * Returns the least-squares slope of the values in the trend window, in KPI units per day.
   *
   * @return the slope, or empty with fewer than two observations in the window
   */
  public OptionalDouble trendPerDay() {
    return Double.isNaN(slope) ? OptionalDouble.empty() : OptionalDouble.of(slope);
  }

  /**
   * Returns how the colour was reached, such as
   * {@code "KPI-cfr 0.12 on 2027-03-29: AMBER (lower is better; green ≤ 0.1, amber ≤ 0.15); 3 in a row"}.
   *
   * @return the explanation
   */
  public String explanation() {
    return explanation;
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object obj) {
    return obj instanceof KpiEvaluation o && o.kpi.equals(kpi) && o.asOf.equals(asOf) && o.status == status
        && Double.compare(o.value, value) == 0 && o.valueDay == valueDay && o.streak == streak
        && Double.compare(o.slope, slope) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kpi, asOf, status, value, valueDay, streak, slope);
  }

  /** Returns the explanation. */
  @Override
  public String toString() {
    return explanation;
  }
}

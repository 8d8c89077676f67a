package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The observations of one KPI, in strictly increasing date order (one value per day), stored as
 * primitive arrays so that a million observations cost 16 MB and no boxing. Immutable.
 *
 * <pre>{@code
 * KpiSeries deploys = KpiSeries.builder(KpiId.of("KPI-deploys"))
 *     .add(LocalDate.of(2027, 1, 8), 11)
 *     .add(LocalDate.of(2027, 1, 15), 14)
 *     .build();
 * deploys.indexAtOrBefore(LocalDate.of(2027, 1, 10));   // 0
 * }</pre>
 */
public final class KpiSeries {

  private final KpiId kpi;
  private final long[] days;
  private final double[] values;

  private KpiSeries(KpiId kpi, long[] days, double[] values) {
    this.kpi = kpi;
    this.days = days;
    this.values = values;
  }

  /**
   * Returns a series of the given observations.
   *
   * @param kpi the KPI observed
   * @param observations observations in strictly increasing date order
   * @return the series
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if two observations are not in strictly increasing date order
   */
  public static KpiSeries of(KpiId kpi, List<Observation> observations) {
    Objects.requireNonNull(observations, "observations");
    Builder b = builder(kpi);
    for (Observation o : observations) {
      Objects.requireNonNull(o, "observation");
      b.add(o.date(), o.value());
    }
    return b.build();
  }

  /**
   * Returns a builder that appends observations in date order.
   *
   * @param kpi the KPI observed
   * @return an empty builder
   * @throws NullPointerException if {@code kpi} is null
   */
  public static Builder builder(KpiId kpi) {
    return new Builder(Objects.requireNonNull(kpi, "kpi"));
  }

  /**
   * Returns the KPI observed.
   *
   * @return the id
   */
  public KpiId kpi() {
    return kpi;
  }

  /**
   * Returns the number of observations.
   *
   * @return zero or more
   */
  public int size() {
    return days.length;
  }

  /**
   * Tells whether there are no observations.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return days.length == 0;
  }

  /**
   * Returns the date of an observation.
   *
   * @param index 0-based, within {@code [0, size())}
   * @return the date
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public LocalDate date(int index) {
    return LocalDate.ofEpochDay(days[index]);
  }

  /**
   * Returns the date of an observation as an epoch day, for fast loops.
   *
   * @param index 0-based, within {@code [0, size())}
   * @return days since 1970-01-01
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public long epochDay(int index) {
    return days[index];
  }

  /**
   * Returns the value of an observation.
   *
   * @param index 0-based, within {@code [0, size())}
   * @return the finite value
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public double value(int index) {
    return values[index];
  }

  /**
   * Returns the index of the last observation on or before a date (binary search).
   *
   * @param date the date
   * @return the index, or -1 if every observation is later
   * @throws NullPointerException if {@code date} is null
   */
  public int indexAtOrBefore(LocalDate date) {
    long day = Objects.requireNonNull(date, "date").toEpochDay();
    int lo = 0;
    int hi = days.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] <= day) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * Returns the observations as a list view.
   *
   * @return an unmodifiable list in date order
   */
  public List<Observation> observations() {
    return new AbstractList<>() {
      @Override
      public Observation get(int index) {
        return Observation.of(date(index), values[index]);
      }

      @Override
      public int size() {
        return days.length;
      }
    };
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof KpiSeries other && other.kpi.equals(kpi) && Arrays.equals(other.days, days)
        && Arrays.equals(other.values, values);
  }

  @Override
  public int hashCode() {
    return (kpi.hashCode() * 31 + Arrays.hashCode(days)) * 31 + Arrays.hashCode(values);
  }

  /** Returns the KPI id and the number of observations, such as {@code KPI-cfr: 52 observations}. */
  @Override
  public String toString() {
    return kpi + ": " + days.length + " observations";
  }

  /** Appends observations in strictly increasing date order. Not thread-safe. */
  public static final class Builder {

    private final KpiId kpi;
    private long[] days = new long[16];
    private double[] values = new double[16];
    private int size;

    private Builder(KpiId kpi) {
      this.kpi = kpi;
    }

    /**
     * Appends an observation.
     *
     * @param date the day, later than the previous observation's
     * @param value the finite value
     * @return this builder
     * @throws NullPointerException if {@code date} is null
     * @throws IllegalArgumentException if the date is not after the previous one, or the value is not finite
     */
    public Builder add(LocalDate date, double value) {
      long day = Objects.requireNonNull(date, "date").toEpochDay();
      double v = Checks.requireFinite("observation value (kpi " + kpi + ")", value);
      if (size > 0 && day <= days[size - 1]) {
        throw new IllegalArgumentException("observations must be in strictly increasing date order (kpi " + kpi
            + ", " + date + " after " + LocalDate.ofEpochDay(days[size - 1]) + ")");
      }
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      days[size] = day;
      values[size] = v;
      size++;
      return this;
    }

    /**
     * Returns the series.
     *
     * @return the series of the observations added so far
     */
    public KpiSeries build() {
      return new KpiSeries(kpi, Arrays.copyOf(days, size), Arrays.copyOf(values, size));
    }
  }
}

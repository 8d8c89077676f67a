package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.delivery.ThroughputPeriod;
import io.github.ctokit.core.delivery.WorkingCalendar;
import java.time.LocalDate;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The projected periods after the as-of date: for a daily history each working day of the
 * calendar, for a weekly one each 7-day block {@code (asOf + 7t, asOf + 7t + 7]}. Each period has
 * a completion offset (calendar days after asOf: the working day itself, or the week's last working
 * day), an end offset, and a throughput factor (planned capacity over baseline; for a week also its
 * working days over a full week). {@code scale} is null when every factor is 1.
 */
final class Projection {

  final int periods;
  final int[] offset;
  final int[] end;
  final double @Nullable [] scale;

  private Projection(int periods, int[] offset, int[] end, double @Nullable [] scale) {
    this.periods = periods;
    this.offset = offset;
    this.end = end;
    this.scale = scale;
  }

  static Projection of(ThroughputPeriod period, WorkingCalendar calendar, LocalDate asOf, int horizonDays,
      @Nullable CapacityOutlook outlook) {
    long base = asOf.toEpochDay();
    int capacity = period == ThroughputPeriod.DAY ? horizonDays : horizonDays / 7;
    int[] offset = new int[capacity];
    int[] end = new int[capacity];
    double[] scale = new double[capacity];
    boolean scaled = false;
    int n = 0;
    if (period == ThroughputPeriod.DAY) {
      for (int d = 1; d <= horizonDays; d++) {
        if (calendar.isWorkingEpochDay(base + d)) {
          offset[n] = d;
          end[n] = d;
          double f = outlook == null ? 1 : outlook.hoursOn(base + d) / outlook.baselineHoursPerDay();
          scale[n++] = f;
          scaled |= f != 1;
        }
      }
    } else {
      int perWeek = calendar.workingDaysPerWeek();
      for (int t = 0; t < capacity; t++) {
        int last = 7 * t + 7;
        double hours = 0;
        for (int d = 7 * t + 1; d <= 7 * t + 7; d++) {
          if (calendar.isWorkingEpochDay(base + d)) {
            last = d;
            hours += outlook == null ? 1 : outlook.hoursOn(base + d) / outlook.baselineHoursPerDay();
          }
        }
        offset[n] = last;
        end[n] = 7 * t + 7;
        double f = hours / perWeek;
        scale[n++] = f;
        scaled |= f != 1;
      }
    }
    return new Projection(n, Arrays.copyOf(offset, n), Arrays.copyOf(end, n), scaled ? Arrays.copyOf(scale, n) : null);
  }

  /** The number of periods that end on or before an offset. */
  int periodsEndingBy(long untilOffset) {
    int count = 0;
    while (count < periods && end[count] <= untilOffset) {
      count++;
    }
    return count;
  }

  /** Whether the first {@code k} periods all have factor 1. */
  boolean unscaled(int k) {
    if (scale == null) {
      return true;
    }
    for (int t = 0; t < k; t++) {
      if (scale[t] != 1) {
        return false;
      }
    }
    return true;
  }
}

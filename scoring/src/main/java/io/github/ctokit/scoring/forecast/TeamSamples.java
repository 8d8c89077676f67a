package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.ThroughputPeriod;
import io.github.ctokit.core.delivery.WorkingCalendar;
import java.util.Arrays;

/**
 * A history turned into i.i.d. period samples. A daily history gives one sample per working day;
 * items recorded on a non-working day count on the previous working day (the first working day
 * if none precedes). A weekly history gives one sample per week with a working day, normalised to
 * a full working week ({@code count · daysPerWeek / workingDays}); weeks without a working day are
 * left out.
 */
final class TeamSamples {

  final ThroughputHistory history;
  final double[] values;
  final int nonZero;
  final boolean integral;
  final int maxValue;

  private TeamSamples(ThroughputHistory history, double[] values) {
    this.history = history;
    this.values = values;
    int nz = 0;
    boolean whole = true;
    double max = 0;
    for (double v : values) {
      nz += v > 0 ? 1 : 0;
      whole &= v == Math.rint(v);
      max = Math.max(max, v);
    }
    this.nonZero = nz;
    this.integral = whole;
    this.maxValue = (int) Math.ceil(max);
  }

  static TeamSamples of(ThroughputHistory history) {
    WorkingCalendar calendar = history.calendar();
    int n = history.size();
    double[] values = new double[n];
    int count = 0;
    if (history.period() == ThroughputPeriod.DAY) {
      long start = history.start().toEpochDay();
      double carried = 0;
      for (int i = 0; i < n; i++) {
        if (calendar.isWorkingEpochDay(start + i)) {
          values[count++] = history.count(i) + carried;
          carried = 0;
        } else if (count > 0) {
          values[count - 1] += history.count(i);
        } else {
          carried += history.count(i);
        }
      }
    } else {
      int perWeek = calendar.workingDaysPerWeek();
      for (int i = 0; i < n; i++) {
        int days = history.workingDays(i);
        if (days > 0) {
          int c = history.count(i);
          values[count++] = days == perWeek ? c : (double) c * perWeek / days;
        }
      }
    }
    return new TeamSamples(history, Arrays.copyOf(values, count));
  }

  int size() {
    return values.length;
  }
}

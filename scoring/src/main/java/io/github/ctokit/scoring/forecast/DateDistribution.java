package io.github.ctokit.scoring.forecast;

import io.github.ctokit.scoring.PercentileConvention;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * The distribution of a completion day, as calendar-day offsets from the as-of date: either the
 * sorted outcomes of Monte Carlo trials or an exact cumulative distribution over projected periods.
 */
abstract class DateDistribution {

  /** The offset recorded for a trial that did not finish within the horizon. */
  static final double UNFINISHED = Integer.MAX_VALUE;

  /** Tolerance of the exact method's nearest-rank reading, against rounding in the convolution. */
  static final double EXACT_TOLERANCE = 1e-12;

  abstract OptionalInt offsetAt(double p);

  abstract double cdf(long offset);

  abstract double unfinished();

  abstract int trials();

  /** The distinct finishing offsets, ascending. */
  abstract int[] support();

  /** Monte Carlo outcomes. */
  static final class Simulated extends DateDistribution {
    private final double[] sorted;
    private final int finished;
    private final PercentileConvention convention;

    /** Takes ownership of {@code outcomes} and sorts it. */
    Simulated(double[] outcomes, PercentileConvention convention) {
      Arrays.sort(outcomes);
      this.sorted = outcomes;
      int f = 0;
      while (f < outcomes.length && outcomes[f] < UNFINISHED) {
        f++;
      }
      this.finished = f;
      this.convention = convention;
    }

    @Override
    OptionalInt offsetAt(double p) {
      if (finished == 0) {
        return OptionalInt.empty();
      }
      double v = convention.of(sorted, p);
      if (v > sorted[finished - 1]) {
        return OptionalInt.empty();
      }
      return OptionalInt.of((int) Math.ceil(v - 1e-9));
    }

    @Override
    double cdf(long offset) {
      int lo = 0;
      int hi = finished;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= offset) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return (double) lo / sorted.length;
    }

    @Override
    double unfinished() {
      return (double) (sorted.length - finished) / sorted.length;
    }

    @Override
    int trials() {
      return sorted.length;
    }

    @Override
    int[] support() {
      return Arrays.stream(sorted, 0, finished).mapToInt(d -> (int) d).distinct().toArray();
    }
  }

  /** An exact cumulative distribution: {@code cdf[t]} is the probability of being done by {@code offsets[t]}. */
  static final class Exact extends DateDistribution {
    private final int[] offsets;
    private final double[] cdf;

    Exact(int[] offsets, double[] cdf) {
      this.offsets = offsets;
      this.cdf = cdf;
    }

    /**
     * The distribution of the latest of independent completion days: its CDF is the product of
     * theirs (multiplied in list order), on the union of their offsets.
     */
    static Exact product(List<Exact> parts) {
      if (parts.size() == 1) {
        return parts.get(0);
      }
      int[] union = parts.stream().flatMapToInt(e -> Arrays.stream(e.offsets)).sorted().distinct().toArray();
      double[] product = new double[union.length];
      int[] cursor = new int[parts.size()];
      for (int u = 0; u < union.length; u++) {
        double value = 1;
        for (int k = 0; k < parts.size(); k++) {
          Exact e = parts.get(k);
          while (cursor[k] < e.offsets.length && e.offsets[cursor[k]] <= union[u]) {
            cursor[k]++;
          }
          value *= cursor[k] == 0 ? 0 : e.cdf[cursor[k] - 1];
        }
        product[u] = value;
      }
      return new Exact(union, product);
    }

    @Override
    OptionalInt offsetAt(double p) {
      for (int t = 0; t < cdf.length; t++) {
        if (cdf[t] > 0 && cdf[t] >= p - EXACT_TOLERANCE) {
          return OptionalInt.of(offsets[t]);
        }
      }
      return OptionalInt.empty();
    }

    @Override
    double cdf(long offset) {
      double result = 0;
      for (int t = 0; t < offsets.length && offsets[t] <= offset; t++) {
        result = cdf[t];
      }
      return result;
    }

    @Override
    double unfinished() {
      return cdf.length == 0 ? 1 : Math.max(0, 1 - cdf[cdf.length - 1]);
    }

    @Override
    int trials() {
      return 0;
    }

    @Override
    int[] support() {
      int count = 0;
      int[] result = new int[offsets.length];
      for (int t = 0; t < offsets.length; t++) {
        if (cdf[t] > 0) {
          result[count++] = offsets[t];
        }
      }
      return Arrays.copyOf(result, count);
    }
  }
}

package io.github.ctokit.scoring;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;

/**
 * How a percentile is read from a sample: the tools of every field disagree, so ctokit names the
 * convention wherever it reports one.
 *
 * <p>For a sample sorted ascending, {@code x(1) ≤ … ≤ x(n)} (1-based), and a level
 * {@code p ∈ [0, 1]}:
 *
 * <ul>
 *   <li>{@link #NEAREST_RANK}: {@code x(⌈p·n⌉)}, and {@code x(1)} for {@code p = 0}. Always a
 *       sample value: the smallest value with at least {@code p} of the sample at or below it. The
 *       delivery-forecasting tools (ActionableAgile, Lighthouse) read "85 % by this date" this way.
 *       A product {@code p·n} within {@code 1e-9·n} of an integer {@code k} counts as {@code k}, so
 *       that {@code 0.07 · 100} (which is {@code 7.000000000000001} in binary floating point) gives
 *       rank 7, not 8.
 *   <li>{@link #LINEAR}: with {@code h = (n − 1)·p + 1}, {@code x(⌊h⌋) + (h − ⌊h⌋)·(x(⌊h⌋+1) −
 *       x(⌊h⌋))}. Excel {@code PERCENTILE.INC}, R type 7, NumPy's default.
 *   <li>{@link #LOWER}: {@code x(⌊(n − 1)·p⌋ + 1)}, the sample value at or below the linear
 *       position; at {@code p = 0.5} it is the lower median.
 * </ul>
 *
 * <p>All three return a value between the sample's minimum and maximum, are non-decreasing in
 * {@code p}, and agree at {@code p = 0} (the minimum) and {@code p = 1} (the maximum).
 */
public enum PercentileConvention {

  /** {@code x(⌈p·n⌉)}: the smallest sample value with at least a share {@code p} at or below it. */
  NEAREST_RANK {
    @Override
    double select(double[] sorted, double p) {
      // ⌈p·n⌉ computed so that exact products (0.85 · 20 = 17) are not pushed up by a rounding
      // error in the last binary digit.
      int n = sorted.length;
      double rank = p * n;
      long nearest = Math.round(rank);
      int ceil = Math.abs(rank - nearest) < 1e-9 * n ? (int) nearest : (int) Math.ceil(rank);
      return sorted[Math.max(ceil, 1) - 1];
    }
  },

  /** Linear interpolation between closest ranks; Excel {@code PERCENTILE.INC}. */
  LINEAR {
    @Override
    double select(double[] sorted, double p) {
      double h = (sorted.length - 1) * p;
      int below = (int) Math.floor(h);
      if (below >= sorted.length - 1) {
        return sorted[sorted.length - 1];
      }
      double fraction = h - below;
      double low = sorted[below];
      return fraction == 0 ? low : low + fraction * (sorted[below + 1] - low);
    }
  },

  /** The sample value at or below the linear position; the lower median at {@code p = 0.5}. */
  LOWER {
    @Override
    double select(double[] sorted, double p) {
      return sorted[(int) Math.floor((sorted.length - 1) * p)];
    }
  };

  abstract double select(double[] sorted, double p);

  /**
   * Returns the percentile of a sample that is already sorted ascending.
   *
   * <p>Runs in constant time after an O(n) check that the sample is sorted and finite.
   *
   * @param sortedAscending a non-empty sample of finite values, sorted ascending; not modified
   * @param p the level, within [0, 1] (0.95 for the 95th percentile)
   * @return the percentile, a finite value between the sample's minimum and maximum
   * @throws NullPointerException if {@code sortedAscending} is null
   * @throws IllegalArgumentException if the sample is empty, holds a non-finite value or is not
   *     sorted ascending, or {@code p} is outside [0, 1]
   */
  public double of(double[] sortedAscending, double p) {
    requireSortedSample(sortedAscending);
    return select(sortedAscending, Checks.requireWithin("p", p, 0, 1));
  }

  /**
   * Returns several percentiles of one sample that is already sorted ascending.
   *
   * @param sortedAscending a non-empty sample of finite values, sorted ascending; not modified
   * @param levels the levels, each within [0, 1]
   * @return the percentiles, in the order of {@code levels}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the sample is empty, holds a non-finite value or is not
   *     sorted ascending, or a level is outside [0, 1]
   */
  public double[] of(double[] sortedAscending, double... levels) {
    requireSortedSample(sortedAscending);
    Objects.requireNonNull(levels, "levels");
    double[] result = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      result[i] = select(sortedAscending, Checks.requireWithin("levels[" + i + "]", levels[i], 0, 1));
    }
    return result;
  }

  private static void requireSortedSample(double[] sample) {
    Objects.requireNonNull(sample, "sortedAscending");
    if (sample.length == 0) {
      throw new IllegalArgumentException("sample must not be empty");
    }
    Checks.requireFinite("sample[0]", sample[0]);
    for (int i = 1; i < sample.length; i++) {
      if (!(sample[i] >= sample[i - 1])) {
        Checks.requireFinite("sample[" + i + "]", sample[i]);
        throw new IllegalArgumentException(
            "sample must be sorted ascending (sample[" + i + "] = " + Checks.format(sample[i])
                + " < sample[" + (i - 1) + "] = " + Checks.format(sample[i - 1]) + ")\n"
                + "Maybe sort a copy first: Arrays.sort(values.clone())");
      }
      if (sample[i] == Double.POSITIVE_INFINITY) {
        Checks.requireFinite("sample[" + i + "]", sample[i]);
      }
    }
  }
}

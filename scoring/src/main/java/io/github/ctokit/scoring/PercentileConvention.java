package io.github.ctokit.scoring;

import io.github.ctokit.core.internal.Checks;
import java.util.Arrays;
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
 *
 * <p>{@link #of(double[], double...)} reads percentiles of a sorted sample in constant time each.
 * {@link #ofUnsorted(double[], double...)} needs no sorting: it selects only the order statistics
 * the levels need (a deterministic multi-quickselect with three-way partitioning, falling back to
 * sorting a sub-range when partitions degenerate), in expected O(n·log m) for m levels.
 */
public enum PercentileConvention {

  /** {@code x(⌈p·n⌉)}: the smallest sample value with at least a share {@code p} at or below it. */
  NEAREST_RANK {
    @Override
    int index(int n, double p) {
      return (int) nearestRank(n, p) - 1;
    }

    @Override
    double fraction(int n, double p) {
      return 0;
    }
  },

  /** Linear interpolation between closest ranks; Excel {@code PERCENTILE.INC}. */
  LINEAR {
    @Override
    int index(int n, double p) {
      return linearIndex(n, p);
    }

    @Override
    double fraction(int n, double p) {
      int index = index(n, p);
      // One rounding instead of two: (n − 1)·p − index is computed exactly, then rounded, so that
      // PERCENTILE.INC({1..10}, 0.85) is 8.65 and not 8.649999999999999. When the exact product
      // lies just below the index its rounded value reached (10 · 0.6), the fraction is 0.
      return index >= n - 1 ? 0 : Math.max(0, Math.fma(n - 1, p, -index));
    }
  },

  /** The sample value at or below the linear position; the lower median at {@code p = 0.5}. */
  LOWER {
    @Override
    int index(int n, double p) {
      return linearIndex(n, p);
    }

    @Override
    double fraction(int n, double p) {
      return 0;
    }
  };

  /** Below this size a sub-range is sorted instead of partitioned. */
  private static final int SMALL_RANGE = 24;

  /** ⌊(n − 1)·p⌋: the 0-based index at or below the linear position. */
  private static int linearIndex(int n, double p) {
    return Math.min((int) Math.floor((n - 1) * p), n - 1);
  }

  /** The 0-based index of the order statistic at or below the percentile. */
  abstract int index(int n, double p);

  /** How far towards the next order statistic the percentile lies, in [0, 1). */
  abstract double fraction(int n, double p);

  private double read(double[] ordered, double p) {
    int n = ordered.length;
    int index = index(n, p);
    double fraction = fraction(n, p);
    double low = ordered[index];
    return fraction == 0 ? low : Math.fma(fraction, ordered[index + 1] - low, low);
  }

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
    return read(sortedAscending, Checks.requireWithin("p", p, 0, 1));
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
    requireLevels(levels);
    double[] result = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      result[i] = read(sortedAscending, levels[i]);
    }
    return result;
  }

  /**
   * Returns several percentiles of a sample in any order, without sorting it: only the order
   * statistics that the levels need are selected, in a copy. The result equals
   * {@link #of(double[], double...)} on the sorted sample, exactly.
   *
   * <p>Expected time O(n·log m) for m levels, worst case O(n·log n); memory one copy of the sample.
   * Deterministic: no randomness is used.
   *
   * @param sample a non-empty sample of finite values, in any order; not modified
   * @param levels the levels, each within [0, 1]
   * @return the percentiles, in the order of {@code levels}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the sample is empty or holds a non-finite value, or a level
   *     is outside [0, 1]
   */
  public double[] ofUnsorted(double[] sample, double... levels) {
    Objects.requireNonNull(sample, "sample");
    if (sample.length == 0) {
      throw new IllegalArgumentException("sample must not be empty");
    }
    for (int i = 0; i < sample.length; i++) {
      if (!Double.isFinite(sample[i])) {
        Checks.requireFinite("sample[" + i + "]", sample[i]);
      }
    }
    requireLevels(levels);
    int n = sample.length;
    int[] wanted = new int[levels.length * 2];
    int count = 0;
    for (double p : levels) {
      int index = index(n, p);
      wanted[count++] = index;
      if (fraction(n, p) > 0) {
        wanted[count++] = index + 1;
      }
    }
    int[] ranks = Arrays.stream(wanted, 0, count).sorted().distinct().toArray();
    double[] work = sample.clone();
    int depthLimit = 2 * (32 - Integer.numberOfLeadingZeros(n)) + 8;
    select(work, 0, n - 1, ranks, 0, ranks.length - 1, depthLimit);
    double[] result = new double[levels.length];
    for (int i = 0; i < levels.length; i++) {
      result[i] = read(work, levels[i]);
    }
    return result;
  }

  /**
   * Places the order statistics {@code ranks[rFrom..rTo]} (sorted, all within [lo, hi]) at their
   * positions in {@code a}. Recursion depth is bounded by {@code depthLimit}; past it the
   * sub-range is sorted, so adversarial inputs cost O(n log n), not a stack overflow.
   */
  private static void select(double[] a, int lo, int hi, int[] ranks, int rFrom, int rTo, int depthLimit) {
    if (rFrom > rTo || lo >= hi) {
      return;
    }
    if (hi - lo < SMALL_RANGE || depthLimit == 0) {
      Arrays.sort(a, lo, hi + 1);
      return;
    }
    double pivot = medianOfThree(a[lo], a[lo + (hi - lo) / 2], a[hi]);
    // Three-way partition: [lo, lt) < pivot, [lt, gt] == pivot, (gt, hi] > pivot. Loss samples are
    // mostly zeros; a two-way partition would degenerate on them.
    int lt = lo;
    int gt = hi;
    int i = lo;
    while (i <= gt) {
      double v = a[i];
      if (v < pivot) {
        a[i++] = a[lt];
        a[lt++] = v;
      } else if (v > pivot) {
        a[i] = a[gt];
        a[gt--] = v;
      } else {
        i++;
      }
    }
    int split = rFrom;
    while (split <= rTo && ranks[split] < lt) {
      split++;
    }
    int right = split;
    while (right <= rTo && ranks[right] <= gt) {
      right++;
    }
    select(a, lo, lt - 1, ranks, rFrom, split - 1, depthLimit - 1);
    select(a, gt + 1, hi, ranks, right, rTo, depthLimit - 1);
  }

  private static double medianOfThree(double x, double y, double z) {
    return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
  }

  private static void requireLevels(double[] levels) {
    Objects.requireNonNull(levels, "levels");
    for (int i = 0; i < levels.length; i++) {
      Checks.requireWithin("levels[" + i + "]", levels[i], 0, 1);
    }
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
                + "Maybe use ofUnsorted, which needs no sorting");
      }
      if (sample[i] == Double.POSITIVE_INFINITY) {
        Checks.requireFinite("sample[" + i + "]", sample[i]);
      }
    }
  }

  /**
   * Returns the 1-based nearest rank {@code max(1, ⌈p·n⌉)} of a sample of {@code n} values, the
   * rank {@link #NEAREST_RANK} reads; for samples too large for an array, such as the simulated
   * years behind a histogram.
   *
   * <p>A product {@code p·n} within {@code 1e-9·n} of an integer counts as that integer, so
   * {@code 0.07 · 100} is rank 7, not 8, whatever the last binary digit of the product.
   *
   * @param n the sample size, at least 1
   * @param p the level, within [0, 1]
   * @return the rank, within [1, n]
   * @throws IllegalArgumentException if {@code n} is below 1 or {@code p} is outside [0, 1]
   */
  public static long nearestRank(long n, double p) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1 (was " + n + ")");
    }
    double level = Checks.requireWithin("p", p, 0, 1);
    double rank = level * n;
    long nearest = Math.round(rank);
    long ceil = Math.abs(rank - nearest) < 1e-9 * n ? nearest : (long) Math.ceil(rank);
    return Math.min(n, Math.max(ceil, 1));
  }
}

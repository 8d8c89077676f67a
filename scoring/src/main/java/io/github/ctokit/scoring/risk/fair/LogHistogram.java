package io.github.ctokit.scoring.risk.fair;

/**
 * Counts of non-negative values in logarithmic buckets, and optionally their sums: a bucket is one
 * binary exponent and the top 7 bits of the mantissa, so a bucket spans a relative width of at
 * most 2⁻⁷ and its midpoint lies within a relative 2⁻⁸ (0.4 %) of every value in it. Zeros are
 * counted apart, exactly. The buckets are one flat array over the range of magnitudes seen (512
 * bytes per power of two, 1.5 KB with sums), widened when a value falls outside it: an addition is
 * one shift, one subtraction and one increment, and memory never grows with the count.
 *
 * <p>Everything is an integer, so merging is exact and independent of order (results do not
 * depend on the thread count): a bucket holds at most one value per simulated year (below 2³¹),
 * and its sum is kept in fixed point as the sum of the values' 53-bit significands rounded to 32
 * bits, {@link #SUM_BITS} below the bucket's exponent, so within a relative 2⁻³² of the exact sum.
 * Without sums, a bucket's values are taken at its midpoint.
 */
final class LogHistogram {

  static final int SUB_BITS = 7;
  static final double RELATIVE_ERROR = 1.0 / (1 << (SUB_BITS + 1));
  /** Fixed-point bits of a value relative to its binary exponent: 2³¹ ≤ significand < 2³². */
  static final int SUM_BITS = 31;
  static final int SUB = 1 << SUB_BITS;
  static final int SHIFT = 52 - SUB_BITS;
  private static final long SIGNIFICAND = (1L << 52) - 1;
  private static final int ROUNDING_SHIFT = 52 - SUM_BITS;
  /**
   * The window first allocated around a value: 32 powers of two, which holds a lognormal with σ
   * up to about 2.5 whole (its 10⁻⁹ and 1 − 10⁻⁹ quantiles), so most histograms never widen.
   */
  private static final int FIRST_WINDOW = 32 * SUB;

  private final boolean withSums;
  /** The bucket of {@code counts[0]}; buckets are {@code bits >>> SHIFT} of positive values. */
  private int first;
  private int[] counts = new int[0];
  private long[] sums = new long[0];
  private long zeros;
  private long total;

  /**
   * A histogram.
   *
   * @param withSums whether to keep each bucket's exact sum (for the portfolio total, whose tail
   *     sums must match the scenarios' co-tail sums); otherwise values count at bucket midpoints
   */
  LogHistogram(boolean withSums) {
    this.withSums = withSums;
  }

  /** Adds a value; the caller adds the count to the total with {@link #addCounted(long)}. */
  void add(double value) {
    if (value <= 0) {
      zeros++;
      return;
    }
    long bits = Double.doubleToRawLongBits(value);
    int at = (int) (bits >>> SHIFT) - first;
    if (at < 0 || at >= counts.length) {
      at = widen((int) (bits >>> SHIFT));
    }
    counts[at]++;
    if (withSums) {
      sums[at] += (((bits & SIGNIFICAND) | (1L << 52)) + (1L << (ROUNDING_SHIFT - 1))) >>> ROUNDING_SHIFT;
    }
  }

  /** Makes room for a bucket outside the window, at whole powers of two; returns its index. */
  private int widen(int bucket) {
    if (counts.length == 0) {
      first = Math.max(0, (bucket & -SUB) - FIRST_WINDOW / 2);
      counts = new int[FIRST_WINDOW];
      sums = new long[withSums ? FIRST_WINDOW : 0];
      return bucket - first;
    }
    int from = Math.max(0, Math.min(first, (bucket & -SUB) - FIRST_WINDOW / 4));
    int to = Math.max(first + counts.length, (bucket | (SUB - 1)) + 1 + FIRST_WINDOW / 4);
    int[] wider = new int[to - from];
    System.arraycopy(counts, 0, wider, first - from, counts.length);
    if (withSums) {
      long[] widerSums = new long[to - from];
      System.arraycopy(sums, 0, widerSums, first - from, sums.length);
      sums = widerSums;
    }
    counts = wider;
    first = from;
    return bucket - first;
  }

  /** Counts {@code n} values, added one by one with {@link #add(double)}, in the total. */
  void addCounted(long n) {
    total += n;
  }

  void addZeros(long n) {
    zeros += n;
    total += n;
  }

  void merge(LogHistogram other) {
    zeros += other.zeros;
    total += other.total;
    if (other.counts.length == 0) {
      return;
    }
    for (int bucket : new int[] {other.first, other.first + other.counts.length - 1}) {
      if (counts.length == 0 || bucket < first || bucket >= first + counts.length) {
        widen(bucket);
      }
    }
    int offset = other.first - first;
    for (int i = 0; i < other.counts.length; i++) {
      counts[offset + i] += other.counts[i];
    }
    if (withSums && other.withSums) {
      for (int i = 0; i < other.sums.length; i++) {
        sums[offset + i] += other.sums[i];
      }
    }
  }

  long total() {
    return total;
  }

  long zeros() {
    return zeros;
  }

  /** The bucket of a positive value: its exponent in the high bits, its sub-bucket in the low 7. */
  static int bucketOf(double positive) {
    return (int) (Double.doubleToRawLongBits(positive) >>> SHIFT);
  }

  static double lowerEdge(int bucket) {
    return Double.longBitsToDouble((long) bucket << SHIFT);
  }

  static double upperEdge(int bucket) {
    return lowerEdge(bucket + 1);
  }

  private static double midpoint(int bucket) {
    double lo = lowerEdge(bucket);
    double hi = upperEdge(bucket);
    return Double.isFinite(hi) ? lo + (hi - lo) / 2 : lo;
  }

  /** The weight of one fixed-point unit of a sum whose values are scaled to the given exponent. */
  static double unit(int exponent) {
    return Math.scalb(1.0, exponent - 1023 - SUM_BITS);
  }

  /** The value of the given 1-based rank: the midpoint of its bucket, or 0. */
  double valueAtRank(long rank) {
    int bucket = bucketAtRank(rank);
    return bucket < 0 ? 0 : midpoint(bucket);
  }

  /** The bucket of the given 1-based rank, or −1 when that value is zero. */
  int bucketAtRank(long rank) {
    if (rank <= zeros) {
      return -1;
    }
    long seen = zeros;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return first + i;
      }
    }
    return -1;
  }

  /** The number of values greater than {@code amount}, with linear interpolation within a bucket. */
  double countAbove(double amount) {
    if (amount < 0) {
      return total;
    }
    double above = 0;
    for (int i = counts.length - 1; i >= 0; i--) {
      if (counts[i] == 0) {
        continue;
      }
      double lo = lowerEdge(first + i);
      double hi = upperEdge(first + i);
      if (lo > amount) {
        above += counts[i];
      } else if (hi > amount) {
        above += counts[i] * (hi - amount) / (hi - lo);
      } else {
        return above;
      }
    }
    return above;
  }

  /** A bucket's sum: exact (within 2⁻³²) when sums are kept, else its count at its midpoint. */
  private double bucketSum(int index) {
    int bucket = first + index;
    return withSums ? sums[index] * unit(bucket >>> SUB_BITS) : counts[index] * midpoint(bucket);
  }

  /**
   * The tail at or above a positive threshold: whole buckets above the threshold's bucket, and the
   * share of its bucket above it by linear interpolation, at a mean no lower than the threshold.
   * Values already share that one bucket, so the estimate is within the bucket width of the
   * exact tail.
   *
   * @param threshold the threshold, positive
   * @param maximum the largest value added, which bounds the share's mean
   * @return the tail
   */
  Tail tail(double threshold, double maximum) {
    int at = bucketOf(threshold);
    double sum = 0;
    double count = 0;
    for (int i = counts.length - 1; i >= 0 && first + i > at; i--) {
      if (counts[i] > 0) {
        count += counts[i];
        sum += bucketSum(i);
      }
    }
    int index = at - first;
    int c = index >= 0 && index < counts.length ? counts[index] : 0;
    double scale = 0;
    if (c > 0) {
      double bucketSum = bucketSum(index);
      double lo = lowerEdge(at);
      double hi = upperEdge(at);
      double share = (hi - threshold) / (hi - lo);
      // values spread like the bucket's own mean, shifted into the part above the threshold
      double shareMean = Math.min(Math.min(hi, maximum),
          Math.max(threshold, bucketSum / c + (hi - lo) * (1 - share) / 2));
      count += share * c;
      sum += share * c * shareMean;
      scale = bucketSum > 0 ? share * c * shareMean / bucketSum : 0;
    }
    return new Tail(at, scale, sum, count);
  }

  @Override
  public String toString() {
    return "LogHistogram[" + total + " values, " + zeros + " zeros, buckets " + first + "+" + counts.length + "]";
  }

  /**
   * A tail estimate: the threshold's bucket, the factor applied to that bucket's sum, and the
   * tail's sum and (fractional) count.
   */
  static final class Tail {
    final int bucket;
    final double bucketScale;
    final double sum;
    final double count;

    Tail(int bucket, double bucketScale, double sum, double count) {
      this.bucket = bucket;
      this.bucketScale = bucketScale;
      this.sum = sum;
      this.count = count;
    }

    double mean(double orElse) {
      return count > 0 ? sum / count : orElse;
    }
  }
}

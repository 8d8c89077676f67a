package io.github.ctokit.scoring.risk.fair;

/**
 * Counts and sums of non-negative values in logarithmic buckets: a bucket is one binary exponent
 * and the top 7 bits of the mantissa, so a bucket spans a relative width of at most 2⁻⁷ and its
 * midpoint lies within a relative 2⁻⁸ (0.4 %) of every value in it. Zeros are counted apart,
 * exactly. Memory grows with the range of magnitudes seen (2 KB per power of two, small enough
 * to stay in cache), never with the count.
 *
 * <p>Everything is an integer, so merging is exact and independent of order (results do not
 * depend on the thread count): a bucket holds at most one value per simulated year (below 2³¹),
 * and its sum is kept in fixed point as the sum of the values' 53-bit significands rounded to 32
 * bits, {@link #SUM_BITS} below the bucket's exponent. Count and sum sit side by side in one row
 * per exponent, so an addition touches one cache line.
 * A bucket sum is thus within a relative 2⁻³² of the exact sum, which makes expected shortfall a
 * sum over whole buckets plus a share of one.
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

  /** Per biased exponent: count of sub-bucket i at {@code 2i}, its fixed-point sum at {@code 2i + 1}. */
  private final long[][] rows = new long[2048][];
  private long zeros;
  private long total;

  void add(double value) {
    total++;
    if (value <= 0) {
      zeros++;
      return;
    }
    long bits = Double.doubleToRawLongBits(value);
    int exponent = (int) (bits >>> 52);
    long[] row = rows[exponent];
    if (row == null) {
      row = new long[2 * SUB];
      rows[exponent] = row;
    }
    int at = (int) (bits >>> (SHIFT - 1)) & (2 * SUB - 2);
    row[at]++;
    row[at + 1] += (((bits & SIGNIFICAND) | (1L << 52)) + (1L << (ROUNDING_SHIFT - 1))) >>> ROUNDING_SHIFT;
  }

  void addZeros(long n) {
    zeros += n;
    total += n;
  }

  void merge(LogHistogram other) {
    zeros += other.zeros;
    total += other.total;
    for (int e = 0; e < 2048; e++) {
      long[] theirs = other.rows[e];
      if (theirs == null) {
        continue;
      }
      long[] mine = rows[e];
      if (mine == null) {
        rows[e] = theirs.clone();
      } else {
        for (int i = 0; i < 2 * SUB; i++) {
          mine[i] += theirs[i];
        }
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

  /** The weight of one fixed-point unit of a sum whose values are scaled to the given exponent. */
  static double unit(int exponent) {
    return Math.scalb(1.0, exponent - 1023 - SUM_BITS);
  }

  /** The value of the given 1-based rank: the midpoint of its bucket, or 0. */
  double valueAtRank(long rank) {
    int bucket = bucketAtRank(rank);
    if (bucket < 0) {
      return 0;
    }
    double lo = lowerEdge(bucket);
    double hi = upperEdge(bucket);
    return Double.isFinite(hi) ? lo + (hi - lo) / 2 : lo;
  }

  /** The bucket of the given 1-based rank, or −1 when that value is zero. */
  int bucketAtRank(long rank) {
    if (rank <= zeros) {
      return -1;
    }
    long seen = zeros;
    for (int e = 0; e < 2048; e++) {
      long[] row = rows[e];
      if (row == null) {
        continue;
      }
      for (int i = 0; i < SUB; i++) {
        seen += row[2 * i];
        if (seen >= rank) {
          return (e << SUB_BITS) | i;
        }
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
    for (int e = 2047; e >= 0; e--) {
      long[] row = rows[e];
      if (row == null) {
        continue;
      }
      for (int i = SUB - 1; i >= 0; i--) {
        long c = row[2 * i];
        if (c == 0) {
          continue;
        }
        int bucket = (e << SUB_BITS) | i;
        double lo = lowerEdge(bucket);
        double hi = upperEdge(bucket);
        if (lo > amount) {
          above += c;
        } else if (hi > amount) {
          above += c * (hi - amount) / (hi - lo);
        } else {
          return above;
        }
      }
    }
    return above;
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
    for (int e = 2047; e >= at >>> SUB_BITS; e--) {
      long[] row = rows[e];
      if (row == null) {
        continue;
      }
      double unit = unit(e);
      int first = e == at >>> SUB_BITS ? (at & (SUB - 1)) + 1 : 0;
      for (int i = SUB - 1; i >= first; i--) {
        count += row[2 * i];
        sum += row[2 * i + 1] * unit;
      }
    }
    long[] row = rows[at >>> SUB_BITS];
    double scale = 0;
    if (row != null && row[2 * (at & (SUB - 1))] > 0) {
      long c = row[2 * (at & (SUB - 1))];
      double bucketSum = row[2 * (at & (SUB - 1)) + 1] * unit(at >>> SUB_BITS);
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

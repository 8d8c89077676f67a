package io.github.ctokit.scoring.risk.fair;

/**
 * Counts of non-negative values in logarithmic buckets: a bucket is one binary exponent and the
 * top 7 bits of the mantissa, so a bucket spans a relative width of at most 2⁻⁷ and its midpoint
 * lies within a relative 2⁻⁸ (0.4 %) of every value in it. Zeros are counted apart, exactly.
 * Memory grows with the range of magnitudes seen (512 bytes per power of two, small enough to stay
 * in cache), never with the count. Integer counts only (a bucket holds at most one count per
 * simulated year, below 2³¹), so merging is exact and order-independent.
 */
final class LogHistogram {

  static final int SUB_BITS = 7;
  static final double RELATIVE_ERROR = 1.0 / (1 << (SUB_BITS + 1));
  private static final int SUB = 1 << SUB_BITS;
  private static final int SHIFT = 52 - SUB_BITS;

  private final int[][] counts = new int[2048][];
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
    int[] row = counts[exponent];
    if (row == null) {
      row = new int[SUB];
      counts[exponent] = row;
    }
    row[(int) (bits >>> SHIFT) & (SUB - 1)]++;
  }

  void addZeros(long n) {
    zeros += n;
    total += n;
  }

  void merge(LogHistogram other) {
    zeros += other.zeros;
    total += other.total;
    for (int e = 0; e < 2048; e++) {
      int[] theirs = other.counts[e];
      if (theirs != null) {
        int[] mine = counts[e];
        if (mine == null) {
          counts[e] = theirs.clone();
        } else {
          for (int i = 0; i < SUB; i++) {
            mine[i] += theirs[i];
          }
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

  private static double lowerEdge(int exponent, int sub) {
    return Double.longBitsToDouble(((long) exponent << 52) | ((long) sub << SHIFT));
  }

  private static double upperEdge(int exponent, int sub) {
    return sub + 1 < SUB ? lowerEdge(exponent, sub + 1) : lowerEdge(exponent + 1, 0);
  }

  /** The value of the given 1-based rank: the midpoint of its bucket, or 0. */
  double valueAtRank(long rank) {
    if (rank <= zeros) {
      return 0;
    }
    long seen = zeros;
    for (int e = 0; e < 2048; e++) {
      int[] row = counts[e];
      if (row == null) {
        continue;
      }
      for (int i = 0; i < SUB; i++) {
        seen += row[i];
        if (seen >= rank) {
          double lo = lowerEdge(e, i);
          double hi = upperEdge(e, i);
          return Double.isFinite(hi) ? lo + (hi - lo) / 2 : lo;
        }
      }
    }
    return 0;
  }

  /** The number of values greater than {@code amount}, with linear interpolation within a bucket. */
  double countAbove(double amount) {
    if (amount < 0) {
      return total;
    }
    double above = 0;
    for (int e = 2047; e >= 0; e--) {
      int[] row = counts[e];
      if (row == null) {
        continue;
      }
      for (int i = SUB - 1; i >= 0; i--) {
        if (row[i] == 0) {
          continue;
        }
        double lo = lowerEdge(e, i);
        double hi = upperEdge(e, i);
        if (lo > amount) {
          above += row[i];
        } else if (hi > amount) {
          above += row[i] * (hi - amount) / (hi - lo);
        } else {
          return above;
        }
      }
    }
    return above;
  }

  /** Mean of the values at or above the bucket midpoints ≥ threshold, from midpoints. */
  double[] tailFromMidpoints(double threshold) {
    double sum = 0;
    long n = 0;
    for (int e = 0; e < 2048; e++) {
      int[] row = counts[e];
      if (row == null) {
        continue;
      }
      for (int i = 0; i < SUB; i++) {
        if (row[i] == 0) {
          continue;
        }
        double lo = lowerEdge(e, i);
        double hi = upperEdge(e, i);
        double mid = Double.isFinite(hi) ? lo + (hi - lo) / 2 : lo;
        if (mid >= threshold) {
          sum += mid * row[i];
          n += row[i];
        }
      }
    }
    if (threshold <= 0) {
      n += zeros;
    }
    return new double[] {sum, n};
  }
}

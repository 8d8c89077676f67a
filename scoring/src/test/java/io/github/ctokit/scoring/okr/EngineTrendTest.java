package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link Engine#trend} sums day offsets as integers; its bits must equal the two-pass centred least
 * squares summed in doubles, also where the sum of offsets exceeds 2^53 and doubles round.
 */
class EngineTrendTest {

  /** The least-squares line with every offset converted to a double first, evaluated at a day. */
  private static double reference(long[] day, double[] val, int lo, int hi, long at) {
    int count = hi - lo;
    long x0 = day[lo];
    double[] x = new double[count];
    double[] y = java.util.Arrays.copyOfRange(val, lo, hi);
    for (int j = 0; j < count; j++) {
      x[j] = day[lo + j] - x0;
    }
    double meanX = 0;
    for (double v : x) {
      meanX += v;
    }
    double meanY = 0;
    for (double v : y) {
      meanY += v;
    }
    meanX /= count;
    meanY /= count;
    double sxy = 0;
    double sxx = 0;
    for (int j = 0; j < count; j++) {
      sxy += (x[j] - meanX) * (y[j] - meanY);
      sxx += (x[j] - meanX) * (x[j] - meanX);
    }
    double y1 = meanY + (sxx == 0 ? 0 : sxy / sxx) * ((at - x0) - meanX);
    return Double.isFinite(y1) ? y1 : meanY;
  }

  @Test
  void threeCheckInsGiveTheLineThroughThem() {
    long[] day = {100, 114, 128, 142};
    double[] val = {5, 7, 9, 11};
    // Days 114, 128, 142 with values 7, 9, 11: slope 1/7 per day, so day 149 gives 12.
    assertThat(Engine.trend(day, val, 1, 4, 149)).isEqualTo(12.0);
    assertThat(Engine.trend(day, val, 1, 4, 149)).isEqualTo(reference(day, val, 1, 4, 149));
  }

  @Test
  void offsetsSummingBeyondTwoToThe53AreSummedInDoublesLikeTheReference() {
    long big = 1L << 53;
    long[] day = {0, big + 1, big + 2};
    double[] val = {1, 2, 4};
    // The integer sum 2^54 + 3 rounds to 2^54 + 4 once; summed in doubles, 2^53 + 1 rounds first and the
    // total is 2^54. The engine must give the bits of the latter.
    assertThat((double) (2 * big + 3)).isNotEqualTo((double) (big + 1) + (double) (big + 2));
    double value = Engine.trend(day, val, 0, 3, big + 9);
    assertThat(Double.doubleToRawLongBits(value)).isEqualTo(Double.doubleToRawLongBits(reference(day, val, 0, 3, big + 9)));
  }

  @Test
  void randomWindowsMatchTheReferenceBitForBit() {
    java.util.SplittableRandom r = new java.util.SplittableRandom(7);
    for (int t = 0; t < 10_000; t++) {
      int n = 2 + r.nextInt(12);
      long[] day = new long[n];
      double[] val = new double[n];
      long d = r.nextLong(-1_000_000, 1_000_000);
      for (int i = 0; i < n; i++) {
        d += 1 + r.nextInt(t % 2 == 0 ? 30 : 1 << 20);
        day[i] = d;
        val[i] = r.nextDouble(-1e3, 1e3);
      }
      int lo = r.nextInt(n - 1);
      long at = day[n - 1] + r.nextInt(100);
      assertThat(Double.doubleToRawLongBits(Engine.trend(day, val, lo, n, at)))
          .isEqualTo(Double.doubleToRawLongBits(reference(day, val, lo, n, at)));
    }
  }
}

package io.github.ctokit.scoring.forecast;

import io.github.ctokit.scoring.PercentileConvention;
import java.util.Arrays;

/** The distribution of the number of items finished: sorted trial outcomes or an exact pmf. */
abstract class ItemsDistribution {

  /** The largest X with P(items ≥ X) ≥ p. */
  abstract long itemsAt(double p);

  /** P(items ≥ x). */
  abstract double atLeast(long x);

  abstract int trials();

  /** Monte Carlo outcomes. */
  static final class Simulated extends ItemsDistribution {
    private final double[] sorted;
    /** The outcomes negated and sorted ascending: the descending reading. */
    private final double[] descending;
    private final PercentileConvention convention;

    /** Takes ownership of {@code outcomes} (whole items) and sorts it. */
    Simulated(double[] outcomes, PercentileConvention convention) {
      Arrays.sort(outcomes);
      this.sorted = outcomes;
      int n = outcomes.length;
      this.descending = new double[n];
      for (int i = 0; i < n; i++) {
        descending[i] = -outcomes[n - 1 - i] + 0.0;
      }
      this.convention = convention;
    }

    @Override
    long itemsAt(double p) {
      return (long) Math.floor(-convention.of(descending, p) + 1e-9);
    }

    @Override
    double atLeast(long x) {
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] < x) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return (double) (sorted.length - lo) / sorted.length;
    }

    @Override
    int trials() {
      return sorted.length;
    }
  }

  /** An exact distribution: {@code tail[x]} = P(items ≥ x). */
  static final class Exact extends ItemsDistribution {
    private final double[] tail;

    Exact(double[] pmf) {
      tail = new double[pmf.length + 1];
      double sum = 0;
      for (int x = pmf.length - 1; x >= 0; x--) {
        sum += pmf[x];
        tail[x] = sum;
      }
      tail[0] = 1;
    }

    @Override
    long itemsAt(double p) {
      for (int x = tail.length - 1; x > 0; x--) {
        if (tail[x] > 0 && tail[x] >= p - DateDistribution.EXACT_TOLERANCE) {
          return x;
        }
      }
      return 0;
    }

    @Override
    double atLeast(long x) {
      if (x <= 0) {
        return 1;
      }
      return x >= tail.length ? 0 : Math.min(1, tail[(int) x]);
    }

    @Override
    int trials() {
      return 0;
    }
  }
}

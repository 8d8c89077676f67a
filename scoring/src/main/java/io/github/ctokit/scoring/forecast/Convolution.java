package io.github.ctokit.scoring.forecast;

import java.util.Arrays;

/**
 * Exact distributions of sums of i.i.d. whole-number period samples, by repeated convolution of
 * the empirical pmf (REFERENCES §5.4): {@code dist_k = dist_{k−1} ⊛ f}, absorbed at N for "when".
 * The pmf is kept as its distinct values and their probabilities, so one step costs O(N·m) for m
 * distinct values.
 */
final class Convolution {

  /** Mass at or above this is treated as certain: the tail left is below rounding noise. */
  static final double DONE = 1 - 1e-12;

  final int[] values;
  final double[] probabilities;

  private Convolution(int[] values, double[] probabilities) {
    this.values = values;
    this.probabilities = probabilities;
  }

  /** The empirical pmf of whole-number samples. */
  static Convolution of(double[] samples) {
    int[] sorted = new int[samples.length];
    for (int i = 0; i < samples.length; i++) {
      sorted[i] = (int) samples[i];
    }
    Arrays.sort(sorted);
    int[] values = new int[sorted.length];
    double[] p = new double[sorted.length];
    int m = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      values[m] = sorted[i];
      p[m++] = (double) (j - i) / sorted.length;
      i = j;
    }
    return new Convolution(Arrays.copyOf(values, m), Arrays.copyOf(p, m));
  }

  /**
   * For thresholds {@code c[0] ≤ … ≤ c[K−1]}, returns {@code cdf[k][t] = P(S_{t+1} ≥ c[k])}, the
   * probability that threshold k is reached within t + 1 periods, for t below {@code maxPeriods}
   * and until every threshold is reached with probability {@link #DONE} (then set to exactly 1).
   * Row lengths are equal: the number of periods computed.
   */
  double[][] reach(long[] thresholds, int maxPeriods) {
    int n = (int) thresholds[thresholds.length - 1];
    int k = thresholds.length;
    double[] state = new double[Math.max(n, 1)];
    double[] next = new double[state.length];
    state[0] = 1;
    double absorbed = n == 0 ? 1 : 0;
    double[][] cdf = new double[k][Math.min(maxPeriods, 1024)];
    double[] suffix = new double[n + 1];
    int t = 0;
    while (t < maxPeriods && absorbed < DONE) {
      Arrays.fill(next, 0);
      double gained = 0;
      for (int j = 0; j < n; j++) {
        double mass = state[j];
        if (mass == 0) {
          continue;
        }
        for (int v = 0; v < values.length; v++) {
          int to = j + values[v];
          double add = mass * probabilities[v];
          if (to >= n) {
            gained += add;
          } else {
            next[to] += add;
          }
        }
      }
      absorbed += gained;
      double[] swap = state;
      state = next;
      next = swap;
      suffix[n] = absorbed;
      for (int j = n - 1; j >= 0; j--) {
        suffix[j] = suffix[j + 1] + state[j];
      }
      if (t == cdf[0].length) {
        for (int i = 0; i < k; i++) {
          cdf[i] = Arrays.copyOf(cdf[i], Math.min(maxPeriods, cdf[i].length * 2));
        }
      }
      boolean done = absorbed >= DONE;
      for (int i = 0; i < k; i++) {
        cdf[i][t] = done ? 1 : Math.min(1, suffix[(int) thresholds[i]]);
      }
      t++;
    }
    for (int i = 0; i < k; i++) {
      cdf[i] = Arrays.copyOf(cdf[i], t);
    }
    return cdf;
  }

  /** The pmf of the sum of {@code periods} samples, indexed by the sum. */
  double[] sum(int periods) {
    int max = values[values.length - 1];
    double[] dist = new double[1];
    dist[0] = 1;
    for (int t = 0; t < periods; t++) {
      double[] next = new double[dist.length + max];
      for (int j = 0; j < dist.length; j++) {
        double mass = dist[j];
        if (mass == 0) {
          continue;
        }
        for (int v = 0; v < values.length; v++) {
          next[j + values[v]] += mass * probabilities[v];
        }
      }
      dist = next;
    }
    return dist;
  }

  /** Estimated operations of {@link #reach}: steps until absorption times states times values. */
  double reachCost(long n, int maxPeriods, double mean) {
    double steps = Math.min(maxPeriods, mean <= 0 ? maxPeriods : 4 * n / mean + 50);
    return steps * Math.max(1, n) * values.length;
  }

  /** Estimated operations of {@link #sum}. */
  double sumCost(int periods) {
    double max = values[values.length - 1];
    return (double) periods * periods * max * values.length / 2;
  }
}

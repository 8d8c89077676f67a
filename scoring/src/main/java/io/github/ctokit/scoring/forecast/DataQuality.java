package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.internal.Checks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Indicators of how far a throughput history can be trusted to speak for the future
 * (REFERENCES §5.5), computed on the samples a forecast would use (working days, or weeks
 * normalised to a full week). Immutable.
 *
 * <ul>
 *   <li><b>Stability</b> (Magennis): rank the samples (ties by their order in the history), split
 *       them into odd and even ranks, and take {@code |mean₁ − mean₂| / (max − min)}; below 10 % is
 *       great, below 25 % good. 0 when every sample is equal.
 *   <li><b>P(next sample in the observed range)</b> = {@code (n − 1)/(n + 1)}.
 *   <li><b>Outliers</b>: samples above 10 × the mode (the most frequent value, the smallest on ties),
 *       counted only when the mode is above 0.
 * </ul>
 *
 * <pre>{@code
 * DataQuality.of(history).stability();   // 0.238 for FocusedObjective's [1, 3, 5, 3, 7, 8]
 * }</pre>
 */
public final class DataQuality {

  private final int samples;
  private final double stability;
  private final double mode;
  private final int outliers;

  private DataQuality(int samples, double stability, double mode, int outliers) {
    this.samples = samples;
    this.stability = stability;
    this.mode = mode;
    this.outliers = outliers;
  }

  /**
   * Computes the indicators of a history.
   *
   * @param history the history
   * @return the indicators
   * @throws NullPointerException if {@code history} is null
   * @throws IllegalArgumentException if the history has no usable period
   */
  public static DataQuality of(ThroughputHistory history) {
    Objects.requireNonNull(history, "history");
    double[] values = TeamSamples.of(history).values;
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("history must have at least one usable period (had 0)");
    }
    // Stable sort keeps ties in history order.
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double odd = 0;
    double even = 0;
    int oddCount = 0;
    int evenCount = 0;
    for (int rank = 1; rank <= n; rank++) {
      double v = values[order[rank - 1]];
      if (rank % 2 == 1) {
        odd += v;
        oddCount++;
      } else {
        even += v;
        evenCount++;
      }
    }
    double min = values[order[0]];
    double max = values[order[n - 1]];
    double stability = max == min || evenCount == 0 ? 0 : Math.abs(odd / oddCount - even / evenCount) / (max - min);
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double mode = sorted[0];
    int best = 0;
    for (int i = 0; i < n; ) {
      int j = i;
      while (j < n && sorted[j] == sorted[i]) {
        j++;
      }
      if (j - i > best) {
        best = j - i;
        mode = sorted[i];
      }
      i = j;
    }
    int outliers = 0;
    if (mode > 0) {
      for (double v : values) {
        outliers += v > 10 * mode ? 1 : 0;
      }
    }
    return new DataQuality(n, stability, mode, outliers);
  }

  /**
   * Returns the number of samples.
   *
   * @return 1 or more
   */
  public int samples() {
    return samples;
  }

  /**
   * Returns Magennis's stability: the gap between the means of odd and even ranks over the range.
   *
   * @return within [0, 1]; lower is steadier
   */
  public double stability() {
    return stability;
  }

  /**
   * Returns the stability in words: "great" below 10 %, "good" below 25 %, else "unstable".
   *
   * @return the rating
   */
  public String stabilityRating() {
    return stability < 0.10 ? "great" : stability < 0.25 ? "good" : "unstable";
  }

  /**
   * Returns the probability that the next sample falls within the observed range: {@code (n − 1)/(n + 1)}.
   *
   * @return within [0, 1)
   */
  public double nextInRange() {
    return (samples - 1.0) / (samples + 1.0);
  }

  /**
   * Returns the most frequent sample value (the smallest on ties).
   *
   * @return zero or more
   */
  public double mode() {
    return mode;
  }

  /**
   * Returns the number of samples above 10 × the mode (0 when the mode is 0).
   *
   * @return zero or more
   */
  public int outliers() {
    return outliers;
  }

  /** Returns the indicators in one line. */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d samples: stability %.1f %% (%s), next in range %.1f %%, mode %s, %d outliers",
        samples, stability * 100, stabilityRating(), nextInRange() * 100, Checks.format(mode), outliers);
  }
}

package io.github.ctokit.scoring.forecast;

import org.jspecify.annotations.Nullable;

/**
 * When a throughput history is enough to forecast from: at least {@link #minSamples()} usable
 * periods (working days of a daily history, weeks with a working day of a weekly one) and at
 * least {@link #minNonZeroSamples()} of them with an item finished. A forecast from less throws
 * {@link InsufficientDataException}. Immutable.
 *
 * <p>Defaults: {@value #DEFAULT_MIN_SAMPLES} samples and {@value #DEFAULT_MIN_NON_ZERO_SAMPLES}
 * non-zero samples. The second is Lighthouse's guard (at least 5 distinct days with one item or
 * more, else {@code INSUFFICIENT_DATA}); the first keeps the zero periods' share from resting on
 * a few observations. An all-zero history is always refused: "when" would never end.
 */
public final class DataSufficiency {

  /** The default minimum number of usable periods. */
  public static final int DEFAULT_MIN_SAMPLES = 10;

  /** The default minimum number of periods with at least one item finished. */
  public static final int DEFAULT_MIN_NON_ZERO_SAMPLES = 5;

  private static final DataSufficiency DEFAULTS = new DataSufficiency(DEFAULT_MIN_SAMPLES, DEFAULT_MIN_NON_ZERO_SAMPLES);

  private final int minSamples;
  private final int minNonZeroSamples;

  private DataSufficiency(int minSamples, int minNonZeroSamples) {
    this.minSamples = minSamples;
    this.minNonZeroSamples = minNonZeroSamples;
  }

  /**
   * Returns the default thresholds.
   *
   * @return 10 samples, 5 of them non-zero
   */
  public static DataSufficiency defaults() {
    return DEFAULTS;
  }

  /**
   * Returns custom thresholds.
   *
   * @param minSamples the minimum number of usable periods, 1 to 100,000
   * @param minNonZeroSamples the minimum number with an item finished, 1 to {@code minSamples}
   * @return the policy
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public static DataSufficiency of(int minSamples, int minNonZeroSamples) {
    if (minSamples < 1 || minSamples > 100_000) {
      throw new IllegalArgumentException("minSamples must be within [1, 100000] (was " + minSamples + ")");
    }
    if (minNonZeroSamples < 1 || minNonZeroSamples > minSamples) {
      throw new IllegalArgumentException(
          "minNonZeroSamples must be within [1, minSamples] = [1, " + minSamples + "] (was " + minNonZeroSamples + ")");
    }
    return new DataSufficiency(minSamples, minNonZeroSamples);
  }

  /**
   * Returns the minimum number of usable periods.
   *
   * @return 1 or more
   */
  public int minSamples() {
    return minSamples;
  }

  /**
   * Returns the minimum number of periods with at least one item finished.
   *
   * @return 1 or more
   */
  public int minNonZeroSamples() {
    return minNonZeroSamples;
  }

  /**
   * Tells whether a history with these counts is enough.
   *
   * @param samples usable periods
   * @param nonZeroSamples periods with an item finished
   * @return true if both thresholds are met
   */
  public boolean isSufficient(int samples, int nonZeroSamples) {
    return samples >= minSamples && nonZeroSamples >= minNonZeroSamples;
  }

  void require(String what, int samples, int nonZeroSamples) {
    if (!isSufficient(samples, nonZeroSamples)) {
      String rule = samples < minSamples
          ? "at least " + minSamples + " usable periods (had " + samples + ")"
          : "at least " + minNonZeroSamples + " periods with one or more items finished (had " + nonZeroSamples + " of "
              + samples + ")";
      throw new InsufficientDataException(
          "throughput history" + what + " must have " + rule + " [" + InsufficientDataException.CODE + "]\n"
              + "Maybe use a longer history, weekly periods, or DataSufficiency.of(...) if the risk is understood",
          samples, nonZeroSamples, this);
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DataSufficiency other && other.minSamples == minSamples
        && other.minNonZeroSamples == minNonZeroSamples;
  }

  @Override
  public int hashCode() {
    return minSamples * 31 + minNonZeroSamples;
  }

  /** Returns the thresholds, such as {@code ≥ 10 samples, ≥ 5 non-zero}. */
  @Override
  public String toString() {
    return "≥ " + minSamples + " samples, ≥ " + minNonZeroSamples + " non-zero";
  }
}

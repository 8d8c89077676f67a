package io.github.ctokit.scoring.forecast;

/**
 * Thrown when a throughput history is too short or too sparse to forecast from: a forecast
 * refuses rather than extrapolate from a handful of periods. The thresholds are the
 * {@link DataSufficiency} in force.
 */
public final class InsufficientDataException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The stable code of this refusal, as Lighthouse names it. */
  public static final String CODE = "INSUFFICIENT_DATA";

  /** The usable period samples the history had. */
  private final int samples;
  /** The samples with at least one item finished. */
  private final int nonZeroSamples;
  /** The minimum number of samples in force. */
  private final int minSamples;
  /** The minimum number of non-zero samples in force. */
  private final int minNonZeroSamples;

  InsufficientDataException(String message, int samples, int nonZeroSamples, DataSufficiency required) {
    super(message);
    this.samples = samples;
    this.nonZeroSamples = nonZeroSamples;
    this.minSamples = required.minSamples();
    this.minNonZeroSamples = required.minNonZeroSamples();
  }

  /**
   * Returns the number of usable period samples the history had.
   *
   * @return zero or more
   */
  public int samples() {
    return samples;
  }

  /**
   * Returns the number of samples with at least one item finished.
   *
   * @return zero or more
   */
  public int nonZeroSamples() {
    return nonZeroSamples;
  }

  /**
   * Returns the thresholds that were not met.
   *
   * @return the sufficiency policy
   */
  public DataSufficiency required() {
    return DataSufficiency.of(minSamples, minNonZeroSamples);
  }
}

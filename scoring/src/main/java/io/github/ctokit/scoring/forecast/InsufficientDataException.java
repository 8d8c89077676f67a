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

  private final int samples;
  private final int nonZeroSamples;
  private final transient DataSufficiency required;

  InsufficientDataException(String message, int samples, int nonZeroSamples, DataSufficiency required) {
    super(message);
    this.samples = samples;
    this.nonZeroSamples = nonZeroSamples;
    this.required = required;
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
    return required;
  }
}

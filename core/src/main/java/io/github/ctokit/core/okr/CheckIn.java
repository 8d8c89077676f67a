package io.github.ctokit.core.okr;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A dated value of a key result, with the owner's optional confidence of reaching the target.
 * Confidence is kept apart from progress and never changes it. Immutable.
 *
 * <pre>{@code
 * CheckIn week3 = CheckIn.of(LocalDate.of(2027, 1, 18), 42).withConfidence(Probability.of(0.7));
 * }</pre>
 */
public final class CheckIn {

  /** The date as an epoch day: engines read millions of check-ins, one pointer fewer each. */
  private final long epochDay;
  private final double value;
  private final @Nullable Probability confidence;

  private CheckIn(long epochDay, double value, @Nullable Probability confidence) {
    this.epochDay = epochDay;
    this.value = value;
    this.confidence = confidence;
  }

  /**
   * Returns a check-in without a confidence.
   *
   * @param date the day of the check-in
   * @param value the measured value, finite, in the key result's unit
   * @return the check-in
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static CheckIn of(LocalDate date, double value) {
    Objects.requireNonNull(date, "date");
    return new CheckIn(date.toEpochDay(), Checks.requireFinite("check-in value", value), null);
  }

  /**
   * Returns a copy with a confidence.
   *
   * @param confidence the owner's confidence of reaching the target
   * @return the copy
   * @throws NullPointerException if {@code confidence} is null
   */
  public CheckIn withConfidence(Probability confidence) {
    return new CheckIn(epochDay, value, Objects.requireNonNull(confidence, "confidence"));
  }

  /**
   * Returns the day of the check-in.
   *
   * @return the date
   */
  public LocalDate date() {
    return LocalDate.ofEpochDay(epochDay);
  }

  /**
   * Returns the day of the check-in as an epoch day, for fast loops.
   *
   * @return days since 1970-01-01
   */
  public long epochDay() {
    return epochDay;
  }

  /**
   * Returns the measured value.
   *
   * @return a finite number in the key result's unit
   */
  public double value() {
    return value;
  }

  /**
   * Returns the owner's confidence of reaching the target.
   *
   * @return the confidence, or empty
   */
  public Optional<Probability> confidence() {
    return Optional.ofNullable(confidence);
  }

  /**
   * Tells whether the check-in carries a confidence, without allocating an optional (for loops
   * over millions of check-ins).
   *
   * @return true if {@link #confidence()} is present
   */
  public boolean hasConfidence() {
    return confidence != null;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CheckIn other && other.epochDay == epochDay && other.value == value
        && Objects.equals(other.confidence, confidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(epochDay, value, confidence);
  }

  /** Returns {@code date=value}, followed by {@code @confidence} when there is one. */
  @Override
  public String toString() {
    return date() + "=" + Checks.format(value) + (confidence == null ? "" : "@" + confidence);
  }
}

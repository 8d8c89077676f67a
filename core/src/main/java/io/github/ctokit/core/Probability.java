package io.github.ctokit.core;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A probability: a number in the closed interval [0, 1].
 *
 * <p>Immutable and thread-safe. Instances are obtained with {@link #of(double)},
 * {@link #ofPercent(double)} or {@link #parse(CharSequence)}; {@code 0.0} and {@code -0.0} give the
 * same instance value, NaN and infinities are rejected. Two probabilities are equal when their
 * values are numerically equal.
 *
 * <pre>{@code
 * Probability p = Probability.of(0.3);
 * Probability q = Probability.parse("25%");
 * p.or(q);          // 0.475: at least one of two independent events
 * p.complement();   // 0.7
 * }</pre>
 */
public final class Probability implements Comparable<Probability> {

  /** The impossible event, 0. */
  public static final Probability ZERO = new Probability(0.0);

  /** The certain event, 1. */
  public static final Probability ONE = new Probability(1.0);

  private final double value;

  private Probability(double value) {
    this.value = value;
  }

  /**
   * Returns the probability with the given value.
   *
   * @param value a number within [0, 1]
   * @return the probability
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or outside [0, 1]; when it
   *     looks like a percentage (within (1, 100]) the message suggests {@link #ofPercent(double)}
   */
  public static Probability of(double value) {
    if (Double.isFinite(value) && value > 1 && value <= 100) {
      throw new IllegalArgumentException(
          "probability must be within [0, 1] (was " + Checks.format(value) + ")\n"
              + "Maybe it is a percentage: use Probability.ofPercent(" + Checks.format(value) + ")");
    }
    double checked = Checks.requireWithin("probability", value, 0, 1);
    if (checked == 0) {
      return ZERO;
    }
    return checked == 1 ? ONE : new Probability(checked);
  }

  /**
   * Returns the probability of a percentage, {@code percent / 100}.
   *
   * @param percent a number within [0, 100]
   * @return the probability
   * @throws IllegalArgumentException if {@code percent} is NaN, infinite or outside [0, 100]
   */
  public static Probability ofPercent(double percent) {
    return of(Checks.requireWithin("probability percentage", percent, 0, 100) / 100);
  }

  /**
   * Parses a decimal ({@code "0.25"}) or a percentage ({@code "25%"}, {@code "12.5%"}).
   *
   * <p>The text uses a dot as decimal separator whatever the default locale; no whitespace,
   * grouping separators or exponent are accepted.
   *
   * @param text the text to parse
   * @return the probability
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form, or its value is out of range
   */
  public static Probability parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    boolean percent = s.endsWith("%");
    String number = percent ? s.substring(0, s.length() - 1) : s;
    if (!isPlainDecimal(number)) {
      throw new IllegalArgumentException(
          "probability text must be a decimal such as 0.25 or a percentage such as 25% (was "
              + Checks.quote(s) + ")");
    }
    double value = Double.parseDouble(number);
    return percent ? ofPercent(value) : of(value);
  }

  private static boolean isPlainDecimal(String s) {
    int digits = 0;
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if (c == '.') {
        dots++;
      } else {
        return false;
      }
    }
    return digits > 0 && dots <= 1 && s.length() <= 64;
  }

  /**
   * Returns the value.
   *
   * @return a number within [0, 1]
   */
  public double value() {
    return value;
  }

  /**
   * Returns the value as a percentage.
   *
   * @return {@code value() * 100}, within [0, 100]
   */
  public double percent() {
    return value * 100;
  }

  /**
   * Returns the probability that the event does not happen.
   *
   * @return {@code 1 - value()}
   */
  public Probability complement() {
    return of(1 - value);
  }

  /**
   * Returns the probability that this event and an independent other event both happen.
   *
   * @param other the other event's probability
   * @return {@code value() * other.value()}
   */
  public Probability and(Probability other) {
    Objects.requireNonNull(other, "other");
    return of(value * other.value);
  }

  /**
   * Returns the probability that at least one of this event and an independent other event
   * happens.
   *
   * @param other the other event's probability
   * @return {@code 1 - (1 - value()) * (1 - other.value())}
   */
  public Probability or(Probability other) {
    Objects.requireNonNull(other, "other");
    return of(1 - (1 - value) * (1 - other.value));
  }

  /**
   * Tells whether this is the impossible event.
   *
   * @return true if the value is 0
   */
  public boolean isZero() {
    return value == 0;
  }

  /**
   * Tells whether this is the certain event.
   *
   * @return true if the value is 1
   */
  public boolean isCertain() {
    return value == 1;
  }

  @Override
  public int compareTo(Probability other) {
    return Double.compare(value, other.value);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Probability other && other.value == value;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(value);
  }

  /**
   * Returns the value as a plain decimal, such as {@code 0.25}; {@link #parse(CharSequence)}
   * reads it back to an equal probability.
   */
  @Override
  public String toString() {
    return Checks.format(value);
  }
}

package io.github.ctokit.core.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;

/**
 * Argument checks whose messages follow the ctokit error model (DESIGN.md, "Errors"): they name
 * the field, the rule and the offending value, in English and {@link java.util.Locale#ROOT}
 * number formatting. Callers must only pass non-personal values.
 *
 * <p>Not API: ctokit modules use it; users should not.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires a finite number.
   *
   * @param field the field name used in the message
   * @param value the value to check
   * @return {@code value}, normalised so that {@code -0.0} becomes {@code 0.0}
   * @throws IllegalArgumentException if {@code value} is NaN or infinite
   */
  public static double requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number (was " + format(value) + ")");
    }
    return value + 0.0; // -0.0 + 0.0 == +0.0: equal values get equal representations
  }

  /**
   * Requires a finite number within the closed interval {@code [min, max]}.
   *
   * @param field the field name used in the message
   * @param value the value to check
   * @param min the inclusive lower bound
   * @param max the inclusive upper bound
   * @return {@code value}, with {@code -0.0} normalised to {@code 0.0}
   * @throws IllegalArgumentException if the value is not finite or lies outside the bounds
   */
  public static double requireWithin(String field, double value, double min, double max) {
    double finite = requireFinite(field, value);
    if (finite < min || finite > max) {
      throw new IllegalArgumentException(
          field + " must be within [" + format(min) + ", " + format(max) + "] (was " + format(value) + ")");
    }
    return finite;
  }

  /**
   * Requires a finite number that is zero or more.
   *
   * @param field the field name used in the message
   * @param value the value to check
   * @return {@code value}, with {@code -0.0} normalised to {@code 0.0}
   * @throws IllegalArgumentException if the value is negative, NaN or infinite
   */
  public static double requireNonNegative(String field, double value) {
    double finite = requireFinite(field, value);
    if (finite < 0) {
      throw new IllegalArgumentException(field + " must be zero or more (was " + format(value) + ")");
    }
    return finite;
  }

  /**
   * Requires an amount of money that is zero or more.
   *
   * @param field the field name used in the message
   * @param amount the amount to check
   * @return {@code amount}
   * @throws NullPointerException if {@code amount} is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Money requireNonNegative(String field, Money amount) {
    Objects.requireNonNull(amount, field);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(field + " must be zero or more (was " + amount + ")");
    }
    return amount;
  }

  /**
   * Requires a date range with a finite start and end, the form every ctokit period takes.
   *
   * @param field the field name used in the message
   * @param range the range to check
   * @return {@code range}
   * @throws NullPointerException if {@code range} is null
   * @throws IllegalArgumentException if the range is unbounded at either end
   */
  public static LocalDateRange requireBounded(String field, LocalDateRange range) {
    Objects.requireNonNull(range, field);
    if (range.isUnboundedStart() || range.isUnboundedEnd()) {
      throw new IllegalArgumentException(field + " must have a finite start and end (was " + range + ")");
    }
    return range;
  }

  /**
   * Requires {@code first} to be on or before {@code second}.
   *
   * @param firstField name of the earlier date in the message
   * @param first the date that must come first
   * @param secondField name of the later date in the message
   * @param second the date that must come second
   * @throws IllegalArgumentException if {@code first} is after {@code second}
   */
  public static void requireNotAfter(String firstField, LocalDate first, String secondField, LocalDate second) {
    if (first.isAfter(second)) {
      throw new IllegalArgumentException(
          firstField + " must be on or before " + secondField + " (was " + first + " > " + second + ")");
    }
  }

  /**
   * Formats a number for a message: plain notation, no trailing zeros, no locale
   * ({@code 1.3}, {@code 30}, {@code 0.000001}, {@code NaN}).
   *
   * @param value any double
   * @return its shortest exact decimal text
   */
  public static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Quotes caller-supplied text for a message, cut to a bounded length so that a message never
   * grows with the input. Use only for text that cannot hold personal data.
   *
   * @param text the text to quote
   * @return the text in double quotes, shortened with an ellipsis past 40 characters
   */
  public static String quote(CharSequence text) {
    String s = text.toString();
    int max = 40;
    return s.length() <= max ? '"' + s + '"' : '"' + s.substring(0, max) + "…\" (" + s.length() + " characters)";
  }

  /**
   * Formats milliseconds for people as {@code 2d 3h 15m 4.5s}, {@code 0s}; negative values get a
   * minus sign. Messages and explanations use it instead of ISO-8601 ({@code PT2H}).
   *
   * @param ms milliseconds
   * @return the text
   */
  public static String formatMillis(long ms) {
    if (ms == 0) {
      return "0s";
    }
    StringBuilder sb = new StringBuilder();
    long v = ms;
    if (v < 0) {
      sb.append('-');
      v = v == Long.MIN_VALUE ? Long.MAX_VALUE : -v;
    }
    long days = v / 86_400_000L;
    long hours = v / 3_600_000L % 24;
    long minutes = v / 60_000L % 60;
    long millis = v % 60_000L;
    String sep = "";
    if (days > 0) {
      sb.append(days).append('d');
      sep = " ";
    }
    if (hours > 0) {
      sb.append(sep).append(hours).append('h');
      sep = " ";
    }
    if (minutes > 0 || (sep.length() > 0 && millis > 0)) {
      sb.append(sep).append(minutes).append('m');
      sep = " ";
    }
    if (millis > 0) {
      sb.append(sep).append(millis / 1000);
      if (millis % 1000 != 0) {
        String frac = String.valueOf(1000 + millis % 1000).substring(1);
        while (frac.endsWith("0")) {
          frac = frac.substring(0, frac.length() - 1);
        }
        sb.append('.').append(frac);
      }
      sb.append('s');
    }
    return sb.toString();
  }

  /**
   * Formats a duration as {@link #formatMillis(long)} does.
   *
   * @param d the duration
   * @return the text
   */
  public static String format(java.time.Duration d) {
    long ms;
    try {
      ms = d.toMillis();
    } catch (ArithmeticException e) {
      ms = d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return formatMillis(ms);
  }
}

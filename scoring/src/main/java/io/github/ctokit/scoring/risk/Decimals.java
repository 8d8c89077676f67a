package io.github.ctokit.scoring.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact-decimal helpers: scores are held as hundredths ({@code long}) on the hot path. */
final class Decimals {

  static final int MEAN_SCALE = 6;
  static final long MICROS = 1_000_000L;

  private Decimals() {}

  static BigDecimal ofHundredths(long hundredths) {
    return BigDecimal.valueOf(hundredths, 2);
  }

  static long toHundredths(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  /** {@code value × 10 / max} at two places, HALF_UP. */
  static long scaleToTen(long value, long max) {
    return BigDecimal.valueOf(value * 10).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP)
        .unscaledValue().longValueExact();
  }

  /** Exact division when it terminates within {@link #MEAN_SCALE} places, else HALF_UP at that scale. */
  static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
    try {
      return numerator.divide(denominator).stripTrailingZeros();
    } catch (ArithmeticException nonTerminating) {
      return numerator.divide(denominator, MEAN_SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
    }
  }

  /** Applies a remaining fraction (in millionths) to a score in hundredths, HALF_UP. */
  static long applyRemaining(long hundredths, long remainingMicros) {
    return (hundredths * remainingMicros + MICROS / 2) / MICROS;
  }

  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  static String hundredths(long value) {
    return ofHundredths(value).toPlainString();
  }
}

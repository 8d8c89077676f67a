package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.internal.Checks;
import java.time.Duration;

/** Millisecond arithmetic for recovery times: {@link #UNKNOWN} is -1, {@link #NONE} is "no limit". */
final class Times {

  static final long UNKNOWN = -1;
  static final long NONE = Long.MAX_VALUE;

  private Times() {}

  static long ms(Duration d) {
    return d.toMillis(); // inputs are at most 36,525 days: no overflow
  }

  static long add(long a, long b) {
    long r = a + b;
    return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
  }

  static long sub(long a, long b) {
    long r = a - b;
    return ((a ^ b) & (a ^ r)) < 0 ? (a < 0 ? Long.MIN_VALUE + 1 : Long.MAX_VALUE - 1) : r;
  }

  static Duration duration(long ms) {
    return Duration.ofMillis(ms);
  }

  /** Formats milliseconds as {@code 2d 3h 15m 4.5s}; see {@link Checks#formatMillis(long)}. */
  static String format(long ms) {
    return Checks.formatMillis(ms);
  }

  static String format(Duration d) {
    return format(ms(d));
  }
}

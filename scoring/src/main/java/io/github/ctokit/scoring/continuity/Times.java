package io.github.ctokit.scoring.continuity;

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

  /** Formats milliseconds as {@code 2d 3h 15m 4.5s}, {@code 0s}; negative values get a minus sign. */
  static String format(long ms) {
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

  static String format(Duration d) {
    return format(ms(d));
  }
}

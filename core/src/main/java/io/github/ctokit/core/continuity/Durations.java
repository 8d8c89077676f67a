package io.github.ctokit.core.continuity;

import java.time.Duration;
import java.util.Objects;

/** Checks for the durations of this package; see the package documentation for the limits. */
final class Durations {

  private Durations() {}

  static Duration check(String field, Duration value) {
    Objects.requireNonNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must be zero or more (was " + value + ")");
    }
    if (value.compareTo(Service.MAX_DURATION) > 0) {
      throw new IllegalArgumentException(
          field + " must be at most " + Service.MAX_DURATION + " (36525 days) (was " + value + ")");
    }
    return value;
  }
}

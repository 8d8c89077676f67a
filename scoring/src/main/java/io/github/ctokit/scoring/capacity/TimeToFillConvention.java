package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.Estimate;

/**
 * Which value of a time-to-fill {@link Estimate} the hiring plan plans with (policy).
 */
public enum TimeToFillConvention {
  /** The lower end: the optimistic plan. */
  LOW,
  /** The most likely value of a three-point estimate; the midpoint of an interval. */
  MOST_LIKELY,
  /** The default: the upper end, so that the latest opening date is safe with the estimate's confidence. */
  HIGH;

  double days(Estimate e) {
    return switch (this) {
      case LOW -> e.low();
      case MOST_LIKELY -> e.mostLikely().orElse((e.low() + e.high()) / 2);
      case HIGH -> e.high();
    };
  }
}

package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * What happens to a key result's progress above 1 (target exceeded): kept, clamped to 1, or capped
 * at a value such as 1.2. Immutable.
 */
public final class Overshoot {

  private static final Overshoot NONE = new Overshoot(Double.POSITIVE_INFINITY);
  private static final Overshoot CLAMP = new Overshoot(1);

  private final double cap;

  private Overshoot(double cap) {
    this.cap = cap;
  }

  /**
   * Keeps overshoot (okr-tracker UI, puzzle/okr, ServiceNow).
   *
   * @return the rule
   */
  public static Overshoot none() {
    return NONE;
  }

  /**
   * Clamps progress to 1 (okr-tracker server, operately, BurningOKR UI, Google grading).
   *
   * @return the rule
   */
  public static Overshoot clampToOne() {
    return CLAMP;
  }

  /**
   * Caps progress at a value.
   *
   * @param cap within [1, 1000], such as 1.2
   * @return the rule
   * @throws IllegalArgumentException if {@code cap} is outside [1, 1000]
   */
  public static Overshoot cap(double cap) {
    double c = Checks.requireWithin("overshoot cap", cap, 1, 1000);
    return c == 1 ? CLAMP : new Overshoot(c);
  }

  /**
   * Applies the rule.
   *
   * @param progress a finite progress
   * @return {@code min(progress, cap)}
   */
  public double apply(double progress) {
    return Math.min(progress, cap);
  }

  /**
   * Returns the cap, if any.
   *
   * @return the cap; {@code Double.POSITIVE_INFINITY} for {@link #none()}
   */
  public double cap() {
    return cap;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Overshoot other && other.cap == cap;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(cap);
  }

  /** Returns {@code NONE}, {@code CLAMP_1} or {@code CAP(1.2)}. */
  @Override
  public String toString() {
    return this == NONE || cap == Double.POSITIVE_INFINITY ? "NONE" : cap == 1 ? "CLAMP_1" : "CAP(" + Checks.format(cap) + ")";
  }
}

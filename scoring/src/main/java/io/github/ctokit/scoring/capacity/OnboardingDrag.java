package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How much a new hire costs their mentor (policy). While a mentee is within their first
 * {@link #days()} days of employment, the mentor ({@link io.github.ctokit.core.people.Person#mentor()})
 * loses {@link #fraction()} of their effective hours per mentee, at most all of them. People without
 * a mentor cost no one.
 *
 * <p>Default {@link #none()}. {@link #madachy()} is the Madachy system-dynamics assumption
 * (REFERENCES §5.2, after Brooks): 25 % of an experienced person per new hire over a 20-day
 * assimilation.
 */
public final class OnboardingDrag {

  private static final OnboardingDrag NONE = new OnboardingDrag(0, 0);
  private static final OnboardingDrag MADACHY = new OnboardingDrag(0.25, 20);

  private final double fraction;
  private final int days;

  private OnboardingDrag(double fraction, int days) {
    this.fraction = fraction;
    this.days = days;
  }

  /**
   * Returns no drag (the default).
   *
   * @return the zero policy
   */
  public static OnboardingDrag none() {
    return NONE;
  }

  /**
   * Returns 25 % of the mentor for the mentee's first 20 days.
   *
   * @return the Madachy policy
   */
  public static OnboardingDrag madachy() {
    return MADACHY;
  }

  /**
   * Returns a custom drag.
   *
   * @param fraction share of the mentor's effective hours per mentee, within [0, 1]
   * @param days how many days from the mentee's start it lasts, 0 to 3,653
   * @return the policy
   * @throws IllegalArgumentException if a value is out of range
   */
  public static OnboardingDrag of(double fraction, int days) {
    double f = Checks.requireWithin("fraction", fraction, 0, 1);
    if (days < 0 || days > 3_653) {
      throw new IllegalArgumentException("days must be within [0, 3653] (was " + days + ")");
    }
    return new OnboardingDrag(f, days);
  }

  /**
   * Returns the share of the mentor's hours lost per mentee.
   *
   * @return within [0, 1]
   */
  public double fraction() {
    return fraction;
  }

  /**
   * Returns how long the drag lasts from the mentee's first day.
   *
   * @return days
   */
  public int days() {
    return days;
  }

  boolean isNone() {
    return fraction == 0 || days == 0;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof OnboardingDrag other && other.fraction == fraction && other.days == days;
  }

  @Override
  public int hashCode() {
    return Objects.hash(fraction, days);
  }

  /** Returns {@code OnboardingDrag[0.25 for 20 d]}. */
  @Override
  public String toString() {
    return "OnboardingDrag[" + Checks.format(fraction) + " for " + days + " d]";
  }
}

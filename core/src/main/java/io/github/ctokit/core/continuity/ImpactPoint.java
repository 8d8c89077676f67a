package io.github.ctokit.core.continuity;

import io.github.ctokit.core.Level;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of an {@link ImpactCurve}: from {@link #after()} since the disruption began, the
 * impact is {@link #level()} (until the next point). Immutable.
 */
public final class ImpactPoint {

  private final Duration after;
  private final Level level;

  private ImpactPoint(Duration after, Level level) {
    this.after = after;
    this.level = level;
  }

  /**
   * Returns the point at which the impact becomes {@code level}.
   *
   * @param after time since the disruption began, zero to 36,525 days
   * @param level the impact from then on
   * @return the point
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code after} is negative or too long
   */
  public static ImpactPoint of(Duration after, Level level) {
    Objects.requireNonNull(level, "level");
    return new ImpactPoint(Durations.check("after", after), level);
  }

  /**
   * Returns the time since the disruption began from which this impact applies.
   *
   * @return a non-negative duration
   */
  public Duration after() {
    return after;
  }

  /**
   * Returns the impact level.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ImpactPoint other && other.after.equals(after) && other.level.equals(level);
  }

  @Override
  public int hashCode() {
    return after.hashCode() * 31 + level.hashCode();
  }

  /** Returns {@code "PT4H: High"}. */
  @Override
  public String toString() {
    return after + ": " + level;
  }
}

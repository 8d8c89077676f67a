package io.github.ctokit.core.continuity;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Business impact over time since a disruption began, as a business impact analysis states it
 * (ISO 22301 assesses impact over time): a step function of qualitative levels, each carried
 * forward until the next point, "not rated" before the first point.
 *
 * <p>The maximum tolerable period of disruption follows: {@link #mtpd()} is the first time the
 * impact reaches the {@link #unacceptable()} level.
 *
 * <pre>{@code
 * LevelScale impact = LevelScale.fourLevel();                  // Low, Medium, High, Critical
 * ImpactCurve curve = ImpactCurve.builder()
 *     .scale(impact).unacceptable(impact.level("Critical"))
 *     .addPoints(ImpactPoint.of(Duration.ZERO, impact.level("Low")),
 *                ImpactPoint.of(Duration.ofHours(4), impact.level("High")),
 *                ImpactPoint.of(Duration.ofHours(24), impact.level("Critical")))
 *     .build();
 * curve.mtpd();                                                // Optional[PT24H]
 * curve.levelAt(Duration.ofHours(5));                          // Optional[High]
 * }</pre>
 */
@Value.Immutable
public abstract class ImpactCurve implements WithImpactCurve {

  ImpactCurve() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImpactCurve}; scale, unacceptable level and at least one point are required. */
  public static final class Builder extends ImmutableImpactCurve.Builder {
    Builder() {}
  }

  /**
   * Returns the scale of the impact levels.
   *
   * @return the scale
   */
  public abstract LevelScale scale();

  /**
   * Returns the level from which the impact is no longer tolerable.
   *
   * @return a level of {@link #scale()}
   */
  public abstract Level unacceptable();

  /**
   * Returns the steps, in strictly increasing order of {@link ImpactPoint#after()}.
   *
   * @return at least one point
   */
  public abstract List<ImpactPoint> points();

  /**
   * Returns the impact level a given time after the disruption began.
   *
   * @param elapsed time since the disruption began
   * @return the level of the last point at or before {@code elapsed}, or empty ("not rated")
   *     before the first point
   * @throws NullPointerException if {@code elapsed} is null
   */
  public final Optional<Level> levelAt(Duration elapsed) {
    Objects.requireNonNull(elapsed, "elapsed");
    @Nullable Level found = null;
    for (ImpactPoint p : points()) {
      if (p.after().compareTo(elapsed) > 0) {
        break;
      }
      found = p.level();
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns the maximum tolerable period of disruption: the first time the impact reaches
   * {@link #unacceptable()} or a higher level.
   *
   * @return that time, or empty if the curve never reaches it
   */
  public final Optional<Duration> mtpd() {
    for (ImpactPoint p : points()) {
      if (p.level().isAtLeast(unacceptable())) {
        return Optional.of(p.after());
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    if (!unacceptable().scale().equals(scale())) {
      throw new IllegalArgumentException("unacceptable must be a level of scale '" + scale().name()
          + "' (was a level of '" + unacceptable().scale().name() + "')");
    }
    if (points().isEmpty()) {
      throw new IllegalArgumentException("points must not be empty");
    }
    for (int i = 0; i < points().size(); i++) {
      ImpactPoint p = points().get(i);
      if (!p.level().scale().equals(scale())) {
        throw new IllegalArgumentException("points[" + i + "].level must be a level of scale '" + scale().name()
            + "' (was a level of '" + p.level().scale().name() + "')");
      }
      if (i > 0 && p.after().compareTo(points().get(i - 1).after()) <= 0) {
        throw new IllegalArgumentException("points must be in strictly increasing order of after (points["
            + i + "] at " + p.after() + " follows " + points().get(i - 1).after() + ")");
      }
    }
  }
}

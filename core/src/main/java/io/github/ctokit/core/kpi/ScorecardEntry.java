package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One KPI of a {@link Scorecard}: which KPI, its weight and its achievement curve.
 *
 * <pre>{@code
 * ScorecardEntry e = ScorecardEntry.builder().kpi(KpiId.of("KPI-deploys")).weight(2)
 *     .curve(AchievementCurve.of(5, 10, 15)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class ScorecardEntry implements WithScorecardEntry {

  ScorecardEntry() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScorecardEntry}; {@code kpi} and {@code curve} are required, weight defaults to 1. */
  public static final class Builder extends ImmutableScorecardEntry.Builder {
    Builder() {}
  }

  /**
   * Returns the KPI scored.
   *
   * @return the id
   */
  public abstract KpiId kpi();

  /**
   * Returns the weight.
   *
   * @return a finite number, zero or more; 1 by default
   */
  @Value.Default
  public double weight() {
    return 1;
  }

  /**
   * Returns the achievement curve.
   *
   * @return the curve
   */
  public abstract AchievementCurve curve();

  /**
   * Returns the balanced-scorecard perspective the KPI belongs to.
   *
   * @return the perspective, or empty
   */
  public abstract Optional<Perspective> perspective();

  @Value.Check
  final void check() {
    Checks.requireNonNegative("weight (kpi " + kpi() + ")", weight());
  }
}

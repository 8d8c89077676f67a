package io.github.ctokit.core.continuity;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one service achieved in a {@link DrillRecord}: its recovery time and recovery point
 * actually achieved (RTA and RPA, compared with its RTO and RPO by the assessment) and whether it
 * met the drill's own acceptance criteria.
 *
 * <pre>{@code
 * DrillResult db = DrillResult.builder().service(ServiceId.of("orders-db"))
 *     .achievedRecoveryTime(Duration.ofMinutes(52)).achievedRecoveryPoint(Duration.ofMinutes(3)).passed(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DrillResult implements WithDrillResult {

  DrillResult() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DrillResult}; service and passed are required. */
  public static final class Builder extends ImmutableDrillResult.Builder {
    Builder() {}
  }

  /**
   * Returns the service drilled.
   *
   * @return the service id
   */
  public abstract ServiceId service();

  /**
   * Returns the recovery time achieved (RTA).
   *
   * @return zero to 36,525 days, or empty if not measured
   */
  public abstract Optional<Duration> achievedRecoveryTime();

  /**
   * Returns the recovery point achieved (RPA): the age of the data restored.
   *
   * @return zero to 36,525 days, or empty if not measured
   */
  public abstract Optional<Duration> achievedRecoveryPoint();

  /**
   * Tells whether the service met the drill's own acceptance criteria.
   *
   * @return true if it passed
   */
  public abstract boolean passed();

  @Value.Check
  final void check() {
    achievedRecoveryTime().ifPresent(d -> Durations.check("achievedRecoveryTime", d));
    achievedRecoveryPoint().ifPresent(d -> Durations.check("achievedRecoveryPoint", d));
  }
}

package io.github.ctokit.core.continuity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of one recovery drill (or real incident) for one service: when, against which
 * {@link DisruptionType}, the recovery time and recovery point actually achieved (RTA and RPA),
 * and whether the drill passed.
 *
 * <pre>{@code
 * DrillRecord drill = DrillRecord.builder()
 *     .service(ServiceId.of("svc:orders-db")).date(LocalDate.of(2027, 1, 15))
 *     .disruption(DisruptionType.REGION).achievedRecoveryTime(Duration.ofMinutes(50))
 *     .achievedRecoveryPoint(Duration.ofMinutes(4)).passed(true).build();
 * }</pre>
 */
@Value.Immutable
public abstract class DrillRecord implements WithDrillRecord {

  DrillRecord() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DrillRecord}; service, date, disruption and passed are required. */
  public static final class Builder extends ImmutableDrillRecord.Builder {
    Builder() {}
  }

  /**
   * Returns the service drilled.
   *
   * @return the service id
   */
  public abstract ServiceId service();

  /**
   * Returns the day the drill took place (its effective date, not the day it was recorded).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the disruption simulated.
   *
   * @return the disruption type
   */
  public abstract DisruptionType disruption();

  /**
   * Returns the recovery time achieved (RTA).
   *
   * @return the time, or empty if not measured
   */
  public abstract Optional<Duration> achievedRecoveryTime();

  /**
   * Returns the recovery point achieved (RPA): the age of the data restored.
   *
   * @return the age, or empty if not measured
   */
  public abstract Optional<Duration> achievedRecoveryPoint();

  /**
   * Tells whether the drill's own acceptance criteria were met.
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

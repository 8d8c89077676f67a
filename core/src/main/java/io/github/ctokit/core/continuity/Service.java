package io.github.ctokit.core.continuity;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service or system in a DR plan: what it is ({@link #id()}, {@link #tier()}, {@link #owner()},
 * {@link #placement()}), what it must achieve ({@link #targets()}, {@link #impact()}), how it
 * recovers ({@link #strategy()}, {@link #recoveryEstimates()}, {@link #runbook()}), what it needs
 * first ({@link #dependencies()}), how its data is protected ({@link #backups()},
 * {@link #replication()}) and how available it is ({@link #availability()} per instance,
 * {@link #required()} of {@link #instances()} instances needed) and what capacity it keeps in a
 * disruption ({@link #minimumCapacity()}, the MBCO, against {@link #recoveredCapacity()}).
 *
 * <pre>{@code
 * Service ledger = Service.builder()
 *     .id(ServiceId.of("ledger")).tier(Tier.TIER_1).owner(RoleId.of("ROLE-payments-lead"))
 *     .targets(RecoveryTargets.builder().rto(Duration.ofHours(2)).rpo(Duration.ofMinutes(5)).build())
 *     .strategy(DrStrategy.WARM_STANDBY)
 *     .putRecoveryEstimate(DisruptionType.REGION, Duration.ofHours(2))
 *     .addDependencies(Dependency.on(ServiceId.of("idp")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Service implements WithService {

  /** The longest duration any continuity value accepts: 36,525 days (100 Julian years). */
  public static final Duration MAX_DURATION = Duration.ofDays(36_525);

  /** The largest number of redundant instances a service may declare. */
  public static final int MAX_INSTANCES = 1_000;

  Service() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Service}; id, tier and owner are required. */
  public static final class Builder extends ImmutableService.Builder {
    Builder() {}
  }

  /**
   * Returns the service's id.
   *
   * @return the id, unique within a plan
   */
  public abstract ServiceId id();

  /**
   * Returns how critical the service is.
   *
   * @return the tier
   */
  public abstract Tier tier();

  /**
   * Returns the role accountable for the service's recovery.
   *
   * @return the owner role
   */
  public abstract RoleId owner();

  /**
   * Returns where the service runs.
   *
   * @return the placement; {@link Placement#unspecified()} by default
   */
  @Value.Default
  public Placement placement() {
    return Placement.unspecified();
  }

  /**
   * Returns the recovery objectives.
   *
   * @return the targets; {@link RecoveryTargets#none()} by default
   */
  @Value.Default
  public RecoveryTargets targets() {
    return RecoveryTargets.none();
  }

  /**
   * Returns the business impact over time of the service being down.
   *
   * @return the curve, or empty
   */
  public abstract Optional<ImpactCurve> impact();

  /**
   * Returns the DR strategy.
   *
   * @return the strategy, or empty if none is declared
   */
  public abstract Optional<DrStrategy> strategy();

  /**
   * Returns the service's own recovery time per disruption type, not counting waiting for its
   * dependencies. Where a type has no entry the {@link #runbook()} applies.
   *
   * @return the estimates, each zero to 36,525 days
   */
  public abstract Map<DisruptionType, Duration> recoveryEstimates();

  /**
   * Returns the recovery runbook, used for disruption types without a recovery estimate.
   *
   * @return the steps in order; may be empty
   */
  public abstract List<RunbookStep> runbook();

  /**
   * Returns the services that must be recovered before this one.
   *
   * @return the dependencies
   */
  public abstract List<Dependency> dependencies();

  /**
   * Returns the backup policies protecting the service's data.
   *
   * @return the policies; may be empty
   */
  public abstract List<BackupPolicy> backups();

  /**
   * Returns the replication of the service's data.
   *
   * @return the replication, or empty
   */
  public abstract Optional<Replication> replication();

  /**
   * Returns the availability of one instance of the service, excluding its dependencies.
   *
   * @return the availability, or empty if unknown
   */
  public abstract Optional<Probability> availability();

  /**
   * Returns how many redundant instances (zones, regions, nodes) run.
   *
   * @return 1 to {@value #MAX_INSTANCES}; 1 by default
   */
  @Value.Default
  public int instances() {
    return 1;
  }

  /**
   * Returns how many instances must be up for the service to be up ({@code k} of {@code n});
   * N+1 redundancy is {@code instances() - 1}.
   *
   * @return 1 to {@link #instances()}; 1 by default
   */
  @Value.Default
  public int required() {
    return 1;
  }

  /**
   * Returns the availability objective (SLO) of the service including its dependencies.
   *
   * @return the objective, or empty
   */
  public abstract Optional<Probability> availabilityTarget();

  /**
   * Returns the minimum business continuity objective (MBCO, ISO 22301) as a share of normal
   * capacity: the least the service must deliver during a disruption to be acceptable.
   *
   * @return the share, or empty
   */
  public abstract Optional<Probability> minimumCapacity();

  /**
   * Returns the share of normal capacity the service has once recovered in a disruption (a pilot
   * light scaled to 30 %, a standby of half the size), compared with {@link #minimumCapacity()}.
   *
   * @return the share, or empty if not stated
   */
  public abstract Optional<Probability> recoveredCapacity();

  /**
   * Returns the service's own recovery time for a disruption type: its recovery estimate for that
   * type if there is one, otherwise its runbook's duration.
   *
   * @param disruption the disruption type
   * @return the time, or empty when neither is stated (unknown, never zero)
   * @throws NullPointerException if {@code disruption} is null
   */
  public final Optional<Duration> ownRecovery(DisruptionType disruption) {
    Objects.requireNonNull(disruption, "disruption");
    Duration estimate = recoveryEstimates().get(disruption);
    return estimate != null ? Optional.of(estimate) : runbookDuration();
  }

  /**
   * Returns how long the runbook takes: steps marked {@link RunbookStep#parallelWithPrevious()}
   * join the group of the step before; a group lasts as long as its longest step; groups run in
   * sequence.
   *
   * @return the total, or empty if the runbook is empty
   */
  public final Optional<Duration> runbookDuration() {
    if (runbook().isEmpty()) {
      return Optional.empty();
    }
    Duration total = Duration.ZERO;
    Duration group = Duration.ZERO;
    for (int i = 0; i < runbook().size(); i++) {
      RunbookStep step = runbook().get(i);
      if (i > 0 && !step.parallelWithPrevious()) {
        total = total.plus(group);
        group = Duration.ZERO;
      }
      if (step.duration().compareTo(group) > 0) {
        group = step.duration();
      }
    }
    return Optional.of(total.plus(group));
  }

  /**
   * Returns the service's own maximum tolerable period of disruption: the shorter of
   * {@link RecoveryTargets#mtpd()} and the {@link #impact()} curve's MTPD.
   *
   * @return the MTPD, or empty if neither is stated
   */
  public final Optional<Duration> mtpd() {
    return shorter(targets().mtpd(), impact().flatMap(ImpactCurve::mtpd));
  }

  static Optional<Duration> shorter(Optional<Duration> a, Optional<Duration> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    return a.get().compareTo(b.get()) <= 0 ? a : b;
  }

  @Value.Check
  final void check() {
    if (instances() < 1 || instances() > MAX_INSTANCES) {
      throw new IllegalArgumentException("instances must be within [1, " + MAX_INSTANCES + "] for service " + id()
          + " (was " + instances() + ")");
    }
    if (required() < 1 || required() > instances()) {
      throw new IllegalArgumentException("required must be within [1, instances] = [1, " + instances()
          + "] for service " + id() + " (was " + required() + ")");
    }
    for (Map.Entry<DisruptionType, Duration> e : recoveryEstimates().entrySet()) {
      Durations.check("recoveryEstimates[" + e.getKey() + "]", e.getValue());
    }
  }
}

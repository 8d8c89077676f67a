package io.github.ctokit.core.continuity;

import io.github.ctokit.core.RoleId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A business process (checkout, payroll, claims handling) and the services it uses. Its
 * tolerance of disruption, from its {@link #targets()} or {@link #impact()} curve, bounds every
 * service in its dependency closure: a service used by checkout cannot take longer to recover than
 * checkout can bear.
 *
 * <pre>{@code
 * BusinessProcess checkout = BusinessProcess.builder()
 *     .id(ProcessId.of("checkout")).tier(Tier.TIER_1).owner(RoleId.of("ROLE-head-of-commerce"))
 *     .targets(RecoveryTargets.builder().mtpd(Duration.ofHours(8)).build())
 *     .addServices(ServiceId.of("web"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class BusinessProcess implements WithBusinessProcess {

  BusinessProcess() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BusinessProcess}; id, tier and owner are required. */
  public static final class Builder extends ImmutableBusinessProcess.Builder {
    Builder() {}
  }

  /**
   * Returns the process's id.
   *
   * @return the id, unique within a plan
   */
  public abstract ProcessId id();

  /**
   * Returns how critical the process is.
   *
   * @return the tier
   */
  public abstract Tier tier();

  /**
   * Returns the role accountable for the process.
   *
   * @return the owner role
   */
  public abstract RoleId owner();

  /**
   * Returns the process's recovery objectives.
   *
   * @return the targets; {@link RecoveryTargets#none()} by default
   */
  @Value.Default
  public RecoveryTargets targets() {
    return RecoveryTargets.none();
  }

  /**
   * Returns the business impact over time of the process being disrupted.
   *
   * @return the curve, or empty
   */
  public abstract Optional<ImpactCurve> impact();

  /**
   * Returns the services the process uses directly.
   *
   * @return the service ids
   */
  public abstract List<ServiceId> services();

  /**
   * Returns the process's maximum tolerable period of disruption: the shorter of
   * {@link RecoveryTargets#mtpd()} and the {@link #impact()} curve's MTPD.
   *
   * @return the MTPD, or empty if neither is stated
   */
  public final Optional<Duration> mtpd() {
    return Service.shorter(targets().mtpd(), impact().flatMap(ImpactCurve::mtpd));
  }
}

package io.github.ctokit.core.continuity;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recovery objectives of a service or process, each optional:
 *
 * <ul>
 *   <li>{@link #rto()}: recovery time objective, the longest time to resume after a disruption;
 *   <li>{@link #rpo()}: recovery point objective, the largest tolerable age of the last restore
 *       point, that is the data that may be lost;
 *   <li>{@link #wrt()}: work recovery time, after systems are back, to verify data and clear the
 *       backlog (how it combines with RTO is a policy of the assessment);
 *   <li>{@link #mtpd()}: maximum tolerable period of disruption (MTD in NIST SP 800-34), stated
 *       directly; it may also follow from an {@link ImpactCurve}.
 * </ul>
 *
 * <p>Each is zero to 36,525 days. That RTO does not exceed MTPD is a whole-model rule checked by
 * {@link DrPlan#validator()}, because MTPD may come from an impact curve or a process.
 *
 * <pre>{@code
 * RecoveryTargets t = RecoveryTargets.builder()
 *     .rto(Duration.ofHours(4)).rpo(Duration.ofMinutes(15)).wrt(Duration.ofHours(2)).mtpd(Duration.ofHours(24))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RecoveryTargets implements WithRecoveryTargets {

  RecoveryTargets() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RecoveryTargets}; every attribute is optional. */
  public static final class Builder extends ImmutableRecoveryTargets.Builder {
    Builder() {}
  }

  /**
   * Returns targets with nothing stated.
   *
   * @return empty targets
   */
  public static RecoveryTargets none() {
    return builder().build();
  }

  /**
   * Returns the recovery time objective.
   *
   * @return the RTO, or empty
   */
  public abstract Optional<Duration> rto();

  /**
   * Returns the recovery point objective.
   *
   * @return the RPO, or empty
   */
  public abstract Optional<Duration> rpo();

  /**
   * Returns the work recovery time.
   *
   * @return the WRT, or empty (treated as zero by the assessment)
   */
  public abstract Optional<Duration> wrt();

  /**
   * Returns the maximum tolerable period of disruption stated directly.
   *
   * @return the MTPD, or empty
   */
  public abstract Optional<Duration> mtpd();

  @Value.Check
  final void check() {
    rto().ifPresent(d -> Durations.check("rto", d));
    rpo().ifPresent(d -> Durations.check("rpo", d));
    wrt().ifPresent(d -> Durations.check("wrt", d));
    mtpd().ifPresent(d -> Durations.check("mtpd", d));
  }
}

package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one service can achieve in the assessed disruption: its own recovery time, its achievable
 * recovery time along the dependency graph (own time plus the longest chain of dependencies it
 * waits for), the critical path behind it, its slack, and its achievable recovery point.
 * Unknown stays unknown: an empty {@code Optional}, never zero. Immutable.
 */
public final class ServiceRecovery {

  private final ServiceId service;
  private final Optional<Duration> own;
  private final Optional<Duration> achievable;
  private final Optional<Duration> rto;
  private final Optional<Duration> deadline;
  private final Optional<Duration> slack;
  private final List<ServiceId> criticalPath;
  private final Optional<ServiceId> unknownBecause;
  private final Optional<Duration> recoveryPoint;
  private final Optional<Duration> rpo;
  private final Optional<Duration> mtpd;
  private final boolean disrupted;

  ServiceRecovery(ServiceId service, Optional<Duration> own, Optional<Duration> achievable, Optional<Duration> rto,
      Optional<Duration> deadline, Optional<Duration> slack, List<ServiceId> criticalPath,
      Optional<ServiceId> unknownBecause, Optional<Duration> recoveryPoint, Optional<Duration> rpo,
      Optional<Duration> mtpd, boolean disrupted) {
    this.disrupted = disrupted;
    this.service = service;
    this.own = own;
    this.achievable = achievable;
    this.rto = rto;
    this.deadline = deadline;
    this.slack = slack;
    this.criticalPath = criticalPath; // immutable: List.of or LazyPath
    this.unknownBecause = unknownBecause;
    this.recoveryPoint = recoveryPoint;
    this.rpo = rpo;
    this.mtpd = mtpd;
  }

  /**
   * Returns the service.
   *
   * @return the service id
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Returns the service's own recovery time for the disruption type, without waiting.
   *
   * @return the time, or empty if unknown
   */
  public Optional<Duration> ownRecovery() {
    return own;
  }

  /**
   * Returns the achievable recovery time: {@code own + max over dependencies of their achievable
   * time} (0 without dependencies).
   *
   * @return the time, or empty if it or any dependency's time is unknown
   */
  public Optional<Duration> achievable() {
    return achievable;
  }

  /**
   * Returns the RTO.
   *
   * @return the RTO, or empty
   */
  public Optional<Duration> rto() {
    return rto;
  }

  /**
   * Returns the latest time this service may be recovered by its own limits: the RTO, the
   * effective MTPD less WRT, or the RTO less WRT, depending on the {@link WrtConvention}.
   *
   * @return the deadline, or empty if the service has no limit of its own
   */
  public Optional<Duration> deadline() {
    return deadline;
  }

  /**
   * Returns the slack on the graph: how much later this service could be recovered without
   * breaching its own deadline or that of any service waiting for it (the critical-path method's
   * total float). Negative on a breaching path.
   *
   * @return the slack, or empty if unknown or if nothing constrains the service
   */
  public Optional<Duration> slack() {
    return slack;
  }

  /**
   * Returns the critical recovery path: the chain of dependencies that determines
   * {@link #achievable()}, from the deepest dependency to this service.
   *
   * @return the path, ending with {@link #service()}; only the service itself without
   *     dependencies; empty if the recovery is unknown
   */
  public List<ServiceId> criticalPath() {
    return criticalPath;
  }

  /**
   * Returns the service whose missing estimate makes {@link #achievable()} unknown.
   *
   * @return that service (possibly this one), or empty if the recovery is known
   */
  public Optional<ServiceId> unknownBecause() {
    return unknownBecause;
  }

  /**
   * Returns the achievable recovery point: the worst-case age of the data restored, the best of
   * the service's backups (interval plus job duration) and replication (lag), then the worst over
   * its consistency-coupled dependencies.
   *
   * @return the recovery point, or empty if unknown
   */
  public Optional<Duration> recoveryPoint() {
    return recoveryPoint;
  }

  /**
   * Returns the RPO.
   *
   * @return the RPO, or empty
   */
  public Optional<Duration> rpo() {
    return rpo;
  }

  /**
   * Returns the effective MTPD: the shortest of the service's own and that of every service and
   * process that depends on it, directly or not.
   *
   * @return the MTPD, or empty if none applies
   */
  public Optional<Duration> mtpd() {
    return mtpd;
  }

  /**
   * Tells whether the disruption hit this service itself. A service outside a failed zone or
   * region is not hit: its own recovery is 0 and it is back as soon as its dependencies are.
   *
   * @return true if the service lies in the blast radius
   */
  public boolean disrupted() {
    return disrupted;
  }

  /** Returns {@code "ledger: achievable 3h (rto 2h) via idp → ledger"}. */
  @Override
  public String toString() {
    return service + ": achievable " + achievable.map(Times::format).orElse("unknown")
        + rto.map(r -> " (rto " + Times.format(r) + ")").orElse("")
        + (criticalPath.size() > 1 ? " via " + ContinuityReport.arrows(criticalPath) : "");
  }
}

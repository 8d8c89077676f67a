package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one business process can achieve in the assessed disruption: it resumes when the last of
 * the services it uses is back ({@link #achievable()}, the slowest of them, along its
 * {@link #criticalPath()}), and its data is as old as the oldest restore point over its whole
 * dependency closure ({@link #recoveryPoint()}). Compared with the process's own targets. Immutable.
 */
public final class ProcessRecovery {

  private final ProcessId process;
  private final Optional<Duration> achievable;
  private final List<ServiceId> criticalPath;
  private final Optional<Duration> recoveryPoint;
  private final Optional<Duration> rto;
  private final Optional<Duration> rpo;
  private final Optional<Duration> mtpd;

  ProcessRecovery(ProcessId process, Optional<Duration> achievable, List<ServiceId> criticalPath,
      Optional<Duration> recoveryPoint, Optional<Duration> rto, Optional<Duration> rpo, Optional<Duration> mtpd) {
    this.process = process;
    this.achievable = achievable;
    this.criticalPath = criticalPath;
    this.recoveryPoint = recoveryPoint;
    this.rto = rto;
    this.rpo = rpo;
    this.mtpd = mtpd;
  }

  /**
   * Returns the process.
   *
   * @return the process id
   */
  public ProcessId process() {
    return process;
  }

  /**
   * Returns when the process can resume: the longest achievable recovery of the services it uses.
   *
   * @return the time, or empty if any of them is unknown or the process uses no service
   */
  public Optional<Duration> achievable() {
    return achievable;
  }

  /**
   * Returns the critical recovery path of the slowest service the process uses (first in the
   * process's order on a tie).
   *
   * @return the path; empty if {@link #achievable()} is
   */
  public List<ServiceId> criticalPath() {
    return criticalPath;
  }

  /**
   * Returns the worst achievable recovery point over the process's dependency closure.
   *
   * @return the recovery point, or empty if any service of the closure has none or there is no service
   */
  public Optional<Duration> recoveryPoint() {
    return recoveryPoint;
  }

  /**
   * Returns the process's RTO.
   *
   * @return the RTO, or empty
   */
  public Optional<Duration> rto() {
    return rto;
  }

  /**
   * Returns the process's RPO.
   *
   * @return the RPO, or empty
   */
  public Optional<Duration> rpo() {
    return rpo;
  }

  /**
   * Returns the process's MTPD (stated or from its impact curve).
   *
   * @return the MTPD, or empty
   */
  public Optional<Duration> mtpd() {
    return mtpd;
  }

  /** Returns {@code "checkout: achievable 4h 50m (rto 2h) via orders-db → search → web"}. */
  @Override
  public String toString() {
    return process + ": achievable " + achievable.map(Times::format).orElse("unknown")
        + rto.map(r -> " (rto " + Times.format(r) + ")").orElse("")
        + (criticalPath.isEmpty() ? "" : " via " + ContinuityReport.arrows(criticalPath));
  }
}

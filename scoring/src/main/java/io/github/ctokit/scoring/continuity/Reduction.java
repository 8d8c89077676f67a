package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;

/** One recovery-time reduction proposed by a {@link RecoveryFix}: a service's own recovery from {@link #from()} to {@link #to()}. Immutable. */
public final class Reduction {

  private final ServiceId service;
  private final Duration from;
  private final Duration to;

  Reduction(ServiceId service, Duration from, Duration to) {
    this.service = service;
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the service whose own recovery is to be shortened.
   *
   * @return the service id
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Returns the service's current own recovery time.
   *
   * @return the current time
   */
  public Duration from() {
    return from;
  }

  /**
   * Returns the own recovery time the fix needs.
   *
   * @return the new time, zero or more and less than {@link #from()}
   */
  public Duration to() {
    return to;
  }

  /**
   * Returns by how much the own recovery must shrink.
   *
   * @return {@code from() − to()}, more than zero
   */
  public Duration by() {
    return from.minus(to);
  }

  /** Returns {@code "ledger: 2h → 1h (−1h)"}. */
  @Override
  public String toString() {
    return service + ": " + Times.format(from) + " → " + Times.format(to) + " (−" + Times.format(by()) + ")";
  }
}

package io.github.ctokit.core.continuity;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A disaster-recovery strategy, as named by the AWS whitepaper "Disaster Recovery of Workloads on
 * AWS" and the {@code DisasterRecoveryApproach} values of AWS Resilience Hub.
 *
 * <p>Each strategy carries the range of recovery times it typically delivers. The whitepaper gives
 * only words ("hours", "tens of minutes", "minutes", "near zero"); the bounds below are ctokit's
 * reading of those words, used to flag implausible claims (a pilot light that claims a 5-minute
 * recovery), never to compute a verdict:
 *
 * <table>
 *   <caption>Typical recovery-time envelopes</caption>
 *   <tr><th>strategy</th><th>whitepaper</th><th>typical minimum</th><th>typical maximum</th></tr>
 *   <tr><td>BACKUP_AND_RESTORE</td><td>hours</td><td>1 h</td><td>none</td></tr>
 *   <tr><td>PILOT_LIGHT</td><td>tens of minutes</td><td>10 min</td><td>4 h</td></tr>
 *   <tr><td>WARM_STANDBY</td><td>minutes</td><td>1 min</td><td>1 h</td></tr>
 *   <tr><td>HOT_STANDBY</td><td>not published; between warm standby and active/active</td><td>0</td><td>15 min</td></tr>
 *   <tr><td>ACTIVE_ACTIVE</td><td>near zero</td><td>0</td><td>5 min</td></tr>
 * </table>
 */
public enum DrStrategy {
  /** Data is backed up; infrastructure is rebuilt and data restored after the event. */
  BACKUP_AND_RESTORE(Duration.ofHours(1), null),
  /** Data is replicated and core services are switched off but provisioned; scaled up after the event. */
  PILOT_LIGHT(Duration.ofMinutes(10), Duration.ofHours(4)),
  /** A scaled-down but running copy takes traffic after it is scaled up. */
  WARM_STANDBY(Duration.ofMinutes(1), Duration.ofHours(1)),
  /** A full-size running copy takes traffic after a failover. */
  HOT_STANDBY(Duration.ZERO, Duration.ofMinutes(15)),
  /** Several sites serve traffic at once; a lost site's share moves to the others. */
  ACTIVE_ACTIVE(Duration.ZERO, Duration.ofMinutes(5));

  private final Duration typicalMinimum;
  private final @Nullable Duration typicalMaximum;

  DrStrategy(Duration typicalMinimum, @Nullable Duration typicalMaximum) {
    this.typicalMinimum = typicalMinimum;
    this.typicalMaximum = typicalMaximum;
  }

  /**
   * Returns the shortest recovery time this strategy typically delivers.
   *
   * @return the lower bound of the envelope, zero or more
   */
  public Duration typicalMinimum() {
    return typicalMinimum;
  }

  /**
   * Returns the longest recovery time this strategy typically delivers.
   *
   * @return the upper bound of the envelope, or empty when there is none (backup and restore)
   */
  public Optional<Duration> typicalMaximum() {
    return Optional.ofNullable(typicalMaximum);
  }

  /**
   * Tells whether a claimed recovery time is inside this strategy's typical envelope, bounds
   * included.
   *
   * @param recovery the claimed recovery time
   * @return true if {@code typicalMinimum() ≤ recovery ≤ typicalMaximum()}
   * @throws NullPointerException if {@code recovery} is null
   */
  public boolean isTypical(Duration recovery) {
    Objects.requireNonNull(recovery, "recovery");
    return recovery.compareTo(typicalMinimum) >= 0
        && (typicalMaximum == null || recovery.compareTo(typicalMaximum) <= 0);
  }
}

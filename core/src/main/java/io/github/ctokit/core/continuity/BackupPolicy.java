package io.github.ctokit.core.continuity;

import java.time.Duration;
import java.util.List;
import org.immutables.value.Value;

/**
 * How a service's data is backed up: how often, how long each job takes, how long copies are
 * retained, and the {@link BackupCopy copies} kept. The worst-case recovery point it allows is
 * {@code frequency + jobDuration} (the last job started just before the previous one would have
 * been usable).
 *
 * <pre>{@code
 * BackupPolicy nightly = BackupPolicy.builder()
 *     .frequency(Duration.ofHours(24)).jobDuration(Duration.ofHours(1)).retention(Duration.ofDays(35))
 *     .addCopies(BackupCopy.builder().media(MediaType.DISK).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class BackupPolicy implements WithBackupPolicy {

  BackupPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BackupPolicy}; frequency and retention are required. */
  public static final class Builder extends ImmutableBackupPolicy.Builder {
    Builder() {}
  }

  /**
   * Returns the interval between backup jobs.
   *
   * @return more than zero, at most 36,525 days
   */
  public abstract Duration frequency();

  /**
   * Returns how long one job takes until its copy is usable.
   *
   * @return zero by default
   */
  @Value.Default
  public Duration jobDuration() {
    return Duration.ZERO;
  }

  /**
   * Returns how long copies are kept.
   *
   * @return zero to 36,525 days
   */
  public abstract Duration retention();

  /**
   * Returns the copies kept of each backup.
   *
   * @return the copies; may be empty, which fails the 3-2-1-1-0 rule
   */
  public abstract List<BackupCopy> copies();

  /**
   * Returns the worst-case recovery point this policy allows.
   *
   * @return {@code frequency() + jobDuration()}
   */
  public final Duration worstCaseRecoveryPoint() {
    return frequency().plus(jobDuration());
  }

  @Value.Check
  final void check() {
    Durations.check("frequency", frequency());
    if (frequency().isZero()) {
      throw new IllegalArgumentException("frequency must be more than zero (was PT0S)");
    }
    Durations.check("jobDuration", jobDuration());
    Durations.check("retention", retention());
  }
}

package io.github.ctokit.core.continuity;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a service's data is replicated to its recovery site: synchronously (lag zero) or
 * asynchronously with a stated worst-case lag. Immutable.
 */
public final class Replication {

  private final ReplicationMode mode;
  private final Duration lag;

  private Replication(ReplicationMode mode, Duration lag) {
    this.mode = mode;
    this.lag = lag;
  }

  /**
   * Returns synchronous replication.
   *
   * @return replication with mode {@link ReplicationMode#SYNCHRONOUS} and lag zero
   */
  public static Replication synchronous() {
    return new Replication(ReplicationMode.SYNCHRONOUS, Duration.ZERO);
  }

  /**
   * Returns asynchronous replication.
   *
   * @param lag the worst-case replication lag, zero to 36,525 days
   * @return the replication
   * @throws NullPointerException if {@code lag} is null
   * @throws IllegalArgumentException if {@code lag} is negative or too long
   */
  public static Replication asynchronous(Duration lag) {
    return new Replication(ReplicationMode.ASYNCHRONOUS, Durations.check("lag", lag));
  }

  /**
   * Returns the mode.
   *
   * @return the replication mode
   */
  public ReplicationMode mode() {
    return mode;
  }

  /**
   * Returns the worst-case lag: the data lost when failing over to the replica.
   *
   * @return zero for synchronous replication
   */
  public Duration lag() {
    return lag;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Replication other && other.mode == mode && other.lag.equals(lag);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, lag);
  }

  /** Returns {@code "SYNCHRONOUS"} or {@code "ASYNCHRONOUS lag PT30S"}. */
  @Override
  public String toString() {
    return mode == ReplicationMode.SYNCHRONOUS ? mode.name() : mode + " lag " + lag;
  }
}

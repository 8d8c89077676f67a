package io.github.ctokit.core.continuity;

/** How a service's data reaches its recovery copy. */
public enum ReplicationMode {
  /** Every write is acknowledged by the replica: no data loss on failover (lag zero). */
  SYNCHRONOUS,
  /** Writes reach the replica after a lag: up to the lag's worth of data is lost on failover. */
  ASYNCHRONOUS
}

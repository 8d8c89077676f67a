package io.github.ctokit.scoring.continuity;

/** What a {@link Finding} is about; the order is the order findings of one service are listed in. */
public enum FindingKind {
  /** The service's recovery time cannot be computed: it or a dependency has no estimate. */
  RECOVERY_UNKNOWN,
  /** Achievable recovery time exceeds the RTO (or RTO − WRT, under {@link WrtConvention#RECOVERY_PLUS_WRT_WITHIN_RTO}). */
  RTO_BREACH,
  /** Achievable recovery (plus WRT under the default convention) exceeds the effective MTPD. */
  MTPD_BREACH,
  /** The targets themselves do not fit: RTO + WRT (or RTO) exceeds the effective MTPD. */
  TARGETS_EXCEED_MTPD,
  /** A dependency has a longer RTO than the service that needs it. */
  RTO_INVERSION,
  /** A service depends on a service of a less critical tier. */
  TIER_INVERSION,
  /** The achievable recovery point cannot be computed: no backup or replication on the coupled chain. */
  RECOVERY_POINT_UNKNOWN,
  /** Achievable recovery point exceeds the RPO. */
  RPO_BREACH,
  /** A consistency-coupled dependency has a longer RPO than the service that needs it. */
  RPO_INVERSION,
  /** The capacity the service has once recovered is below its minimum business continuity objective (MBCO). */
  MBCO_BREACH,
  /**
   * A crew would have to run more recoveries at once than its limit: the achievable times, which
   * assume enough hands, are optimistic. Reported on the first service (in plan order) of the peak.
   */
  RESOURCE_CONSTRAINED,
  /** The claimed recovery time lies outside the declared strategy's typical envelope. */
  STRATEGY_MISMATCH,
  /** A backup policy fails at least one clause of the 3-2-1-1-0 rule. */
  BACKUP_RULE_FAILED,
  /** The service was never drilled against this disruption type. */
  DRILL_NEVER,
  /** The latest drill is older than the tier's validity window. */
  DRILL_STALE,
  /** The latest fresh drill failed. */
  DRILL_FAILED,
  /** The latest fresh drill passed but achieved more than the RTO or RPO. */
  DRILL_MISSED_TARGET,
  /** The composite availability is below the service's availability objective. */
  AVAILABILITY_BELOW_TARGET
}

package io.github.ctokit.scoring.continuity;

/**
 * How work recovery time (WRT) combines with the recovery objectives. The field's sources
 * disagree (WRT is a BCI/CISSP term, not normative), so the choice is a named policy.
 */
public enum WrtConvention {
  /**
   * The common reading, and the default: systems are back within the RTO, then WRT follows, and
   * both must fit in the MTPD. Checks: {@code achievable ≤ RTO}, {@code achievable + WRT ≤ MTPD},
   * and on the targets themselves {@code RTO + WRT ≤ MTPD}.
   */
  RTO_PLUS_WRT_WITHIN_MTPD,
  /**
   * WRT is part of the RTO: {@code achievable + WRT ≤ RTO} and {@code achievable ≤ MTPD}; on the
   * targets {@code RTO ≤ MTPD}.
   */
  RECOVERY_PLUS_WRT_WITHIN_RTO
}

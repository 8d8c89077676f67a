package io.github.ctokit.core.risk;

/**
 * The four treatment options, named as most registers name them; the ISO/IEC 27005 terms are
 * avoidance, modification, sharing and retention.
 */
public enum TreatmentStrategy {
  /** Stop the activity that gives rise to the risk (ISO/IEC 27005 "avoidance"). */
  AVOID,
  /** Reduce likelihood or impact with controls (ISO/IEC 27005 "modification"). */
  MITIGATE,
  /** Share the risk with another party, such as an insurer or a supplier (ISO/IEC 27005 "sharing"). */
  TRANSFER,
  /** Retain the risk by an informed decision, recorded in an {@link Acceptance} (ISO/IEC 27005 "retention"). */
  ACCEPT
}

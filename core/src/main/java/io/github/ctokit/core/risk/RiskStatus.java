package io.github.ctokit.core.risk;

/** Where a risk stands in its life cycle. */
public enum RiskStatus {
  /** Identified, not yet analysed. */
  DRAFT,
  /** Analysed and awaiting or under a treatment decision. */
  OPEN,
  /** Treatment is being carried out. */
  IN_TREATMENT,
  /** Treated or accepted, and watched. */
  MONITORED,
  /** No longer relevant. */
  CLOSED
}

package io.github.ctokit.scoring.risk;

/** The three tiers of a risk (ISO/IEC 27005 as CISO Assistant models them). */
public enum Tier {
  /** As if no control were in place. */
  INHERENT,
  /** With the implemented controls in place. */
  CURRENT,
  /** After the planned controls are in place too. */
  RESIDUAL
}

package io.github.ctokit.scoring.continuity;

/**
 * When a business process counts as drilled: its evidence is the drill evidence of the services
 * in its dependency closure, and tools differ on whether one fresh service is enough (CISO
 * Assistant offers both).
 */
public enum DrillFreshness {
  /** Fresh if at least one service of the closure has fresh drill evidence. */
  ANY_FRESH,
  /** The default: fresh only if every service of the closure has fresh drill evidence. */
  ALL_FRESH
}

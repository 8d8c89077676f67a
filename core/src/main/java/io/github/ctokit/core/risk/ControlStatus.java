package io.github.ctokit.core.risk;

/**
 * Whether a {@link Control} is in place. Implemented controls reduce the <em>current</em> risk;
 * planned ones reduce only the <em>residual</em> risk.
 */
public enum ControlStatus {
  /** Decided or budgeted, not yet working. */
  PLANNED,
  /** In place and operating. */
  IMPLEMENTED
}

package io.github.ctokit.core.risk;

/** How a {@link Control} acts on a risk. */
public enum ControlType {
  /** Stops the event from happening (multi-factor authentication, patching). */
  PREVENTIVE,
  /** Notices the event while or after it happens (monitoring, alerting). */
  DETECTIVE,
  /** Limits the damage once the event happened (incident response). */
  CORRECTIVE,
  /** Discourages a threat agent (warnings, legal action). */
  DETERRENT,
  /** Restores the service afterwards (backups, disaster recovery). */
  RECOVERY
}

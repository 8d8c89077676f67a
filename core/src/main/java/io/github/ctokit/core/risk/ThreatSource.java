package io.github.ctokit.core.risk;

/** The type of a threat source, as in NIST SP 800-30 Rev. 1, Table D-2. */
public enum ThreatSource {
  /** Individuals, groups or states seeking to exploit the organisation's dependence on technology. */
  ADVERSARIAL,
  /** Erroneous actions of people doing their everyday work. */
  ACCIDENTAL,
  /** Failures of equipment, environmental controls or software. */
  STRUCTURAL,
  /** Natural or man-made disasters and failures of infrastructure the organisation does not control. */
  ENVIRONMENTAL
}

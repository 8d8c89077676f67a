package io.github.ctokit.core.continuity;

/**
 * The scope of a disruption, from narrowest to widest; the names follow the disruption types of
 * AWS Resilience Hub (software, hardware, availability zone, region).
 */
public enum DisruptionType {
  /** A fault in the application or its data: a bad deployment, corruption, deletion. */
  APPLICATION,
  /** A failed host, disk or network device within one zone. */
  INFRASTRUCTURE,
  /** The loss of one availability zone or data-centre building. */
  ZONE,
  /** The loss of a whole region or site. */
  REGION
}

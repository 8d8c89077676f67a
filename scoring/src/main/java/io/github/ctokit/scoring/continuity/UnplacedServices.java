package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.FailureDomain;

/**
 * What a {@link FailureDomain} disruption does to a service whose placement does not say whether
 * it lies inside the domain (no zone for a zone outage, no region for a region outage).
 */
public enum UnplacedServices {
  /** The default: assume the service is hit (nothing shows it is outside the blast radius). */
  DISRUPTED,
  /** Assume the service is outside the blast radius: it keeps running unless it depends on a hit service. */
  SPARED
}

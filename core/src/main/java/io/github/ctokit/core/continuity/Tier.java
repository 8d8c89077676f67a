package io.github.ctokit.core.continuity;

/**
 * How critical a service or process is: {@link #TIER_1} is the most critical.
 *
 * <p>Tiers 1 and 2 {@linkplain #requiresTargets() require} an RTO and an RPO; a plan that omits
 * them is invalid. A tier-inversion is a more critical service depending on a less critical one.
 */
public enum Tier {
  /** Mission-critical: the business stops without it. */
  TIER_1,
  /** Business-critical: serious harm within hours. */
  TIER_2,
  /** Business-operational: harm within days. */
  TIER_3,
  /** Administrative: can wait. */
  TIER_4;

  /**
   * Returns the tier's number.
   *
   * @return 1 for {@link #TIER_1} … 4 for {@link #TIER_4}
   */
  public int rank() {
    return ordinal() + 1;
  }

  /**
   * Tells whether this tier is strictly more critical than another.
   *
   * @param other the other tier
   * @return true if this tier's rank is lower
   */
  public boolean isMoreCriticalThan(Tier other) {
    return ordinal() < other.ordinal();
  }

  /**
   * Tells whether services of this tier must state an RTO and an RPO.
   *
   * @return true for tiers 1 and 2
   */
  public boolean requiresTargets() {
    return this == TIER_1 || this == TIER_2;
  }
}

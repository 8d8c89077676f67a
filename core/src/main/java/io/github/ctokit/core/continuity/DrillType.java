package io.github.ctokit.core.continuity;

/**
 * How a recovery drill is run, from discussion to real failover (the test types of NIST SP 800-34
 * r1 §3.5 and SP 800-53 CP-4: tabletop and functional exercises, and the usual BCP ladder of
 * walkthrough, simulation, parallel and full-interruption tests).
 *
 * <p>Only {@link #PARALLEL} and {@link #FULL_INTERRUPTION} actually recover systems, so only they
 * {@linkplain #recoversSystems() measure} a recovery time and point; the others check the plan and
 * the people.
 */
public enum DrillType {
  /** A discussion of a scenario around a table; nothing is recovered. */
  TABLETOP,
  /** Each team walks through its runbook steps; nothing is recovered. */
  WALKTHROUGH,
  /** The scenario is simulated with the recovery team acting it out, without failing over production. */
  SIMULATION,
  /** Systems are recovered at the alternate site while production keeps running. */
  PARALLEL,
  /** Production is shut down and recovered at the alternate site: the strongest evidence. */
  FULL_INTERRUPTION;

  /**
   * Tells whether a drill of this type recovers systems, and so can measure a recovery time and point.
   *
   * @return true for {@link #PARALLEL} and {@link #FULL_INTERRUPTION}
   */
  public boolean recoversSystems() {
    return this == PARALLEL || this == FULL_INTERRUPTION;
  }
}

package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.ServiceId;
import java.util.List;

/**
 * How well drills cover a plan for one disruption type, as of a date: the share of
 * critical services (tiers 1 and 2) tested in their validity window, the critical services never
 * tested and those whose evidence went stale, the remediation items overdue, and which business
 * processes count as drilled under the {@link DrillFreshness} rule. Immutable.
 *
 * <p>A service is <em>tested in window</em> when its latest qualifying drill is fresh, whatever
 * its outcome (a fresh failed drill is still a test; {@link DrillStatus} tells the outcome).
 * {@link #percent()} is {@code round(tested / critical · 100)} with the assessment's score
 * rounding, 0 when there is no critical service (CISO Assistant's {@code total 0 → 0}).
 */
public final class DrillCoverage {

  private final int critical;
  private final int tested;
  private final int percent;
  private final List<ServiceId> neverTested;
  private final List<ServiceId> stale;
  private final List<OverdueRemediation> overdue;
  private final List<ProcessId> drilledProcesses;
  private final List<ProcessId> undrilledProcesses;

  DrillCoverage(int critical, int tested, int percent, List<ServiceId> neverTested, List<ServiceId> stale,
      List<OverdueRemediation> overdue, List<ProcessId> drilledProcesses, List<ProcessId> undrilledProcesses) {
    this.critical = critical;
    this.tested = tested;
    this.percent = percent;
    this.neverTested = List.copyOf(neverTested);
    this.stale = List.copyOf(stale);
    this.overdue = List.copyOf(overdue);
    this.drilledProcesses = List.copyOf(drilledProcesses);
    this.undrilledProcesses = List.copyOf(undrilledProcesses);
  }

  /**
   * Returns the number of critical services (tiers 1 and 2).
   *
   * @return 0 or more
   */
  public int critical() {
    return critical;
  }

  /**
   * Returns the number of critical services tested within their validity window.
   *
   * @return 0 to {@link #critical()}
   */
  public int tested() {
    return tested;
  }

  /**
   * Returns the coverage in whole percent.
   *
   * @return 0 to 100; 0 when there is no critical service
   */
  public int percent() {
    return percent;
  }

  /**
   * Returns the critical services with no qualifying drill on or before the date.
   *
   * @return the services, in plan order
   */
  public List<ServiceId> neverTested() {
    return neverTested;
  }

  /**
   * Returns the critical services whose latest qualifying drill is older than their validity window.
   *
   * @return the services, in plan order
   */
  public List<ServiceId> stale() {
    return stale;
  }

  /**
   * Returns the remediation items of every drill on or before the date that are still open after
   * their due date, whatever the disruption type of the drill.
   *
   * @return the items, in plan order of the drills, then item order
   */
  public List<OverdueRemediation> overdueRemediation() {
    return overdue;
  }

  /**
   * Returns the business processes whose drill evidence is fresh under the {@link DrillFreshness} rule.
   *
   * @return the processes, in plan order
   */
  public List<ProcessId> drilledProcesses() {
    return drilledProcesses;
  }

  /**
   * Returns the business processes whose drill evidence is not fresh under the rule (a process
   * using no service is never drilled).
   *
   * @return the processes, in plan order
   */
  public List<ProcessId> undrilledProcesses() {
    return undrilledProcesses;
  }

  /** Returns {@code "2 of 3 critical services tested in window (67 %); never tested [x]; stale []; 1 remediation overdue"}. */
  @Override
  public String toString() {
    return tested + " of " + critical + " critical services tested in window (" + percent + " %); never tested "
        + neverTested + "; stale " + stale + "; " + overdue.size() + (overdue.size() == 1 ? " remediation" : " remediations")
        + " overdue";
  }
}

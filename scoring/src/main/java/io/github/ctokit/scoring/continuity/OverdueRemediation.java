package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.DrillRecord;
import io.github.ctokit.core.continuity.RemediationItem;

/** A remediation item still open after its due date, with the drill that raised it. Immutable. */
public final class OverdueRemediation {

  private final DrillRecord drill;
  private final RemediationItem item;
  private final long daysOverdue;

  OverdueRemediation(DrillRecord drill, RemediationItem item, long daysOverdue) {
    this.drill = drill;
    this.item = item;
    this.daysOverdue = daysOverdue;
  }

  /**
   * Returns the drill that raised the item.
   *
   * @return the drill
   */
  public DrillRecord drill() {
    return drill;
  }

  /**
   * Returns the item.
   *
   * @return the remediation item
   */
  public RemediationItem item() {
    return item;
  }

  /**
   * Returns how many days past its due date the item is, as of the assessment date.
   *
   * @return 1 or more
   */
  public long daysOverdue() {
    return daysOverdue;
  }

  /** Returns {@code "script the replica promotion: due 2027-03-01, 30 days overdue (drill of 2027-01-15)"}. */
  @Override
  public String toString() {
    return item.title() + ": due " + item.due() + ", " + daysOverdue + (daysOverdue == 1 ? " day" : " days")
        + " overdue (drill of " + drill.date() + ")";
  }
}

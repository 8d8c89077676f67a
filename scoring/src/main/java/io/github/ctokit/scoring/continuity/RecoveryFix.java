package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;
import java.util.List;

/**
 * A what-if answer: reductions of services' own recovery times that together clear every
 * recovery-time breach (RTO, process RTO and MTPD) of the report.
 *
 * <p>What is guaranteed (see docs/adr/0103-continuity.md for the argument): the reductions clear
 * every breach that reductions within the floors can clear; when {@link #exact()} they have the
 * minimum total cost (sum over services of cost per minute times minutes saved; with uniform terms,
 * the minimum total reduction); in every case they are <em>minimal</em>: lengthening any one
 * proposed time, all others kept, brings a breach back. Breaches whose deadline lies below what
 * the floors allow (for example WRT longer than the MTPD allows) cannot be cleared and are listed
 * in {@link #unclearable()}; for them the fix aims at the fastest possible recovery. Immutable.
 */
public final class RecoveryFix {

  private final List<Reduction> reductions;
  private final List<ServiceId> unclearable;
  private final boolean exact;

  RecoveryFix(List<Reduction> reductions, List<ServiceId> unclearable, boolean exact) {
    this.reductions = List.copyOf(reductions);
    this.unclearable = List.copyOf(unclearable);
    this.exact = exact;
  }

  /**
   * Tells whether the reductions are a proven minimum: true when the project-crashing linear
   * program was solved exactly (always, unless an own time or deadline in the breached closure
   * exceeds about 795 days or the costs per minute are huge); false when the fallback heuristic
   * answered, whose reductions are minimal but may cost more than the minimum.
   *
   * @return true for the exact minimum
   */
  public boolean exact() {
    return exact;
  }

  /**
   * Returns the reductions, in plan order of the services.
   *
   * @return the reductions; empty when there is no breach
   */
  public List<Reduction> reductions() {
    return reductions;
  }

  /**
   * Returns the breached services no reduction can clear.
   *
   * @return the services, in plan order; usually empty
   */
  public List<ServiceId> unclearable() {
    return unclearable;
  }

  /**
   * Tells whether the reductions clear every recovery-time breach.
   *
   * @return true if {@link #unclearable()} is empty
   */
  public boolean clearsAllBreaches() {
    return unclearable.isEmpty();
  }

  /**
   * Returns the sum of the reductions.
   *
   * @return the total, zero when nothing needs changing
   */
  public Duration totalReduction() {
    Duration total = Duration.ZERO;
    for (Reduction r : reductions) {
      total = total.plus(r.by());
    }
    return total;
  }

  /** Returns {@code "2 reductions, total 1h 15m: ledger: 2h → 1h (−1h); search: …"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(reductions.size()).append(reductions.size() == 1 ? " reduction" : " reductions")
        .append(", total ").append(Times.format(totalReduction()));
    for (int i = 0; i < reductions.size(); i++) {
      sb.append(i == 0 ? ": " : "; ").append(reductions.get(i));
    }
    if (!unclearable.isEmpty()) {
      sb.append("; cannot clear ").append(unclearable);
    }
    if (!exact) {
      sb.append(" (heuristic, not proven minimum)");
    }
    return sb.toString();
  }
}

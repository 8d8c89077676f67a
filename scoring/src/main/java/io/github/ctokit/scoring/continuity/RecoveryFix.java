package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;
import java.util.List;

/**
 * A what-if answer: reductions of services' own recovery times that together clear every
 * recovery-time breach (RTO and MTPD) of the report.
 *
 * <p>What is guaranteed (see docs/adr/0103-continuity.md for the proof): the reductions clear
 * every breach that reductions can clear, and they are <em>minimal</em>: lengthening any one
 * proposed time by any amount, all others kept, brings a breach back. They are not claimed to be
 * the minimum total reduction (that is a linear program, the "crashing" problem of project
 * scheduling). Breaches whose deadline is negative (WRT longer than the MTPD allows) cannot be
 * cleared by any reduction and are listed in {@link #unclearable()}. Immutable.
 */
public final class RecoveryFix {

  private final List<Reduction> reductions;
  private final List<ServiceId> unclearable;

  RecoveryFix(List<Reduction> reductions, List<ServiceId> unclearable) {
    this.reductions = List.copyOf(reductions);
    this.unclearable = List.copyOf(unclearable);
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
    return sb.toString();
  }
}

package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.people.Need;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.RequisitionId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the hiring plan: a need with a gap, how many hires close its worst week, and the
 * latest date to open the requisition so the hire is fully ramped when the gap starts:
 * {@code latestStart = firstGap − rampUp.days()}, {@code latestOpening = latestStart − timeToFill}.
 *
 * @param need the skill at a level, or the role
 * @param firstGap the first day of the first week with a gap
 * @param peakWeeklyUnmetHours the largest weekly gap
 * @param totalUnmetHours the gap summed over the plan
 * @param hires {@code ⌈peak / a hire's weekly effective hours⌉}
 * @param latestStart the latest first day of the hire
 * @param latestOpening the latest day to open the requisition
 * @param timeToFillDays the time to fill planned with, in days
 * @param rampUp the ramp-up planned with
 * @param requisition the organisation's open requisition for this need whose figures were used, if any
 * @param late true if {@code latestOpening} is before the planner's as-of date
 */
public record HiringNeed(Need need, LocalDate firstGap, double peakWeeklyUnmetHours, double totalUnmetHours, int hires,
    LocalDate latestStart, LocalDate latestOpening, double timeToFillDays, RampUp rampUp,
    Optional<RequisitionId> requisition, boolean late) {

  /**
   * Creates the value.
   *
   * @param need the need
   * @param firstGap the first gap day
   * @param peakWeeklyUnmetHours the peak weekly gap
   * @param totalUnmetHours the total gap
   * @param hires the hires
   * @param latestStart the latest start
   * @param latestOpening the latest opening
   * @param timeToFillDays the time to fill
   * @param rampUp the ramp-up
   * @param requisition the requisition used
   * @param late whether it is already late
   * @throws NullPointerException if an argument is null
   */
  public HiringNeed {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(firstGap, "firstGap");
    Objects.requireNonNull(latestStart, "latestStart");
    Objects.requireNonNull(latestOpening, "latestOpening");
    Objects.requireNonNull(rampUp, "rampUp");
    Objects.requireNonNull(requisition, "requisition");
  }
}

/**
 * Capacity planning: {@link io.github.ctokit.scoring.capacity.CapacityPlanner} turns an
 * {@link io.github.ctokit.core.people.Organisation} into effective
 * {@link io.github.ctokit.scoring.capacity.Capacity} per person, team, skill and role per day,
 * week, month or quarter, and allocates its people to a {@link io.github.ctokit.core.people.Demand}
 * exactly, giving a {@link io.github.ctokit.scoring.capacity.CapacityPlan}:
 *
 * <ul>
 *   <li>capacity arithmetic of REFERENCES §5.1 (holidays once and only on working days, time off,
 *       part-time, allocation, focus factor, ramp-up, optional onboarding drag and communication
 *       overhead, attrition), computed over primitive day arrays;
 *   <li>an allocation optimal for priority-weighted coverage, by min-cost flow on a small weekly
 *       network, with every unmet demand explained;
 *   <li>supply and demand per skill, gaps, utilisation as {@code Σ demand / Σ capacity} with zero
 *       capacity an explicit state, bus factors and key-person risks;
 *   <li>a hiring plan with the latest date to open each requisition, and
 *       {@link io.github.ctokit.scoring.capacity.WhatIf} scenarios (adding, moving, losing people,
 *       filling requisitions) to re-plan.
 * </ul>
 *
 * <p>Hours are doubles, finite and never negative; the allocation works in whole minutes. No
 * result is ever NaN or infinite.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

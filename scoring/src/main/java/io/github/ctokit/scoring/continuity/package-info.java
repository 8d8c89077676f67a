/**
 * What a DR plan can really deliver: {@link io.github.ctokit.scoring.continuity.ContinuityAssessment}
 * turns a {@link io.github.ctokit.core.continuity.DrPlan} into a
 * {@link io.github.ctokit.scoring.continuity.ContinuityReport} for one disruption type as of a date.
 *
 * <ul>
 *   <li>achievable recovery time along the dependency graph (the longest path, one pass in
 *       topological order), RTO breaches with their critical path and slack, RTO, RPO and tier
 *       inversions;
 *   <li>business processes' RTO, RPO and MTPD bounding every service in their dependency closure,
 *       breaches naming the process;
 *   <li>a zone or region outage scoped by placement
 *       ({@link io.github.ctokit.scoring.continuity.ContinuityAssessment#assessOutage}), or every
 *       zone in turn with the worst ({@link io.github.ctokit.scoring.continuity.FailureDomainAssessment});
 *   <li>achievable recovery point from backup intervals, replication lag and consistency coupling;
 *   <li>RTO and WRT within MTPD under a named {@link io.github.ctokit.scoring.continuity.WrtConvention};
 *   <li>strategy plausibility, the 3-2-1-1-0 backup rule clause by clause, drill evidence,
 *       freshness and coverage with overdue remediation, a readiness score with visible components,
 *       crew limits (a resource-constrained warning) and the minimum business continuity objective;
 *   <li>composite availability over the same graph, shared dependencies counted once
 *       ({@link io.github.ctokit.scoring.continuity.Availability} for the closed forms);
 *   <li>a what-if: the recovery-time reductions of minimum total (or weighted) cost that clear
 *       every breach, solved exactly as the dual of a minimum-cost flow.
 * </ul>
 *
 * <p>Times are computed in whole milliseconds (sub-millisecond parts of inputs are truncated);
 * an unknown recovery stays unknown, never zero; no result is ever NaN or infinite.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

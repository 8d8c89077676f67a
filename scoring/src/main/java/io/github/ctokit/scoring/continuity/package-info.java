/**
 * What a DR plan can really deliver: {@link io.github.ctokit.scoring.continuity.ContinuityAssessment}
 * turns a {@link io.github.ctokit.core.continuity.DrPlan} into a
 * {@link io.github.ctokit.scoring.continuity.ContinuityReport} for one disruption type as of a date.
 *
 * <ul>
 *   <li>achievable recovery time along the dependency graph (the longest path, one pass in
 *       topological order), RTO breaches with their critical path and slack, RTO, RPO and tier
 *       inversions;
 *   <li>achievable recovery point from backup intervals, replication lag and consistency coupling;
 *   <li>RTO and WRT within MTPD under a named {@link io.github.ctokit.scoring.continuity.WrtConvention};
 *   <li>strategy plausibility, the 3-2-1-1-0 backup rule clause by clause, drill evidence and
 *       freshness, a readiness score with visible components;
 *   <li>composite availability over the same graph, shared dependencies counted once
 *       ({@link io.github.ctokit.scoring.continuity.Availability} for the closed forms);
 *   <li>a what-if: recovery-time reductions that clear every breach.
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

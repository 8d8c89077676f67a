/**
 * Disaster recovery and business continuity: the nouns of a DR plan.
 *
 * <p>A {@link io.github.ctokit.core.continuity.DrPlan} holds {@link io.github.ctokit.core.continuity.Service}s
 * (with tier, owner, placement, {@link io.github.ctokit.core.continuity.RecoveryTargets}, an
 * {@link io.github.ctokit.core.continuity.ImpactCurve}, a {@link io.github.ctokit.core.continuity.DrStrategy},
 * recovery estimates and {@link io.github.ctokit.core.continuity.RunbookStep}s,
 * {@link io.github.ctokit.core.continuity.Dependency dependencies},
 * {@link io.github.ctokit.core.continuity.BackupPolicy backups} and
 * {@link io.github.ctokit.core.continuity.Replication}), the
 * {@link io.github.ctokit.core.continuity.BusinessProcess}es that use them (whose targets bound
 * every service they need), crew limits, and
 * {@link io.github.ctokit.core.continuity.DrillRecord}s (type, scope of per-service
 * {@link io.github.ctokit.core.continuity.DrillResult}s, {@link io.github.ctokit.core.continuity.RemediationItem}s,
 * evidence references). A {@link io.github.ctokit.core.continuity.FailureDomain} names one zone or
 * region whose loss hits the services placed in it. {@link io.github.ctokit.core.continuity.DrPlan#validator()}
 * reports every whole-model problem (unknown services, dependency cycles with their path, RTO
 * above MTPD, missing targets) at once; the algorithms live in
 * {@code io.github.ctokit.scoring.continuity}.
 *
 * <h2>Units and limits</h2>
 *
 * <p>Every duration is a {@link java.time.Duration} between zero and
 * {@link io.github.ctokit.core.continuity.Service#MAX_DURATION} (36,525 days) inclusive; a negative
 * or larger duration is one invalid value and throws {@link java.lang.IllegalArgumentException}
 * when the value is built. Dates are {@link java.time.LocalDate}s; nothing here reads the clock.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.continuity;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

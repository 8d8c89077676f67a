/**
 * Delivery forecasting inputs: the nouns a throughput forecast needs.
 *
 * <p>A {@link io.github.ctokit.core.delivery.ThroughputHistory} holds the items a team finished per
 * day or per week (zero periods kept) together with the
 * {@link io.github.ctokit.core.delivery.WorkingCalendar} that says which days count, so that
 * weekends and holidays are handled alike on the history and on the projection. A
 * {@link io.github.ctokit.core.delivery.DeliveryPlan} adds the {@link io.github.ctokit.core.delivery.Feature}s
 * of a roadmap (remaining items per team, a priority) and an optional
 * {@link io.github.ctokit.core.delivery.ScopeGrowth} (a split-rate range);
 * {@link io.github.ctokit.core.delivery.DeliveryPlan#validator()} reports every whole-model problem
 * at once. The algorithms live in {@code io.github.ctokit.scoring.forecast}.
 *
 * <p>Nothing here reads the clock: dates are {@link java.time.LocalDate}s given by the caller.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.delivery;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

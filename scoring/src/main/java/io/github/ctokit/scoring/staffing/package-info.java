/**
 * Staffing of support and on-call queues by Erlang C (M/M/N): agents needed for a service-level
 * target, probability of waiting, average speed of answer and occupancy. The entry class is
 * {@link io.github.ctokit.scoring.staffing.QueueStaffing}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.staffing;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

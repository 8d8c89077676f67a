/**
 * Key performance indicators: a {@link io.github.ctokit.core.kpi.KpiDefinition} (unit, direction,
 * target, green and amber tolerances, optional hysteresis) and a
 * {@link io.github.ctokit.core.kpi.KpiSeries} of dated observations. Scoring lives in
 * {@code io.github.ctokit.scoring.kpi}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.kpi;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

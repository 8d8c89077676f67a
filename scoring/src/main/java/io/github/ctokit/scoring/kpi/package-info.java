/**
 * KPI scoring: {@link io.github.ctokit.scoring.kpi.KpiScoring} colours a KPI as of a date
 * (direction, tolerances, hysteresis), measures its trend and streak, and scores weighted
 * {@link io.github.ctokit.core.kpi.Scorecard}s with piecewise-linear achievement curves.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.kpi;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

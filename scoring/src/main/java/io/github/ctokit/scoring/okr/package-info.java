/**
 * OKR scoring: {@link io.github.ctokit.scoring.okr.OkrRollup} evaluates an
 * {@link io.github.ctokit.core.okr.OkrGraph} as of a date under a
 * {@link io.github.ctokit.scoring.okr.RollupPolicy} (named edge-case rules and tool presets) and
 * returns an immutable {@link io.github.ctokit.scoring.okr.OkrEvaluation}: progress, grade, pace
 * status, staleness, forecast and an {@link io.github.ctokit.scoring.okr.Explanation} for every
 * number.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

/**
 * Objectives and key results: an {@link io.github.ctokit.core.okr.OkrGraph} of
 * {@link io.github.ctokit.core.okr.Objective}s aligned in a weighted DAG, each with
 * {@link io.github.ctokit.core.okr.KeyResult}s and their dated
 * {@link io.github.ctokit.core.okr.CheckIn}s within an {@link io.github.ctokit.core.okr.OkrCycle}.
 * {@link io.github.ctokit.core.okr.OkrGraph#validator()} reports every whole-model problem at once;
 * scoring lives in {@code io.github.ctokit.scoring.okr}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.okr;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

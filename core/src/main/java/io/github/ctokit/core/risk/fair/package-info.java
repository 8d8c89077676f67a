/**
 * Quantitative risk in the FAIR taxonomy (The Open Group O-RT 3.0.1 / O-RA 2.0.1): loss scenarios,
 * the distributions of their inputs, the frequency model that turns a frequency into events, and
 * portfolios of scenarios with their dependence.
 *
 * <p>A {@link io.github.ctokit.core.risk.fair.LossScenario} states its loss event frequency
 * directly, or as threat event frequency (direct, or contact frequency × probability of action)
 * × susceptibility (direct, or threat capability against resistance strength); a primary loss
 * magnitude, optionally by the six {@link io.github.ctokit.core.risk.fair.FormOfLoss forms of loss};
 * an optional secondary loss (probability × magnitude); optional per-event and per-year caps.
 * Every input is a {@link io.github.ctokit.core.risk.fair.Distribution}, checked when built. A
 * {@link io.github.ctokit.core.risk.fair.LossPortfolio} groups scenarios of one currency and
 * reports whole-model problems as violations. The simulation is
 * {@code io.github.ctokit.scoring.risk.fair.FairSimulation}.
 *
 * <p>The design is recorded in {@code docs/adr/0105-fair.md}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.risk.fair;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

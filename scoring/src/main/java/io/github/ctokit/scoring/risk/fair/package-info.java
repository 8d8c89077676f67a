/**
 * FAIR quantitative risk: {@link io.github.ctokit.scoring.risk.fair.FairSimulation} simulates a
 * {@link io.github.ctokit.core.risk.fair.LossPortfolio} over many years and returns a
 * {@link io.github.ctokit.scoring.risk.fair.LossExposure}: annual-loss statistics per scenario and
 * for the portfolio, contributions, and an explanation; treatments are compared with common random
 * numbers; {@link io.github.ctokit.scoring.risk.fair.QualitativeBridge} turns a qualitative rating
 * into FAIR ranges.
 *
 * <p>The design is recorded in {@code docs/adr/0105-fair.md}.
 */
@NullMarked
package io.github.ctokit.scoring.risk.fair;

import org.jspecify.annotations.NullMarked;

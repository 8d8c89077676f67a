/**
 * Qualitative risk scoring: risk matrices, the SimpleRisk classic formulas, the OWASP Risk Rating
 * Methodology, NIST SP 800-30 Rev. 1 and DREAD, behind one method SPI
 * ({@link io.github.ctokit.scoring.risk.RiskMethod}) and one result type
 * ({@link io.github.ctokit.scoring.risk.RiskScore}); and the register engine
 * {@link io.github.ctokit.scoring.risk.RiskScoring}, which derives current and residual risk from
 * controls, checks appetite, ranks and builds heat-map data.
 *
 * <h2>Numbers</h2>
 *
 * <p>Every method reports a level, its own native score and a normalised score on 0 to 10 so that
 * a register can mix methods. Normalised scores are exact decimals with two places, rounded
 * {@link java.math.RoundingMode#HALF_UP}; means are computed exactly and rounded HALF_UP to six
 * places only where the division does not terminate. The control reduction is the one place a
 * {@code double} enters: {@code Π(1 − e·c)} is computed in IEEE 754 double (identical on every
 * JVM) and rounded HALF_UP to six places before it touches a score.
 *
 * <p>The design is recorded in {@code docs/adr/0102-risk-model.md}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

/**
 * The technology-risk register: risks, the assets they threaten, the controls that reduce them,
 * their treatment and acceptance, and the appetite they are judged against.
 *
 * <p>A {@link io.github.ctokit.core.risk.Risk} carries the <em>inputs</em> of a named scoring
 * method (an {@link io.github.ctokit.core.risk.Assessment}: likelihood and impact ranks, OWASP
 * factor values, NIST SP 800-30 levels, DREAD factors) for up to three tiers: inherent (before
 * controls), current (with implemented controls) and residual (after planned treatment). The
 * scores themselves are computed by {@code io.github.ctokit.scoring.risk.RiskScoring}; this
 * package holds no algorithm beyond the whole-model rules of
 * {@link io.github.ctokit.core.risk.RiskRegister#validate(java.time.LocalDate)}.
 *
 * <h2>Errors</h2>
 *
 * <p>A value that is invalid whatever the context (a negative factor, a rank of 0, a malformed
 * CVE id) throws {@link java.lang.IllegalArgumentException} when it is built. A value that is
 * invalid only in its register (a likelihood rank of 6 on a five-level scale, a dangling control
 * reference, an expired acceptance) is reported by the register's validator as a
 * {@link io.github.ctokit.core.validation.Violation}, so that an import sees every problem at once.
 *
 * <h2>Personal data</h2>
 *
 * <p>Titles, names, descriptions and justifications are free text and may name people. They are
 * marked redacted: they never appear in {@code toString()}, exception messages or violations.
 * Identifiers, enum values and numbers do.
 *
 * <p>The design is recorded in {@code docs/adr/0102-risk-model.md}.
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.core.risk;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

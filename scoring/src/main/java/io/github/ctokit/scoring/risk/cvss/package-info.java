/**
 * CVSS v2.0, v3.0, v3.1 and v4.0: strict parsing, canonical formatting and exact scoring.
 *
 * <p>Entry point: {@link io.github.ctokit.scoring.risk.cvss.Cvss}.
 *
 * <pre>{@code
 * CvssScores scores = Cvss.parse("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H").scores();
 * scores.base();       // 9.8 (a BigDecimal with scale 1)
 * scores.severity();   // CvssSeverity.CRITICAL
 * scores.explain();    // inputs, formulas and intermediate numbers as data
 * }</pre>
 *
 * <h2>What the package promises</h2>
 *
 * <ul>
 *   <li><b>Strict parsing.</b> {@link io.github.ctokit.scoring.risk.cvss.Cvss#parse(CharSequence)}
 *       accepts exactly the vector strings the specifications define and throws a
 *       {@link io.github.ctokit.scoring.risk.cvss.CvssParseException} (an
 *       {@link java.lang.IllegalArgumentException}) that says what is wrong and where otherwise:
 *       case-sensitive prefix, no empty segment, no duplicate (never "last one wins"), no unknown
 *       or foreign metric, the value sets of the version, every base metric present, and a
 *       metric order policy per version ({@link io.github.ctokit.scoring.risk.cvss.CvssOrder}).
 *   <li><b>Exact scores.</b> Scores are {@link java.math.BigDecimal}s with one decimal place,
 *       computed in exact decimal or integer arithmetic where the specification defines the
 *       arithmetic, so that no binary floating-point artefact changes a score. Where the field's
 *       reference tools differ from exact arithmetic the choice is a named policy
 *       ({@link io.github.ctokit.scoring.risk.cvss.CvssRounding} for v4.0,
 *       {@link io.github.ctokit.scoring.risk.cvss.CvssV30Roundup} for v3.0) and every result
 *       records the {@link io.github.ctokit.scoring.risk.cvss.CvssProfile} it was computed under.
 *   <li><b>Explanations.</b> Every {@link io.github.ctokit.scoring.risk.cvss.CvssScores} can
 *       explain itself as data: the effective metric values, and each step with its rule and
 *       number ({@link io.github.ctokit.scoring.risk.cvss.CvssExplanation}).
 *   <li><b>Round trips.</b> {@code Cvss.parse(v.format(f)).equals(v)} for every vector {@code v}
 *       and every {@link io.github.ctokit.scoring.risk.cvss.CvssFormat} {@code f}.
 * </ul>
 *
 * <p>All types are immutable and thread-safe. No method of this package reads files, the
 * network, the clock or the default locale.
 *
 * <p>CVSS is owned by FIRST.Org, Inc. and used by permission; the v4.0 macro-vector scores come
 * from FIRST's reference calculator (see {@link io.github.ctokit.scoring.risk.cvss.CvssRounding}).
 */
@CtokitStyle
@NullMarked
package io.github.ctokit.scoring.risk.cvss;

import io.github.ctokit.core.internal.CtokitStyle;
import org.jspecify.annotations.NullMarked;

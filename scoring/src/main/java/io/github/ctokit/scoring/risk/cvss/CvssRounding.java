package io.github.ctokit.scoring.risk.cvss;

/**
 * How CVSS v4.0 scores are rounded to one decimal: a named policy because FIRST's reference
 * calculator and exact arithmetic disagree on some vectors.
 *
 * <p>The v4.0 score of a vector is the score of its macro vector (a lookup table) minus a mean
 * proportional distance, "rounded to one decimal place" (specification, section 8.2). All inputs
 * are multiples of 0.1, so the exact value is a rational number. FIRST's JavaScript calculator
 * computes it in binary floating point; where the exact value is a tie such as 8.55, the double
 * can land one unit in the last place below it (8.549999999999999) and {@code Math.round} then
 * rounds down. That moves about half a percent of vectors down by 0.1, sometimes across a
 * severity boundary (FIRSTdotorg/cvss-v4-calculator#4, RedHatProductSecurity/cvss#58, #59, #63,
 * RedHatProductSecurity/cvss-v4-calculator#66).
 *
 * <p><b>Default: {@link #EXACT_HALF_UP}.</b> It implements what the specification says (round the
 * exact value to one decimal, ties up) and is what Red Hat's {@code cvss} library (3.3 and later)
 * and calculator (November 2024 and later) compute. Choose {@link #FIRST_2024_FLOAT} to reproduce
 * the numbers of FIRST's 2024 calculator, FIRST's reference score corpus and
 * {@code us.springett:cvss-calculator} 1.5.1. Every {@link CvssScores} records its
 * {@link CvssProfile}.
 *
 * <p>The macro-vector scores, the highest-severity vectors of each macro vector and the macro
 * vector depths are FIRST's reference data (FIRSTdotorg/cvss-v4-calculator, {@code cvss_lookup.js},
 * {@code max_composed.js}, {@code max_severity.js}; BSD-2-Clause).
 */
public enum CvssRounding {

  /**
   * Exact rational arithmetic (integers over a common denominator), then round half up to one
   * decimal. The default.
   */
  EXACT_HALF_UP,

  /**
   * IEEE-754 double arithmetic in the operation order of FIRST's JavaScript calculator (2024),
   * then {@code Math.round(score * 10) / 10}.
   */
  FIRST_2024_FLOAT
}

package io.github.ctokit.scoring.risk.cvss;

/**
 * How CVSS v3.0 scores are rounded up: a named policy because the v3.0 specification's wording
 * and FIRST's v3.0 calculator disagree on some vectors.
 *
 * <p>The v3.0 specification defines "Round up" as the smallest number with one decimal that is
 * equal to or higher than its input. FIRST's v3.0 JavaScript calculator computes
 * {@code Math.ceil(d * 10) / 10} on doubles, so a product such as {@code 5.0 × 0.92} (4.6 exactly,
 * 4.6000000000000005 as a double) rounds up to 4.7. The v3.1 user guide (section 2.6.2) quotes
 * that 4.7 as the v3.0 score of {@code AV:P/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:H/E:H/RL:U/RC:U} and gives
 * it as the reason v3.1 redefined Roundup. Published v3.0 scores (FIRST, NVD) were computed that
 * way.
 *
 * <p><b>Default: {@link #FIRST_CALCULATOR}</b>, so that v3.0 scores agree with the scores
 * published for v3.0 vectors. {@link #EXACT} computes the specification's wording exactly. v3.1
 * scores are unaffected: v3.1 is always computed exactly with the Roundup of its Appendix A.
 */
public enum CvssV30Roundup {

  /**
   * Double arithmetic in the operation order of FIRST's v3.0 calculator, with
   * {@code Math.ceil(d * 10) / 10}. The default.
   */
  FIRST_CALCULATOR,

  /** Exact decimal arithmetic, then the smallest one-decimal number equal to or above the exact value. */
  EXACT
}

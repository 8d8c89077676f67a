package io.github.ctokit.scoring.risk.cvss;

/**
 * The arithmetic and rounding a {@link CvssScores} was computed under: its version and, where a
 * policy applies, the policy's value.
 */
public enum CvssProfile {

  /** CVSS v2.0: exact decimal arithmetic, each score rounded half up to one decimal. */
  V2_0_EXACT_HALF_UP(CvssVersion.V2_0),

  /** CVSS v3.0 with {@link CvssV30Roundup#FIRST_CALCULATOR}. */
  V3_0_FIRST_CALCULATOR(CvssVersion.V3_0),

  /** CVSS v3.0 with {@link CvssV30Roundup#EXACT}. */
  V3_0_EXACT_ROUNDUP(CvssVersion.V3_0),

  /** CVSS v3.1: exact decimal arithmetic and the Roundup of the v3.1 specification's Appendix A. */
  V3_1_APPENDIX_A(CvssVersion.V3_1),

  /** CVSS v4.0 with {@link CvssRounding#EXACT_HALF_UP}. */
  V4_0_EXACT_HALF_UP(CvssVersion.V4_0),

  /** CVSS v4.0 with {@link CvssRounding#FIRST_2024_FLOAT}. */
  V4_0_FIRST_2024_FLOAT(CvssVersion.V4_0);

  private final CvssVersion version;

  CvssProfile(CvssVersion version) {
    this.version = version;
  }

  /**
   * Returns the version the profile applies to.
   *
   * @return the version
   */
  public CvssVersion version() {
    return version;
  }
}

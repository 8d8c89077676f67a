package io.github.ctokit.scoring.risk.cvss;

/**
 * A version of the Common Vulnerability Scoring System that ctokit parses and scores.
 *
 * <p>v3.0 and v3.1 share their metrics and vector syntax; they differ in the Roundup function and
 * in the environmental modified-impact formula. v2.0 vectors carry no prefix.
 */
public enum CvssVersion {

  /** CVSS v2.0 (FIRST, 2007): no vector prefix, fixed metric order. */
  V2_0("2.0", ""),

  /** CVSS v3.0 (FIRST, 2015): prefix {@code CVSS:3.0/}. */
  V3_0("3.0", "CVSS:3.0/"),

  /** CVSS v3.1 (FIRST, 2019): prefix {@code CVSS:3.1/}. */
  V3_1("3.1", "CVSS:3.1/"),

  /** CVSS v4.0 (FIRST, 2023): prefix {@code CVSS:4.0/}. */
  V4_0("4.0", "CVSS:4.0/");

  private final String number;
  private final String prefix;

  CvssVersion(String number, String prefix) {
    this.number = number;
    this.prefix = prefix;
  }

  /**
   * Returns the version number as written in the specification.
   *
   * @return {@code "2.0"}, {@code "3.0"}, {@code "3.1"} or {@code "4.0"}
   */
  public String number() {
    return number;
  }

  /**
   * Returns the exact, case-sensitive prefix a vector string of this version starts with.
   *
   * @return {@code "CVSS:3.1/"} and the like; the empty string for v2.0
   */
  public String prefix() {
    return prefix;
  }

  /**
   * Tells whether this is v3.0 or v3.1, which share one set of metrics.
   *
   * @return true for {@link #V3_0} and {@link #V3_1}
   */
  public boolean isV3() {
    return this == V3_0 || this == V3_1;
  }
}

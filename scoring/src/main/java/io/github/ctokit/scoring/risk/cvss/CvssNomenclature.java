package io.github.ctokit.scoring.risk.cvss;

/**
 * The CVSS v4.0 label that says which metric groups a score used (specification, section 1.3):
 * Threat ("T") counts when any threat metric is defined, Environmental ("E") when any
 * environmental metric is defined; supplemental metrics never count.
 */
public enum CvssNomenclature {

  /** Base metrics only. */
  CVSS_B("CVSS-B"),

  /** Base and Threat metrics. */
  CVSS_BT("CVSS-BT"),

  /** Base and Environmental metrics. */
  CVSS_BE("CVSS-BE"),

  /** Base, Threat and Environmental metrics. */
  CVSS_BTE("CVSS-BTE");

  private final String label;

  CvssNomenclature(String label) {
    this.label = label;
  }

  /**
   * Returns the label as the specification writes it.
   *
   * @return {@code "CVSS-B"}, {@code "CVSS-BT"}, {@code "CVSS-BE"} or {@code "CVSS-BTE"}
   */
  public String label() {
    return label;
  }

  static CvssNomenclature of(boolean threat, boolean environmental) {
    if (threat) {
      return environmental ? CVSS_BTE : CVSS_BT;
    }
    return environmental ? CVSS_BE : CVSS_B;
  }
}

package io.github.ctokit.scoring.risk.cvss;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of CVSS v2.0 (FIRST, "A Complete Guide to the Common Vulnerability Scoring System Version 2.0", table 13); the not-defined value is {@code ND}.
 *
 * <p>Constants are declared in canonical vector order, so {@link #ordinal()} is the position in a
 * canonical vector string. {@link #allowedValues()} lists the abbreviated values in the
 * specification's order, with the not-defined value first for optional metrics.
 */
public enum CvssV2Metric implements CvssMetric {

  /** Access Vector: Local, Adjacent network, Network. */
  AV("AV", "Access Vector", CvssMetricGroup.BASE, "L", "A", "N"),
  /** Access Complexity: High, Medium, Low. */
  AC("AC", "Access Complexity", CvssMetricGroup.BASE, "H", "M", "L"),
  /** Authentication: Multiple, Single, None. */
  AU("Au", "Authentication", CvssMetricGroup.BASE, "M", "S", "N"),
  /** Confidentiality Impact: None, Partial, Complete. */
  C("C", "Confidentiality Impact", CvssMetricGroup.BASE, "N", "P", "C"),
  /** Integrity Impact: None, Partial, Complete. */
  I("I", "Integrity Impact", CvssMetricGroup.BASE, "N", "P", "C"),
  /** Availability Impact: None, Partial, Complete. */
  A("A", "Availability Impact", CvssMetricGroup.BASE, "N", "P", "C"),
  /** Exploitability: Unproven, Proof-of-concept, Functional, High. */
  E("E", "Exploitability", CvssMetricGroup.TEMPORAL, "ND", "U", "POC", "F", "H"),
  /** Remediation Level: Official fix, Temporary fix, Workaround, Unavailable. */
  RL("RL", "Remediation Level", CvssMetricGroup.TEMPORAL, "ND", "OF", "TF", "W", "U"),
  /** Report Confidence: Unconfirmed, Uncorroborated, Confirmed. */
  RC("RC", "Report Confidence", CvssMetricGroup.TEMPORAL, "ND", "UC", "UR", "C"),
  /** Collateral Damage Potential: None, Low, Low-medium, Medium-high, High. */
  CDP("CDP", "Collateral Damage Potential", CvssMetricGroup.ENVIRONMENTAL, "ND", "N", "L", "LM", "MH", "H"),
  /** Target Distribution: None, Low, Medium, High. */
  TD("TD", "Target Distribution", CvssMetricGroup.ENVIRONMENTAL, "ND", "N", "L", "M", "H"),
  /** Confidentiality Requirement: Low, Medium, High. */
  CR("CR", "Confidentiality Requirement", CvssMetricGroup.ENVIRONMENTAL, "ND", "L", "M", "H"),
  /** Integrity Requirement: Low, Medium, High. */
  IR("IR", "Integrity Requirement", CvssMetricGroup.ENVIRONMENTAL, "ND", "L", "M", "H"),
  /** Availability Requirement: Low, Medium, High. */
  AR("AR", "Availability Requirement", CvssMetricGroup.ENVIRONMENTAL, "ND", "L", "M", "H");

  private final String abbreviation;
  private final String displayName;
  private final CvssMetricGroup group;
  private final List<String> allowedValues;

  CvssV2Metric(String abbreviation, String displayName, CvssMetricGroup group, String... allowedValues) {
    this.abbreviation = abbreviation;
    this.displayName = displayName;
    this.group = group;
    this.allowedValues = List.of(allowedValues);
  }

  @Override
  public String abbreviation() {
    return abbreviation;
  }

  @Override
  public String displayName() {
    return displayName;
  }

  @Override
  public CvssMetricGroup group() {
    return group;
  }

  @Override
  public List<String> allowedValues() {
    return allowedValues;
  }

  /**
   * Returns the metric with an abbreviated name, matching case exactly.
   *
   * @param abbreviation a name such as {@code "AV"}
   * @return the metric, or empty when this version has no metric of that name
   */
  public static Optional<CvssV2Metric> of(String abbreviation) {
    return Spec.byAbbreviation(values(), abbreviation);
  }
}

package io.github.ctokit.scoring.risk.cvss;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of CVSS v3.0 and v3.1 (FIRST CVSS v3.1 specification, table 15); the not-defined value is {@code X}.
 *
 * <p>Constants are declared in canonical vector order, so {@link #ordinal()} is the position in a
 * canonical vector string. {@link #allowedValues()} lists the abbreviated values in the
 * specification's order, with the not-defined value first for optional metrics.
 */
public enum CvssV3Metric implements CvssMetric {

  /** Attack Vector: Network, Adjacent, Local, Physical. */
  AV("AV", "Attack Vector", CvssMetricGroup.BASE, "N", "A", "L", "P"),
  /** Attack Complexity: Low, High. */
  AC("AC", "Attack Complexity", CvssMetricGroup.BASE, "L", "H"),
  /** Privileges Required: None, Low, High. */
  PR("PR", "Privileges Required", CvssMetricGroup.BASE, "N", "L", "H"),
  /** User Interaction: None, Required. */
  UI("UI", "User Interaction", CvssMetricGroup.BASE, "N", "R"),
  /** Scope: Unchanged, Changed. */
  S("S", "Scope", CvssMetricGroup.BASE, "U", "C"),
  /** Confidentiality: High, Low, None. */
  C("C", "Confidentiality", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Integrity: High, Low, None. */
  I("I", "Integrity", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Availability: High, Low, None. */
  A("A", "Availability", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Exploit Code Maturity: High, Functional, Proof-of-concept, Unproven. */
  E("E", "Exploit Code Maturity", CvssMetricGroup.TEMPORAL, "X", "H", "F", "P", "U"),
  /** Remediation Level: Official fix, Temporary fix, Workaround, Unavailable. */
  RL("RL", "Remediation Level", CvssMetricGroup.TEMPORAL, "X", "O", "T", "W", "U"),
  /** Report Confidence: Unknown, Reasonable, Confirmed. */
  RC("RC", "Report Confidence", CvssMetricGroup.TEMPORAL, "X", "U", "R", "C"),
  /** Confidentiality Requirement: High, Medium, Low. */
  CR("CR", "Confidentiality Requirement", CvssMetricGroup.ENVIRONMENTAL, "X", "H", "M", "L"),
  /** Integrity Requirement: High, Medium, Low. */
  IR("IR", "Integrity Requirement", CvssMetricGroup.ENVIRONMENTAL, "X", "H", "M", "L"),
  /** Availability Requirement: High, Medium, Low. */
  AR("AR", "Availability Requirement", CvssMetricGroup.ENVIRONMENTAL, "X", "H", "M", "L"),
  /** Modified Attack Vector. */
  MAV("MAV", "Modified Attack Vector", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "A", "L", "P"),
  /** Modified Attack Complexity. */
  MAC("MAC", "Modified Attack Complexity", CvssMetricGroup.ENVIRONMENTAL, "X", "L", "H"),
  /** Modified Privileges Required. */
  MPR("MPR", "Modified Privileges Required", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified User Interaction. */
  MUI("MUI", "Modified User Interaction", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "R"),
  /** Modified Scope. */
  MS("MS", "Modified Scope", CvssMetricGroup.ENVIRONMENTAL, "X", "U", "C"),
  /** Modified Confidentiality. */
  MC("MC", "Modified Confidentiality", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified Integrity. */
  MI("MI", "Modified Integrity", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified Availability. */
  MA("MA", "Modified Availability", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H");

  private final String abbreviation;
  private final String displayName;
  private final CvssMetricGroup group;
  private final List<String> allowedValues;

  CvssV3Metric(String abbreviation, String displayName, CvssMetricGroup group, String... allowedValues) {
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
  public static Optional<CvssV3Metric> of(String abbreviation) {
    return Spec.byAbbreviation(values(), abbreviation);
  }
}

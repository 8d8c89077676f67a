package io.github.ctokit.scoring.risk.cvss;

import java.util.List;
import java.util.Optional;

/**
 * The metrics of CVSS v4.0 (FIRST CVSS v4.0 specification, table 23); the not-defined value is {@code X}.
 *
 * <p>Constants are declared in canonical vector order, so {@link #ordinal()} is the position in a
 * canonical vector string. {@link #allowedValues()} lists the abbreviated values in the
 * specification's order, with the not-defined value first for optional metrics.
 */
public enum CvssV4Metric implements CvssMetric {

  /** Attack Vector: Network, Adjacent, Local, Physical. */
  AV("AV", "Attack Vector", CvssMetricGroup.BASE, "N", "A", "L", "P"),
  /** Attack Complexity: Low, High. */
  AC("AC", "Attack Complexity", CvssMetricGroup.BASE, "L", "H"),
  /** Attack Requirements: None, Present. */
  AT("AT", "Attack Requirements", CvssMetricGroup.BASE, "N", "P"),
  /** Privileges Required: None, Low, High. */
  PR("PR", "Privileges Required", CvssMetricGroup.BASE, "N", "L", "H"),
  /** User Interaction: None, Passive, Active. */
  UI("UI", "User Interaction", CvssMetricGroup.BASE, "N", "P", "A"),
  /** Vulnerable System Confidentiality Impact: High, Low, None. */
  VC("VC", "Vulnerable System Confidentiality Impact", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Vulnerable System Integrity Impact: High, Low, None. */
  VI("VI", "Vulnerable System Integrity Impact", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Vulnerable System Availability Impact: High, Low, None. */
  VA("VA", "Vulnerable System Availability Impact", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Subsequent System Confidentiality Impact: High, Low, None. */
  SC("SC", "Subsequent System Confidentiality Impact", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Subsequent System Integrity Impact: High, Low, None. */
  SI("SI", "Subsequent System Integrity Impact", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Subsequent System Availability Impact: High, Low, None. */
  SA("SA", "Subsequent System Availability Impact", CvssMetricGroup.BASE, "H", "L", "N"),
  /** Exploit Maturity: Attacked, POC, Unreported. */
  E("E", "Exploit Maturity", CvssMetricGroup.THREAT, "X", "A", "P", "U"),
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
  /** Modified Attack Requirements. */
  MAT("MAT", "Modified Attack Requirements", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "P"),
  /** Modified Privileges Required. */
  MPR("MPR", "Modified Privileges Required", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified User Interaction. */
  MUI("MUI", "Modified User Interaction", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "P", "A"),
  /** Modified Vulnerable System Confidentiality. */
  MVC("MVC", "Modified Vulnerable System Confidentiality", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified Vulnerable System Integrity. */
  MVI("MVI", "Modified Vulnerable System Integrity", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified Vulnerable System Availability. */
  MVA("MVA", "Modified Vulnerable System Availability", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified Subsequent System Confidentiality (no Safety value). */
  MSC("MSC", "Modified Subsequent System Confidentiality", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H"),
  /** Modified Subsequent System Integrity, with Safety ({@code S}). */
  MSI("MSI", "Modified Subsequent System Integrity", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H", "S"),
  /** Modified Subsequent System Availability, with Safety ({@code S}). */
  MSA("MSA", "Modified Subsequent System Availability", CvssMetricGroup.ENVIRONMENTAL, "X", "N", "L", "H", "S"),
  /** Safety: Negligible, Present. */
  S("S", "Safety", CvssMetricGroup.SUPPLEMENTAL, "X", "N", "P"),
  /** Automatable: No, Yes. */
  AU("AU", "Automatable", CvssMetricGroup.SUPPLEMENTAL, "X", "N", "Y"),
  /** Recovery: Automatic, User, Irrecoverable. */
  R("R", "Recovery", CvssMetricGroup.SUPPLEMENTAL, "X", "A", "U", "I"),
  /** Value Density: Diffuse, Concentrated. */
  V("V", "Value Density", CvssMetricGroup.SUPPLEMENTAL, "X", "D", "C"),
  /** Vulnerability Response Effort: Low, Moderate, High. */
  RE("RE", "Vulnerability Response Effort", CvssMetricGroup.SUPPLEMENTAL, "X", "L", "M", "H"),
  /** Provider Urgency: Clear, Green, Amber, Red (full words only). */
  U("U", "Provider Urgency", CvssMetricGroup.SUPPLEMENTAL, "X", "Clear", "Green", "Amber", "Red");

  private final String abbreviation;
  private final String displayName;
  private final CvssMetricGroup group;
  private final List<String> allowedValues;

  CvssV4Metric(String abbreviation, String displayName, CvssMetricGroup group, String... allowedValues) {
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
  public static Optional<CvssV4Metric> of(String abbreviation) {
    return Spec.byAbbreviation(values(), abbreviation);
  }
}

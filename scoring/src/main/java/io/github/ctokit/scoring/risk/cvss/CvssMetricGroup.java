package io.github.ctokit.scoring.risk.cvss;

/** The group a CVSS metric belongs to. */
public enum CvssMetricGroup {

  /** Base metrics: mandatory in every vector. */
  BASE,

  /** Temporal metrics (v2.0, v3.x): exploit maturity, remediation level, report confidence. */
  TEMPORAL,

  /** Threat metrics (v4.0): exploit maturity. */
  THREAT,

  /** Environmental metrics: security requirements and modified base metrics. */
  ENVIRONMENTAL,

  /** Supplemental metrics (v4.0): context only, they never change a score. */
  SUPPLEMENTAL
}

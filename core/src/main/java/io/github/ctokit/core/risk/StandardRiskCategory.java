package io.github.ctokit.core.risk;

import java.util.Locale;

/** The risk categories every technology office uses; vendors add theirs with {@link RiskCategory#custom(String)}. */
public enum StandardRiskCategory implements RiskCategory {
  /** Information security: confidentiality, integrity and availability attacked on purpose. */
  SECURITY,
  /** Personal data: its lawful, minimal and protected processing. */
  PRIVACY,
  /** Regulatory and contractual obligations and certifications. */
  COMPLIANCE,
  /** Litigation, licensing and liability. */
  LEGAL,
  /** Availability and business continuity: outages and disasters. */
  AVAILABILITY,
  /** Day-to-day operations: process, people and change failures. */
  OPERATIONAL,
  /** Vendors and other third parties the organisation depends on. */
  VENDOR,
  /** Technology obsolescence: end-of-life platforms and unsupported software. */
  OBSOLESCENCE,
  /** Projects and programmes: delivery, scope and budget. */
  PROJECT;

  /**
   * Returns the code: the constant's name in lower case, such as {@code "security"}.
   *
   * @return the code
   */
  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}

package io.github.ctokit.core.risk;

import java.util.List;

/**
 * The sixteen factors of the OWASP Risk Rating Methodology, each with the option values the
 * methodology lists (OWASP/www-community, {@code pages/OWASP_Risk_Rating_Methodology.md}, steps 2
 * and 3). Every factor is rated on 0 to 9.
 */
public enum OwaspFactor {
  /** Threat agent: how technically skilled the group is. */
  SKILL_LEVEL(Group.THREAT_AGENT, 1, 3, 5, 6, 9),
  /** Threat agent: how motivated the group is to find and exploit the weakness. */
  MOTIVE(Group.THREAT_AGENT, 1, 4, 9),
  /** Threat agent: what resources and opportunity the group needs. */
  OPPORTUNITY(Group.THREAT_AGENT, 0, 4, 7, 9),
  /** Threat agent: how large the group is. */
  SIZE(Group.THREAT_AGENT, 2, 4, 5, 6, 9),
  /** Vulnerability: how easy it is to discover. */
  EASE_OF_DISCOVERY(Group.VULNERABILITY, 1, 3, 7, 9),
  /** Vulnerability: how easy it is to exploit. */
  EASE_OF_EXPLOIT(Group.VULNERABILITY, 1, 3, 5, 9),
  /** Vulnerability: how well known it is. */
  AWARENESS(Group.VULNERABILITY, 1, 4, 6, 9),
  /** Vulnerability: how likely an exploit is to go undetected. */
  INTRUSION_DETECTION(Group.VULNERABILITY, 1, 3, 8, 9),
  /** Technical impact: loss of confidentiality. */
  LOSS_OF_CONFIDENTIALITY(Group.TECHNICAL_IMPACT, 2, 6, 7, 9),
  /** Technical impact: loss of integrity. */
  LOSS_OF_INTEGRITY(Group.TECHNICAL_IMPACT, 1, 3, 5, 7, 9),
  /** Technical impact: loss of availability. */
  LOSS_OF_AVAILABILITY(Group.TECHNICAL_IMPACT, 1, 5, 7, 9),
  /** Technical impact: loss of accountability. */
  LOSS_OF_ACCOUNTABILITY(Group.TECHNICAL_IMPACT, 1, 7, 9),
  /** Business impact: financial damage. */
  FINANCIAL_DAMAGE(Group.BUSINESS_IMPACT, 1, 3, 7, 9),
  /** Business impact: reputation damage. */
  REPUTATION_DAMAGE(Group.BUSINESS_IMPACT, 1, 4, 5, 9),
  /** Business impact: exposure from non-compliance. */
  NON_COMPLIANCE(Group.BUSINESS_IMPACT, 2, 5, 7),
  /** Business impact: personally identifiable information disclosed. */
  PRIVACY_VIOLATION(Group.BUSINESS_IMPACT, 3, 5, 7, 9);

  /** The four groups of factors. */
  public enum Group {
    /** Threat agent factors; with the vulnerability factors they make up the likelihood. */
    THREAT_AGENT,
    /** Vulnerability factors. */
    VULNERABILITY,
    /** Technical impact factors. */
    TECHNICAL_IMPACT,
    /** Business impact factors, which OWASP prefers to the technical ones when known. */
    BUSINESS_IMPACT
  }

  /** The smallest factor value. */
  public static final int MIN_VALUE = 0;

  /** The largest factor value. */
  public static final int MAX_VALUE = 9;

  private final Group group;
  private final List<Integer> options;

  OwaspFactor(Group group, Integer... options) {
    this.group = group;
    this.options = List.of(options);
  }

  /**
   * Returns the factor's group.
   *
   * @return the group
   */
  public Group group() {
    return group;
  }

  /**
   * Returns the distinct option values the methodology lists for this factor, ascending.
   *
   * @return an unmodifiable list of values within [0, 9]
   */
  public List<Integer> options() {
    return options;
  }

  /**
   * Tells whether this factor is a likelihood factor.
   *
   * @return true for threat agent and vulnerability factors
   */
  public boolean isLikelihood() {
    return group == Group.THREAT_AGENT || group == Group.VULNERABILITY;
  }
}

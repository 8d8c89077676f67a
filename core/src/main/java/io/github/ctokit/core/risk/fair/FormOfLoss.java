package io.github.ctokit.core.risk.fair;

/** The six forms of loss of the FAIR taxonomy (O-RT 3.0.1). */
public enum FormOfLoss {
  /** Operations that cannot deliver: lost revenue, idle staff. */
  PRODUCTIVITY,
  /** Managing the event: incident response, forensics, notification, legal counsel. */
  RESPONSE,
  /** Replacing or restoring assets: hardware, data, a replaced employee. */
  REPLACEMENT,
  /** Regulatory fines, judgments, settlements and legal fees. */
  FINES_AND_JUDGMENTS,
  /** Lost competitive advantage: trade secrets, market position. */
  COMPETITIVE_ADVANTAGE,
  /** Reputation: lost customers, higher cost of capital, lower market value. */
  REPUTATION
}

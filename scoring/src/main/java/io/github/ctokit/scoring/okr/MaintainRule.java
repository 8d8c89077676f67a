package io.github.ctokit.scoring.okr;

/** The progress of maintain-above, maintain-below and band key results. */
public enum MaintainRule {
  /** Share of check-ins in the cycle up to the as-of date that meet the condition (ServiceNow). */
  SHARE_OF_CHECK_INS_MET,
  /** 1 if the latest value meets the condition, else 0 (binary, instantaneous). */
  LATEST
}

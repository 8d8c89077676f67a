package io.github.ctokit.scoring.okr;

/**
 * How an objective's confidence combines the confidences of its key results and contributing
 * children. A key result's confidence is the owner's confidence on its latest check-in that carries
 * one (in the cycle, on or before the as-of date); items without a confidence are left out.
 * Confidence is kept apart from progress and status and never changes them (REFERENCES §4.4).
 */
public enum ConfidenceRollup {
  /** The unweighted mean of the own key results' and contributing children's confidences. */
  MEAN,
  /** The lowest of them: the least confident owner speaks for the objective. */
  MIN
}

package io.github.ctokit.core.okr;

/** How a key result is measured and scored. */
public enum KeyResultKind {
  /** A metric to raise from {@code start} to {@code target > start}. */
  INCREASE,
  /** A metric to lower from {@code start} to {@code target < start}. */
  DECREASE,
  /** Keep the metric at or above {@code target}; each check-in is a period, met or not. */
  MAINTAIN_ABOVE,
  /** Keep the metric at or below {@code target}; each check-in is a period, met or not. */
  MAINTAIN_BELOW,
  /** Keep the metric within {@code [bandLow, bandHigh]}; each check-in is a period, met or not. */
  WITHIN_BAND,
  /** Done or not: check-in values are 0 (not done) or 1 (done). */
  MILESTONE,
  /** Ordinal stages of a {@link io.github.ctokit.core.LevelScale}: check-in values are stage ordinals. */
  ORDINAL
}

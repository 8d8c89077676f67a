package io.github.ctokit.scoring.okr;

/** The colour of a grade (Google: red 0–0.3, yellow 0.4–0.6, green 0.7–1.0, gaps closed by the policy). */
public enum GradeColour {
  /** Below {@code RollupPolicy#yellowFrom()}. */
  RED,
  /** From {@code yellowFrom} to below {@code greenFrom}. */
  YELLOW,
  /** From {@code RollupPolicy#greenFrom()}. */
  GREEN
}

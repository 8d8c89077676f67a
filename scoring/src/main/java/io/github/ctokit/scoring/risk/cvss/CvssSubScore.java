package io.github.ctokit.scoring.risk.cvss;

/**
 * The intermediate numbers a {@link CvssScores} exposes through {@link CvssScores#subScores()}.
 * Each version fills its own subset; values are unrounded unless a constant says otherwise.
 */
public enum CvssSubScore {

  /** v3.x: Impact Sub-Score, {@code 1 − (1 − C)(1 − I)(1 − A)}. */
  ISS,

  /** v2.0 and v3.x: the base Impact sub-score. */
  IMPACT,

  /** v2.0 and v3.x: the base Exploitability sub-score. */
  EXPLOITABILITY,

  /** v3.x: Modified Impact Sub-Score, capped at 0.915. */
  MISS,

  /** v3.x: the environmental Modified Impact. */
  MODIFIED_IMPACT,

  /** v3.x: the environmental Modified Exploitability. */
  MODIFIED_EXPLOITABILITY,

  /** v2.0: AdjustedImpact, capped at 10. */
  ADJUSTED_IMPACT,

  /** v2.0: the base score recomputed with AdjustedImpact, rounded to one decimal. */
  ADJUSTED_BASE,

  /** v2.0: AdjustedTemporal, rounded to one decimal. */
  ADJUSTED_TEMPORAL,

  /** v4.0: the score of the vector's macro vector in FIRST's lookup table (one decimal). */
  MACRO_VECTOR_SCORE,

  /** v4.0: the mean proportional distance subtracted from the macro vector's score. */
  MEAN_DISTANCE
}

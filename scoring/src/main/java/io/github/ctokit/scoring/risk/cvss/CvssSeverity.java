package io.github.ctokit.scoring.risk.cvss;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A qualitative severity rating.
 *
 * <p>v3.x and v4.0 (specifications, "Qualitative Severity Rating Scale"): None 0.0, Low 0.1–3.9,
 * Medium 4.0–6.9, High 7.0–8.9, Critical 9.0–10.0. v2.0 has no official scale; ctokit uses NVD's
 * three bands, Low 0.0–3.9, Medium 4.0–6.9, High 7.0–10.0, so a v2.0 score is never
 * {@link #NONE} or {@link #CRITICAL}.
 */
public enum CvssSeverity {

  /** None: 0.0 (v3.x and v4.0 only). */
  NONE,

  /** Low. */
  LOW,

  /** Medium: 4.0 to 6.9. */
  MEDIUM,

  /** High. */
  HIGH,

  /** Critical: 9.0 to 10.0 (v3.x and v4.0 only). */
  CRITICAL;

  /**
   * Returns the rating of a score of a version.
   *
   * <p>The bands are half-open intervals on the score as given: a score with more than one
   * decimal, such as 3.95, falls in the band below the next boundary (Low).
   *
   * @param version the version whose scale applies
   * @param score a score within [0, 10]
   * @return the rating
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the score is outside [0, 10]
   */
  public static CvssSeverity of(CvssVersion version, BigDecimal score) {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(score, "score");
    if (score.signum() < 0 || score.compareTo(BigDecimal.TEN) > 0) {
      throw new IllegalArgumentException("score must be within [0, 10] (was " + score.toPlainString() + ")");
    }
    if (version == CvssVersion.V2_0) {
      return score.compareTo(FOUR) < 0 ? LOW : score.compareTo(SEVEN) < 0 ? MEDIUM : HIGH;
    }
    if (score.signum() == 0) {
      return NONE;
    }
    return score.compareTo(FOUR) < 0 ? LOW : score.compareTo(SEVEN) < 0 ? MEDIUM : score.compareTo(NINE) < 0 ? HIGH : CRITICAL;
  }

  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static final BigDecimal SEVEN = BigDecimal.valueOf(7);
  private static final BigDecimal NINE = BigDecimal.valueOf(9);

  static CvssSeverity ofTenths(CvssVersion version, int tenths) {
    if (version == CvssVersion.V2_0) {
      return tenths < 40 ? LOW : tenths < 70 ? MEDIUM : HIGH;
    }
    if (tenths == 0) {
      return NONE;
    }
    return tenths < 40 ? LOW : tenths < 70 ? MEDIUM : tenths < 90 ? HIGH : CRITICAL;
  }
}

package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The result of scoring one assessment with one {@link RiskMethod}: the same type for every
 * method.
 *
 * <ul>
 *   <li>{@link #methodId()} and {@link #methodVersion()}: which method, which edition;
 *   <li>{@link #level()}: the level on the method's scale;
 *   <li>{@link #nativeScore()}: the method's own number (a raw formula value, a product of means, a
 *       semi-quantitative value), whose range the method documents;
 *   <li>{@link #normalisedScore()}: 0 to 10 with two decimal places, comparable across methods;
 *   <li>{@link #explanation()}: inputs, intermediate numbers and the deciding rule, as data.
 * </ul>
 */
public final class RiskScore {

  private static final BigDecimal TEN = BigDecimal.TEN;

  private final String methodId;
  private final String methodVersion;
  private final Level level;
  private final BigDecimal nativeScore;
  private final BigDecimal normalisedScore;
  private final Explanation explanation;

  private RiskScore(String methodId, String methodVersion, Level level, BigDecimal nativeScore,
      BigDecimal normalisedScore, Explanation explanation) {
    this.methodId = methodId;
    this.methodVersion = methodVersion;
    this.level = level;
    this.nativeScore = nativeScore;
    this.normalisedScore = normalisedScore;
    this.explanation = explanation;
  }

  /**
   * Returns a score, for implementations of {@link RiskMethod}.
   *
   * @param method the method that produced it
   * @param level the level on the method's scale
   * @param nativeScore the method's own score
   * @param normalisedScore the normalised score, within [0, 10]; rounded HALF_UP to two places
   * @param explanation how the score came about
   * @return the score
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the normalised score is outside [0, 10] or the level is not
   *     on the method's scale
   */
  public static RiskScore of(RiskMethod<?> method, Level level, BigDecimal nativeScore, BigDecimal normalisedScore,
      Explanation explanation) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(nativeScore, "nativeScore");
    Objects.requireNonNull(normalisedScore, "normalisedScore");
    Objects.requireNonNull(explanation, "explanation");
    if (normalisedScore.signum() < 0 || normalisedScore.compareTo(TEN) > 0) {
      throw new IllegalArgumentException(
          "normalisedScore must be within [0, 10] (was " + normalisedScore.toPlainString() + ", method " + method.id() + ")");
    }
    if (!level.scale().equals(method.levels())) {
      throw new IllegalArgumentException(
          "level must be on the method's scale '" + method.levels().name() + "' (was on '" + level.scale().name() + "')");
    }
    return new RiskScore(method.id(), method.version(), level, nativeScore,
        normalisedScore.setScale(2, RoundingMode.HALF_UP), explanation);
  }

  /**
   * Returns the method's id.
   *
   * @return such as {@code "owasp-rrm"}
   */
  public String methodId() {
    return methodId;
  }

  /**
   * Returns the method's version.
   *
   * @return the edition or configuration the method documents
   */
  public String methodVersion() {
    return methodVersion;
  }

  /**
   * Returns the level.
   *
   * @return a level of the method's scale
   */
  public Level level() {
    return level;
  }

  /**
   * Returns the method's native score; the method documents its range.
   *
   * @return the score
   */
  public BigDecimal nativeScore() {
    return nativeScore;
  }

  /**
   * Returns the normalised score.
   *
   * @return within [0, 10], scale 2
   */
  public BigDecimal normalisedScore() {
    return normalisedScore;
  }

  /**
   * Returns how the score came about.
   *
   * @return the explanation
   */
  public Explanation explanation() {
    return explanation;
  }

  /**
   * Renders the explanation for people.
   *
   * @return multi-line text
   */
  public String explain() {
    return explanation.toText();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RiskScore)) {
      return false;
    }
    RiskScore o = (RiskScore) obj;
    return methodId.equals(o.methodId) && methodVersion.equals(o.methodVersion) && level.equals(o.level)
        && nativeScore.compareTo(o.nativeScore) == 0 && normalisedScore.equals(o.normalisedScore)
        && explanation.equals(o.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(methodId, methodVersion, level, nativeScore.stripTrailingZeros(), normalisedScore);
  }

  /** Returns {@code "High 7.50 (matrix.iso27005-5x5)"}. */
  @Override
  public String toString() {
    return level.label() + " " + normalisedScore.toPlainString() + " (" + methodId + ")";
  }
}

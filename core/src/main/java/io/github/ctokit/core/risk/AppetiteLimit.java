package io.github.ctokit.core.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The most risk an organisation is prepared to bear for one category: a maximum score on the
 * normalised 0 to 10 scale every ctokit method reports, or a maximum level of one method's level
 * scale.
 *
 * <p>A risk breaches the limit when its score is strictly greater than the maximum score
 * (SimpleRisk's rule), or its level strictly above the maximum level (CISO Assistant's
 * {@code current_level ≤ tolerance}). Immutable; equal when kind and maximum are equal.
 *
 * <pre>{@code
 * AppetiteLimit score = AppetiteLimit.maxScore(new BigDecimal("4.00"));
 * AppetiteLimit level = AppetiteLimit.maxLevel(matrix.levels().level("medium"));
 * }</pre>
 */
public final class AppetiteLimit {

  private static final BigDecimal TEN = BigDecimal.TEN;

  private final @Nullable BigDecimal maxScore;
  private final @Nullable Level maxLevel;

  private AppetiteLimit(@Nullable BigDecimal maxScore, @Nullable Level maxLevel) {
    this.maxScore = maxScore;
    this.maxLevel = maxLevel;
  }

  /**
   * Returns a limit on the normalised score.
   *
   * @param maxScore the largest acceptable score, within [0, 10]
   * @return the limit
   * @throws NullPointerException if {@code maxScore} is null
   * @throws IllegalArgumentException if the score is outside [0, 10]
   */
  public static AppetiteLimit maxScore(BigDecimal maxScore) {
    Objects.requireNonNull(maxScore, "maxScore");
    if (maxScore.signum() < 0 || maxScore.compareTo(TEN) > 0) {
      throw new IllegalArgumentException("maxScore must be within [0, 10] (was " + maxScore.toPlainString() + ")");
    }
    return new AppetiteLimit(maxScore.stripTrailingZeros(), null);
  }

  /**
   * Returns a limit on the normalised score.
   *
   * @param maxScore the largest acceptable score, within [0, 10]
   * @return the limit
   * @throws IllegalArgumentException if the score is not finite or outside [0, 10]
   */
  public static AppetiteLimit maxScore(double maxScore) {
    return maxScore(BigDecimal.valueOf(Checks.requireWithin("maxScore", maxScore, 0, 10)));
  }

  /**
   * Returns a limit on a method's level. It applies only to risks scored by a method whose level
   * scale is the level's scale; others are not rated against it.
   *
   * @param maxLevel the highest acceptable level
   * @return the limit
   * @throws NullPointerException if {@code maxLevel} is null
   */
  public static AppetiteLimit maxLevel(Level maxLevel) {
    return new AppetiteLimit(null, Objects.requireNonNull(maxLevel, "maxLevel"));
  }

  /**
   * Returns the maximum score, for a score limit.
   *
   * @return the score within [0, 10], or empty for a level limit
   */
  public Optional<BigDecimal> maxScore() {
    return Optional.ofNullable(maxScore);
  }

  /**
   * Returns the maximum level, for a level limit.
   *
   * @return the level, or empty for a score limit
   */
  public Optional<Level> maxLevel() {
    return Optional.ofNullable(maxLevel);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof AppetiteLimit)) {
      return false;
    }
    AppetiteLimit o = (AppetiteLimit) obj;
    return Objects.equals(maxScore, o.maxScore) && Objects.equals(maxLevel, o.maxLevel);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxScore, maxLevel);
  }

  /** Returns {@code "score ≤ 4"} or {@code "level ≤ medium (5x5 ISO-27005 levels)"}. */
  @Override
  public String toString() {
    return maxScore != null
        ? "score ≤ " + maxScore.toPlainString()
        : "level ≤ " + Objects.requireNonNull(maxLevel).label() + " (" + maxLevel.scale().name() + ")";
  }
}

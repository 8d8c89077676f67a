package io.github.ctokit.core.risk;

import io.github.ctokit.core.LevelScale;
import org.jspecify.annotations.Nullable;

/**
 * A likelihood rank and an impact rank, 1-based, as risk matrices print them: on a five-level
 * scale, 1 is the lowest level and 5 the highest.
 *
 * <p>The scales are the register's ({@link RiskRegister#likelihoodScale()},
 * {@link RiskRegister#impactScale()}); a rank above its scale's size is reported by the register's
 * validator, not here. Immutable; equal when both ranks are equal.
 *
 * <pre>{@code
 * LikelihoodImpact rated = LikelihoodImpact.of(4, 5);   // likely, severe
 * }</pre>
 */
public final class LikelihoodImpact implements Assessment {

  /** The kind name of this assessment. */
  public static final String KIND = "likelihood-impact";

  private final int likelihood;
  private final int impact;

  private LikelihoodImpact(int likelihood, int impact) {
    this.likelihood = likelihood;
    this.impact = impact;
  }

  /**
   * Returns the ranks.
   *
   * @param likelihood the likelihood rank, 1 to {@value LevelScale#MAX_LEVELS}
   * @param impact the impact rank, 1 to {@value LevelScale#MAX_LEVELS}
   * @return the assessment
   * @throws IllegalArgumentException if a rank is outside 1 to {@value LevelScale#MAX_LEVELS}
   */
  public static LikelihoodImpact of(int likelihood, int impact) {
    return new LikelihoodImpact(checkRank("likelihood", likelihood), checkRank("impact", impact));
  }

  private static int checkRank(String field, int rank) {
    if (rank < 1 || rank > LevelScale.MAX_LEVELS) {
      throw new IllegalArgumentException(
          field + " rank must be within [1, " + LevelScale.MAX_LEVELS + "] (was " + rank + ")");
    }
    return rank;
  }

  /**
   * Returns the likelihood rank.
   *
   * @return 1 for the lowest likelihood level
   */
  public int likelihood() {
    return likelihood;
  }

  /**
   * Returns the impact rank.
   *
   * @return 1 for the lowest impact level
   */
  public int impact() {
    return impact;
  }

  /**
   * Returns a copy with another likelihood rank.
   *
   * @param rank the new likelihood rank, 1 to {@value LevelScale#MAX_LEVELS}
   * @return the copy
   * @throws IllegalArgumentException if the rank is out of range
   */
  public LikelihoodImpact withLikelihood(int rank) {
    return of(rank, impact);
  }

  /**
   * Returns a copy with another impact rank.
   *
   * @param rank the new impact rank, 1 to {@value LevelScale#MAX_LEVELS}
   * @return the copy
   * @throws IllegalArgumentException if the rank is out of range
   */
  public LikelihoodImpact withImpact(int rank) {
    return of(likelihood, rank);
  }

  /**
   * Returns {@value #KIND}.
   *
   * @return the kind name
   */
  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof LikelihoodImpact
        && ((LikelihoodImpact) obj).likelihood == likelihood
        && ((LikelihoodImpact) obj).impact == impact;
  }

  @Override
  public int hashCode() {
    return likelihood * 31 + impact;
  }

  /** Returns {@code "likelihood 4, impact 5"}. */
  @Override
  public String toString() {
    return "likelihood " + likelihood + ", impact " + impact;
  }
}

package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.validation.ValidationResult;
import java.math.BigDecimal;

/**
 * A qualitative scoring method: turns one kind of {@link Assessment} into a {@link RiskScore}.
 *
 * <p>ctokit's methods: {@link RiskMatrix}, {@link SimpleRiskClassic}, {@link OwaspRiskRating},
 * {@link NistSp80030} and {@link Dread}. Vendors implement this interface for methods of their own
 * and register them with {@link RiskScoring#withMethod(RiskMethod)}.
 *
 * <p>Contract: implementations are immutable and thread-safe; {@link #score(Assessment)} is
 * deterministic and returns a normalised score within [0, 10]; {@link #check(Assessment)} reports,
 * and {@link #score(Assessment)} throws {@link IllegalArgumentException} for, exactly the inputs
 * the method cannot score; {@link #levelOf(BigDecimal)} is non-decreasing in its argument and maps
 * every score the method produces to that score's own level.
 *
 * @param <A> the kind of assessment scored
 */
public interface RiskMethod<A extends Assessment> {

  /**
   * Returns the method's stable id, such as {@code "owasp-rrm"}.
   *
   * @return lower-case words joined by dots and dashes
   */
  String id();

  /**
   * Returns the method's version: the edition of its source and any configuration that changes
   * its numbers.
   *
   * @return a short text
   */
  String version();

  /**
   * Returns the kind of assessment the method scores.
   *
   * @return the assessment class
   */
  Class<A> inputType();

  /**
   * Returns the scale of the levels the method reports.
   *
   * @return the level scale
   */
  LevelScale levels();

  /**
   * Reports what keeps the method from scoring an input, without throwing.
   *
   * @param input the assessment
   * @return every problem, with paths relative to the assessment; valid if the input can be scored
   */
  ValidationResult check(A input);

  /**
   * Scores an assessment.
   *
   * @param input the assessment
   * @return the score
   * @throws NullPointerException if {@code input} is null
   * @throws IllegalArgumentException if {@link #check(Assessment)} reports an error for it
   */
  RiskScore score(A input);

  /**
   * Returns the level of a normalised score that was not produced by scoring an assessment, such
   * as a score reduced by controls.
   *
   * @param normalisedScore a score within [0, 10]
   * @return a level of {@link #levels()}
   * @throws IllegalArgumentException if the score is outside [0, 10]
   */
  Level levelOf(BigDecimal normalisedScore);
}

package io.github.ctokit.core.risk;

/**
 * The inputs of one scoring method for one risk at one tier: what the assessor rated, before any
 * arithmetic. The scoring layer turns an assessment into a score with the method registered for
 * its type.
 *
 * <p>Built-in kinds:
 *
 * <ul>
 *   <li>{@link LikelihoodImpact}: likelihood and impact ranks, for risk matrices and the SimpleRisk
 *       classic formulas;
 *   <li>{@link OwaspFactors}: the sixteen factor values of the OWASP Risk Rating Methodology;
 *   <li>{@link NistRating}: NIST SP 800-30 Rev. 1 likelihood and impact levels;
 *   <li>{@link DreadFactors}: the five DREAD factor values.
 * </ul>
 *
 * <p>Vendors may implement this interface for a method of their own, and register a matching
 * method with the scoring engine. Implementations must be immutable, with value equality. The
 * register's validator checks the built-in kinds against their scales; other kinds are checked by
 * their method when scored.
 */
public interface Assessment {

  /**
   * Returns the stable name of this kind of input, such as {@code "likelihood-impact"}.
   *
   * @return lower-case words joined by dashes
   */
  String kind();
}

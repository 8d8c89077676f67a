package io.github.ctokit.core.risk;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A NIST SP 800-30 Rev. 1 rating: the likelihood of threat event initiation or occurrence and the
 * likelihood that the event results in adverse impacts (combined by Table G-5), or the overall
 * likelihood directly, together with the level of impact (Table H-3).
 *
 * <pre>{@code
 * NistRating rated = NistRating.of(NistLevel.HIGH, NistLevel.MODERATE, NistLevel.VERY_HIGH);
 * NistRating direct = NistRating.ofOverall(NistLevel.HIGH, NistLevel.HIGH);
 * }</pre>
 */
@Value.Immutable
public abstract class NistRating implements Assessment {

  /** The kind name of this assessment. */
  public static final String KIND = "nist-800-30";

  NistRating() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link NistRating}: {@code impact} and either both {@code initiation} and
   * {@code adverseImpact}, or {@code overallLikelihood} alone.
   */
  public static final class Builder extends ImmutableNistRating.Builder {
    Builder() {}
  }

  /**
   * Returns a rating from its two likelihoods and its impact.
   *
   * @param initiation likelihood of threat event initiation (adversarial) or occurrence (other sources)
   * @param adverseImpact likelihood that the event results in adverse impacts
   * @param impact level of impact
   * @return the rating
   */
  public static NistRating of(NistLevel initiation, NistLevel adverseImpact, NistLevel impact) {
    return builder().initiation(initiation).adverseImpact(adverseImpact).impact(impact).build();
  }

  /**
   * Returns a rating from an overall likelihood and an impact.
   *
   * @param overallLikelihood the overall likelihood
   * @param impact level of impact
   * @return the rating
   */
  public static NistRating ofOverall(NistLevel overallLikelihood, NistLevel impact) {
    return builder().overallLikelihood(overallLikelihood).impact(impact).build();
  }

  /**
   * Returns the likelihood of threat event initiation or occurrence (Tables G-2, G-3).
   *
   * @return the level, or empty when the overall likelihood is given directly
   */
  public abstract Optional<NistLevel> initiation();

  /**
   * Returns the likelihood that the threat event results in adverse impacts (Table G-4).
   *
   * @return the level, or empty when the overall likelihood is given directly
   */
  public abstract Optional<NistLevel> adverseImpact();

  /**
   * Returns the overall likelihood, when given directly rather than derived by Table G-5.
   *
   * @return the level, or empty
   */
  public abstract Optional<NistLevel> overallLikelihood();

  /**
   * Returns the level of impact (Table H-3).
   *
   * @return the level
   */
  public abstract NistLevel impact();

  /**
   * Returns {@value #KIND}.
   *
   * @return the kind name
   */
  @Override
  public final String kind() {
    return KIND;
  }

  @Value.Check
  final void check() {
    boolean pair = initiation().isPresent() && adverseImpact().isPresent();
    boolean half = initiation().isPresent() != adverseImpact().isPresent();
    boolean overall = overallLikelihood().isPresent();
    if (half || pair == overall) {
      throw new IllegalArgumentException(
          "likelihood must be given as initiation and adverseImpact, or as overallLikelihood alone (had initiation "
              + initiation().isPresent() + ", adverseImpact " + adverseImpact().isPresent() + ", overallLikelihood "
              + overall + ")");
    }
  }
}

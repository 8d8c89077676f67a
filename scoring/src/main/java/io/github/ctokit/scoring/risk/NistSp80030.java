package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.NistLevel;
import io.github.ctokit.core.risk.NistRating;
import io.github.ctokit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * NIST SP 800-30 Rev. 1, Appendices G to I: the overall likelihood from Table G-5 (likelihood of
 * initiation or occurrence × likelihood of adverse impact), then the level of risk from Table I-2
 * (overall likelihood × level of impact).
 *
 * <p>Numbers: the native and the normalised score are both the semi-quantitative representative
 * value of the risk level (Table I-3: very low 0, low 2, moderate 5, high 8, very high 10). A
 * derived score gets its level from the semi-quantitative bins divided by ten
 * ({@link ScoreThresholds#nist80030()}).
 *
 * <pre>{@code
 * NistSp80030.standard().score(NistRating.of(NistLevel.HIGH, NistLevel.MODERATE, NistLevel.VERY_HIGH))
 *     .level().label();   // G-5: High × Moderate → Moderate; I-2: Moderate × Very high → "High"
 * }</pre>
 */
public final class NistSp80030 implements RiskMethod<NistRating> {

  private static final NistSp80030 STANDARD = new NistSp80030();

  private final RiskMatrix g5 = RiskMatrix.nist80030OverallLikelihood();
  private final RiskMatrix i2 = RiskMatrix.nist80030();

  private NistSp80030() {}

  /**
   * Returns the method with the tables of the standard.
   *
   * @return the method
   */
  public static NistSp80030 standard() {
    return STANDARD;
  }

  /**
   * Returns the overall likelihood of Table G-5.
   *
   * @param initiation likelihood of threat event initiation or occurrence
   * @param adverseImpact likelihood that the event results in adverse impacts
   * @return the overall likelihood
   */
  public NistLevel overallLikelihood(NistLevel initiation, NistLevel adverseImpact) {
    return NistLevel.values()[g5.cell(initiation.ordinal(), adverseImpact.ordinal()).ordinal()];
  }

  /**
   * Returns the level of risk of Table I-2.
   *
   * @param likelihood the overall likelihood
   * @param impact the level of impact
   * @return the level of risk
   */
  public NistLevel levelOfRisk(NistLevel likelihood, NistLevel impact) {
    return NistLevel.values()[i2.cell(likelihood.ordinal(), impact.ordinal()).ordinal()];
  }

  @Override
  public String id() {
    return "nist-800-30";
  }

  @Override
  public String version() {
    return "Rev. 1 (2012), Tables G-5, I-2, I-3";
  }

  @Override
  public Class<NistRating> inputType() {
    return NistRating.class;
  }

  @Override
  public LevelScale levels() {
    return LevelScale.fiveLevel();
  }

  @Override
  public ValidationResult check(NistRating input) {
    Objects.requireNonNull(input, "input");
    return ValidationResult.valid();
  }

  @Override
  public RiskScore score(NistRating input) {
    Objects.requireNonNull(input, "input");
    Explanation.Builder e = Explanation.builder(id() + " " + version());
    NistLevel overall;
    if (input.overallLikelihood().isPresent()) {
      overall = input.overallLikelihood().get();
      e.input("overall likelihood", label(overall));
    } else {
      NistLevel init = input.initiation().orElseThrow();
      NistLevel adverse = input.adverseImpact().orElseThrow();
      e.input("initiation or occurrence", label(init)).input("adverse impact likelihood", label(adverse));
      overall = overallLikelihood(init, adverse);
      e.step("overall likelihood (Table G-5)", label(overall));
    }
    e.input("impact", label(input.impact()));
    NistLevel risk = levelOfRisk(overall, input.impact());
    BigDecimal value = BigDecimal.valueOf(risk.representativeValue());
    e.step("semi-quantitative value (Table I-3)", Integer.toString(risk.representativeValue()));
    e.rule("Table I-2: likelihood " + label(overall) + " × impact " + label(input.impact()) + " → " + label(risk));
    e.outcome(label(risk) + ", native " + risk.representativeValue() + ", normalised " + value.setScale(2).toPlainString());
    return RiskScore.of(this, risk.toLevel(), value, value, e.build());
  }

  @Override
  public Level levelOf(BigDecimal normalisedScore) {
    Objects.requireNonNull(normalisedScore, "normalisedScore");
    if (!ScoreThresholds.isNormalised(normalisedScore)) {
      throw new IllegalArgumentException("normalisedScore must be within [0, 10] (was " + normalisedScore.toPlainString() + ")");
    }
    return ScoreThresholds.nist80030().levelOf(normalisedScore);
  }

  private static String label(NistLevel level) {
    return level.toLevel().label();
  }

  /** Returns {@code "nist-800-30 (Rev. 1 ...)"}. */
  @Override
  public String toString() {
    return id() + " (" + version() + ")";
  }
}

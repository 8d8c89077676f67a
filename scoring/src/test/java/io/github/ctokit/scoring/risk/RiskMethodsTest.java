package io.github.ctokit.scoring.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.risk.DreadFactors;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.NistLevel;
import io.github.ctokit.core.risk.NistRating;
import io.github.ctokit.core.risk.OwaspFactors;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of REFERENCES §1.6 and the public sources each method cites. */
class RiskMethodsTest {

  /** OWASP Risk Rating Methodology, "Repeatable method" and "Determining severity" example. */
  static final OwaspFactors OWASP_EXAMPLE = OwaspFactors.builder()
      .threatAgent(5, 2, 7, 1).vulnerability(3, 6, 9, 2)
      .technicalImpact(9, 7, 5, 8).businessImpact(1, 2, 1, 5).build();

  @Test
  void owaspWorkedExampleReproduces() {
    RiskScore s = OwaspRiskRating.standard().score(OWASP_EXAMPLE);
    assertThat(s.explanation().intermediates())
        .containsEntry("likelihood", "4.375 (MEDIUM)")
        .containsEntry("technical impact", "7.25 (HIGH)")
        .containsEntry("business impact", "2.25 (LOW)")
        .containsEntry("impact (BUSINESS_IF_PRESENT)", "2.25 (LOW)");
    assertThat(s.level().label()).isEqualTo("Low");
    assertThat(s.normalisedScore()).isEqualByComparingTo("2");
    assertThat(s.nativeScore()).isEqualByComparingTo("9.84375");
    assertThat(s.explanation().rule()).isEqualTo("severity cell likelihood MEDIUM × impact LOW → Low");
    // "from a purely technical perspective it appears that the overall severity is high"
    assertThat(OwaspRiskRating.standard().withImpactPolicy(OwaspRiskRating.ImpactPolicy.TECHNICAL).score(OWASP_EXAMPLE)
        .level().label()).isEqualTo("High");
    assertThat(OwaspRiskRating.standard().withImpactPolicy(OwaspRiskRating.ImpactPolicy.MAXIMUM).score(OWASP_EXAMPLE)
        .level().label()).isEqualTo("High");
  }

  @Test
  void owaspExampleUnderSimpleRisksAveragingGivesMediumAndFivePointFive() {
    RiskScore s = OwaspRiskRating.standard().withImpactPolicy(OwaspRiskRating.ImpactPolicy.MEAN).score(OWASP_EXAMPLE);
    assertThat(s.explanation().intermediates()).containsEntry("impact (MEAN)", "4.75 (MEDIUM)");
    assertThat(s.level().label()).isEqualTo("Medium");
    assertThat(s.normalisedScore()).isEqualByComparingTo("5.50");
  }

  @Test
  void owaspStrictModeRejectsTheExamplesUnlistedValuesAllAtOnce() {
    OwaspRiskRating strict = OwaspRiskRating.standard().strict();
    assertThat(strict.check(OWASP_EXAMPLE).errors()).extracting(v -> v.path().toString())
        .containsExactly("motive", "size", "easeOfExploit", "intrusionDetection", "lossOfAccountability",
            "reputationDamage", "nonCompliance");
    assertThatThrownBy(() -> strict.score(OWASP_EXAMPLE)).isInstanceOf(ValidationException.class);
  }

  @Test
  void owaspProductPolicyAndWeights() {
    RiskScore product = OwaspRiskRating.standard().withScorePolicy(OwaspRiskRating.ScorePolicy.PRODUCT).score(OWASP_EXAMPLE);
    assertThat(product.normalisedScore()).isEqualByComparingTo("1.22"); // 9.84375 × 10 / 81 = 1.2152…
    RiskScore weighted = OwaspRiskRating.standard()
        .withWeight(io.github.ctokit.core.risk.OwaspFactor.PRIVACY_VIOLATION, new BigDecimal("5")).score(OWASP_EXAMPLE);
    assertThat(weighted.explanation().intermediates()).containsEntry("business impact", "3.625 (MEDIUM)"); // (1+2+1+5×5)/(1+1+1+5)
    assertThatThrownBy(() -> OwaspRiskRating.standard()
        .withWeight(io.github.ctokit.core.risk.OwaspFactor.FINANCIAL_DAMAGE, BigDecimal.ZERO)
        .withWeight(io.github.ctokit.core.risk.OwaspFactor.REPUTATION_DAMAGE, BigDecimal.ZERO)
        .withWeight(io.github.ctokit.core.risk.OwaspFactor.NON_COMPLIANCE, BigDecimal.ZERO)
        .withWeight(io.github.ctokit.core.risk.OwaspFactor.PRIVACY_VIOLATION, BigDecimal.ZERO))
        .hasMessage("weights of group BUSINESS_IMPACT must keep one positive weight (was all zero)");
  }

  @Test
  void simpleRiskDerivedTableOfReferences12() {
    String[][] expected = {
        {"0.86", "5.71", "4.00", "10.00"}, {"0.67", "5.33", "4.00", "10.00"}, {"0.40", "4.80", "4.00", "10.00"},
        {"0.67", "5.00", "5.00", "10.00"}, {"0.86", "5.14", "5.71", "10.00"}};
    int[][] cells = {{1, 1}, {3, 4}, {5, 2}, {5, 5}};
    SimpleRiskClassic.Formula[] formulas = SimpleRiskClassic.Formula.values();
    for (int f = 0; f < formulas.length; f++) {
      for (int c = 0; c < cells.length; c++) {
        assertThat(SimpleRiskClassic.of(formulas[f]).score(LikelihoodImpact.of(cells[c][0], cells[c][1]))
            .normalisedScore()).as("m%d at %d,%d", f + 1, cells[c][0], cells[c][1]).isEqualTo(expected[f][c]);
      }
    }
  }

  @Test
  void simpleRiskRoundingLevelsAndCustomTables() {
    SimpleRiskClassic m1 = SimpleRiskClassic.of(SimpleRiskClassic.Formula.LIKELIHOOD_TIMES_IMPACT_PLUS_TWO_IMPACT);
    assertThat(m1.withDecimals(1).score(LikelihoodImpact.of(3, 4)).normalisedScore()).isEqualByComparingTo("5.7");
    assertThat(m1.score(LikelihoodImpact.of(3, 4)).nativeScore()).isEqualByComparingTo("20");
    assertThat(m1.score(LikelihoodImpact.of(5, 5)).level().label()).isEqualTo("High"); // 10.0 < Very High's 10.1
    assertThat(m1.score(LikelihoodImpact.of(3, 4)).level().label()).isEqualTo("Medium");
    assertThat(ScoreThresholds.simpleRisk().levelOf(new BigDecimal("3.99")).label()).isEqualTo("Low");
    assertThat(ScoreThresholds.simpleRisk().levelOf(new BigDecimal("7")).label()).isEqualTo("High");
    List<List<BigDecimal>> table = List.of(List.of(new BigDecimal("1"), new BigDecimal("12")),
        List.of(new BigDecimal("3"), new BigDecimal("9.5")));
    assertThatThrownBy(() -> SimpleRiskClassic.customTable(table))
        .hasMessageStartingWith("table score [0][1] must be within [0, 10] (was 12)");
    SimpleRiskClassic clamped = SimpleRiskClassic.customTableClamped(table);
    assertThat(clamped.score(LikelihoodImpact.of(1, 2)).normalisedScore()).isEqualByComparingTo("10");
    assertThat(clamped.version()).contains("clamped");
    assertThat(m1.check(LikelihoodImpact.of(6, 1)).errors()).extracting(Violation::code)
        .containsExactly("simplerisk.input-out-of-range");
  }

  @Test
  void dreadWorkedExample() {
    RiskScore s = Dread.standard().score(DreadFactors.of(7, 5, 9, 3, 6));
    assertThat(s.normalisedScore()).isEqualTo("6.00");
    assertThat(s.level().label()).isEqualTo("Medium");
    assertThat(Dread.standard().check(DreadFactors.of(11, 1, 1, 1, 1)).errors()).extracting(v -> v.path().toString())
        .containsExactly("damage");
    assertThat(Dread.standard().score(DreadFactors.of(1, 2, 2, 2, 2)).normalisedScore()).isEqualTo("1.80");
  }

  @Test
  void nistTablesG5AndI2() {
    NistSp80030 nist = NistSp80030.standard();
    assertThat(nist.overallLikelihood(NistLevel.HIGH, NistLevel.MODERATE)).isEqualTo(NistLevel.MODERATE);
    assertThat(nist.overallLikelihood(NistLevel.VERY_HIGH, NistLevel.VERY_LOW)).isEqualTo(NistLevel.LOW);
    assertThat(nist.overallLikelihood(NistLevel.VERY_LOW, NistLevel.VERY_HIGH)).isEqualTo(NistLevel.LOW);
    assertThat(nist.levelOfRisk(NistLevel.MODERATE, NistLevel.VERY_HIGH)).isEqualTo(NistLevel.HIGH);
    assertThat(nist.levelOfRisk(NistLevel.VERY_LOW, NistLevel.VERY_HIGH)).isEqualTo(NistLevel.LOW);
    assertThat(nist.levelOfRisk(NistLevel.VERY_HIGH, NistLevel.VERY_LOW)).isEqualTo(NistLevel.VERY_LOW);
    assertThat(nist.levelOfRisk(NistLevel.HIGH, NistLevel.HIGH)).isEqualTo(NistLevel.HIGH);
    RiskScore s = nist.score(NistRating.of(NistLevel.HIGH, NistLevel.MODERATE, NistLevel.VERY_HIGH));
    assertThat(s.level().label()).isEqualTo("High");
    assertThat(s.normalisedScore()).isEqualTo("8.00");
    assertThat(s.explanation().intermediates()).containsEntry("overall likelihood (Table G-5)", "Moderate");
    // semi-quantitative bins: 80, 95 and 96 (REFERENCES §1.6)
    assertThat(List.of(80, 95, 96)).extracting(NistLevel::fromSemiQuantitative)
        .containsExactly(NistLevel.HIGH, NistLevel.HIGH, NistLevel.VERY_HIGH);
    assertThat(nist.levelOf(new BigDecimal("9.59")).label()).isEqualTo("High");
    assertThat(nist.levelOf(new BigDecimal("9.60")).label()).isEqualTo("Very high");
    assertThat(nist.levelOf(new BigDecimal("0.49")).label()).isEqualTo("Very low");
  }

  @Test
  void everyMethodExplainsItselfAndRejectsNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(io.github.ctokit.core.Level.class, io.github.ctokit.core.LevelScale.fiveLevel().level(2))
        .setDefault(io.github.ctokit.core.LevelScale.class, io.github.ctokit.core.LevelScale.fiveLevel())
        .setDefault(RiskMatrix.class, RiskMatrix.nist80030())
        .setDefault(io.github.ctokit.core.risk.RiskRegister.class, io.github.ctokit.core.risk.RiskRegister.builder().build())
        .setDefault(MatrixRemap.Policy.class, MatrixRemap.Policy.clamp());
    for (RiskMethod<?> m : List.<RiskMethod<?>>of(RiskMatrix.iso27005FiveByFive(), OwaspRiskRating.standard(),
        NistSp80030.standard(), Dread.standard(), SimpleRiskClassic.of(SimpleRiskClassic.Formula.LIKELIHOOD_TIMES_IMPACT))) {
      tester.testAllPublicInstanceMethods(m);
    }
    tester.testAllPublicStaticMethods(ScoreThresholds.class);
    tester.testAllPublicStaticMethods(MatrixRemap.class);
    String text = RiskMatrix.iso27005FiveByFive().score(LikelihoodImpact.of(4, 4)).explain();
    assertThat(text).contains("input  likelihood = 4 (Very likely)").contains("rule   cell grid[3][3] of 5x5 ISO-27005 → High")
        .contains("normalised 7.50");
  }
}

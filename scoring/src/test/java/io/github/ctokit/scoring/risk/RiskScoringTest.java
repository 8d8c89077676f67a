package io.github.ctokit.scoring.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.risk.AppetiteLimit;
import io.github.ctokit.core.risk.Control;
import io.github.ctokit.core.risk.ControlId;
import io.github.ctokit.core.risk.ControlStatus;
import io.github.ctokit.core.risk.ControlType;
import io.github.ctokit.core.risk.DreadFactors;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.NistLevel;
import io.github.ctokit.core.risk.NistRating;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskAppetite;
import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.risk.RiskRegister;
import io.github.ctokit.core.risk.StandardRiskCategory;
import io.github.ctokit.core.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskScoringTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  static Control control(String id, ControlStatus status, double effectiveness, double coverage) {
    return Control.builder().id(ControlId.of(id)).name("control " + id).type(ControlType.PREVENTIVE).status(status)
        .effectiveness(Probability.of(effectiveness)).coverage(Probability.of(coverage)).build();
  }

  static Risk.Builder risk(String id) {
    return Risk.builder().id(RiskId.of(id)).title("risk " + id).category(StandardRiskCategory.SECURITY)
        .owner(RoleId.of("ROLE-ciso")).identified(LocalDate.of(2027, 1, 1));
  }

  @Test
  void simpleRiskResidualExample() {
    // REFERENCES §1.6: residual 8.0 at 25 % mitigation → 6.0
    RiskRegister register = RiskRegister.builder()
        .addControls(control("C-1", ControlStatus.IMPLEMENTED, 0.25, 1))
        .addRisks(risk("R-1").inherent(DreadFactors.of(8, 8, 8, 8, 8)).addControl(ControlId.of("C-1")).build()).build();
    for (ReductionRule rule : ReductionRule.values()) {
      AssessedRisk r = RiskScoring.defaults().withReductionRule(rule).assess(register, AS_OF).ranked().get(0);
      assertThat(r.inherent().orElseThrow().score()).isEqualTo("8.00");
      assertThat(r.current().orElseThrow().score()).isEqualTo("6.00");
      assertThat(r.current().orElseThrow().level().label()).isEqualTo("Medium");
      assertThat(r.residual().orElseThrow().score()).isEqualTo("6.00");
    }
  }

  @Test
  void implementedControlsFeedCurrentPlannedFeedResidualOnlyForTheirOwnRisk() {
    RiskRegister register = RiskRegister.builder()
        .addControls(control("C-a", ControlStatus.IMPLEMENTED, 0.5, 1), control("C-b", ControlStatus.IMPLEMENTED, 0.5, 1),
            control("C-p", ControlStatus.PLANNED, 0.6, 0.5))
        .addRisks(risk("R-1").inherent(LikelihoodImpact.of(5, 5))
            .addControls(ControlId.of("C-a"), ControlId.of("C-b"), ControlId.of("C-p")).build())
        .addRisks(risk("R-2").inherent(LikelihoodImpact.of(5, 5)).build())
        .build();
    RegisterAssessment combined = RiskScoring.using(RiskMatrix.iso27005FiveByFive()).assess(register, AS_OF);
    AssessedRisk r1 = combined.find(RiskId.of("R-1")).orElseThrow();
    TierScore current = r1.current().orElseThrow();
    assertThat(current.score()).isEqualTo("2.50");                  // 10 × (1 − 0.5)(1 − 0.5)
    assertThat(current.reduction()).isEqualByComparingTo("0.75");
    assertThat(current.controls()).containsExactly(ControlId.of("C-a"), ControlId.of("C-b"));
    assertThat(current.level().label()).isEqualTo("Low");           // nearest of 0, 2.5, 5, 7.5, 10
    TierScore residual = r1.residual().orElseThrow();
    assertThat(residual.score()).isEqualTo("1.75");                 // 2.50 × (1 − 0.6 × 0.5)
    assertThat(residual.controls()).containsExactly(ControlId.of("C-p"));
    AssessedRisk r2 = combined.find(RiskId.of("R-2")).orElseThrow();
    assertThat(r2.current().orElseThrow().score()).isEqualTo("10.00"); // no credit from R-1's controls
    RegisterAssessment strongest = RiskScoring.defaults().withReductionRule(ReductionRule.STRONGEST).assess(register, AS_OF);
    assertThat(strongest.find(RiskId.of("R-1")).orElseThrow().current().orElseThrow().score()).isEqualTo("5.00");
    assertThat(r1.explain()).contains("CURRENT: Low 2.50 = 10.00 × 0.25 (controls [C-a, C-b], reduction 0.75)");
  }

  @Test
  void directlyRatedTiersThatBreakTheInvariantAreReportedNotClamped() {
    OwaspRiskRating weighted = OwaspRiskRating.standard().withScorePolicy(OwaspRiskRating.ScorePolicy.PRODUCT)
        .withWeight(io.github.ctokit.core.risk.OwaspFactor.SKILL_LEVEL, new BigDecimal("20"));
    io.github.ctokit.core.risk.OwaspFactors inherent = io.github.ctokit.core.risk.OwaspFactors.builder()
        .threatAgent(1, 9, 9, 9).vulnerability(9, 9, 9, 9).technicalImpact(5, 5, 5, 5).build();
    io.github.ctokit.core.risk.OwaspFactors current = io.github.ctokit.core.risk.OwaspFactors.builder()
        .threatAgent(9, 1, 1, 1).vulnerability(1, 1, 1, 1).technicalImpact(5, 5, 5, 5).build();
    RiskRegister register = RiskRegister.builder()
        .addRisks(risk("R-1").inherent(inherent).current(current).build()).build();
    RegisterAssessment result = RiskScoring.defaults().withMethod(weighted).assess(register, AS_OF);
    AssessedRisk r = result.ranked().get(0);
    assertThat(r.current().orElseThrow().score()).isGreaterThan(r.inherent().orElseThrow().score());
    assertThat(result.violations().violations()).extracting(v -> v.path().toString(), Violation::code)
        .containsExactly(tuple("risks[0].current", "risk.current-score-above-inherent"));
  }

  @Test
  void appetiteWithinBreachAndNotRatedWithMargins() {
    RiskMatrix iso = RiskMatrix.iso27005FiveByFive();
    RiskAppetite appetite = RiskAppetite.builder().defaultLimit(AppetiteLimit.maxScore(5))
        .putLimit(StandardRiskCategory.PRIVACY, AppetiteLimit.maxLevel(iso.levels().level("Low")))
        .putLimit(StandardRiskCategory.VENDOR, AppetiteLimit.maxLevel(LevelScale.threeLevel().level(0)))
        .build();
    RiskRegister register = RiskRegister.builder()
        .addRisks(risk("R-hi").inherent(LikelihoodImpact.of(4, 4)).build())                     // 7.50 > 5
        .addRisks(risk("R-at").inherent(LikelihoodImpact.of(3, 3)).build())                     // 5.00 = 5
        .addRisks(risk("R-pr").category(StandardRiskCategory.PRIVACY).inherent(LikelihoodImpact.of(3, 3)).build())
        .addRisks(risk("R-vn").category(StandardRiskCategory.VENDOR).inherent(LikelihoodImpact.of(1, 1)).build())
        .addRisks(risk("R-no").build())
        .build();
    RegisterAssessment result = RiskScoring.using(iso).withAppetite(appetite).assess(register, AS_OF);
    assertThat(result.all()).extracting(r -> r.id().value(), r -> r.appetite().status(),
            r -> r.appetite().margin().map(BigDecimal::toPlainString).orElse("-"))
        .containsExactly(tuple("R-hi", AppetiteStatus.BREACH, "-2.50"), tuple("R-at", AppetiteStatus.WITHIN, "0.00"),
            tuple("R-pr", AppetiteStatus.BREACH, "-1"), tuple("R-vn", AppetiteStatus.NOT_RATED, "-"),
            tuple("R-no", AppetiteStatus.NOT_RATED, "-"));
    assertThat(result.breaches()).extracting(r -> r.id().value()).containsExactly("R-hi", "R-pr");
    assertThat(result.find(RiskId.of("R-hi")).orElseThrow().appetite().reason())
        .isEqualTo("CURRENT score 7.50 > limit 5 (margin -2.50)");
    assertThat(result.violations().warnings()).extracting(Violation::code)
        .containsExactly("risk.not-assessed", "appetite.scale-mismatch");
    assertThat(result.notRated()).extracting(r -> r.id().value()).containsExactly("R-no");
  }

  @Test
  void rankingIsByBasisThenInherentThenId() {
    RiskRegister register = RiskRegister.builder()
        .addControls(control("C-1", ControlStatus.IMPLEMENTED, 0.5, 1))
        .addRisks(risk("R-b").inherent(LikelihoodImpact.of(3, 3)).build())
        .addRisks(risk("R-a").inherent(LikelihoodImpact.of(3, 3)).build())
        .addRisks(risk("R-c").inherent(LikelihoodImpact.of(5, 5)).addControl(ControlId.of("C-1")).build())  // 10 → 5
        .addRisks(risk("R-d").inherent(NistRating.ofOverall(NistLevel.HIGH, NistLevel.HIGH)).build())      // 8
        .build();
    RegisterAssessment result = RiskScoring.defaults().assess(register, AS_OF);
    assertThat(result.ranked()).extracting(r -> r.id().value(), AssessedRisk::rank)
        .containsExactly(tuple("R-d", 1), tuple("R-c", 2), tuple("R-a", 3), tuple("R-b", 4));
    RegisterAssessment inherentBasis = RiskScoring.defaults().withBasis(Tier.INHERENT).assess(register, AS_OF);
    assertThat(inherentBasis.ranked()).extracting(r -> r.id().value()).containsExactly("R-c", "R-d", "R-a", "R-b");
  }

  @Test
  void heatMapCountsAndIdsPerCell() {
    RiskRegister register = RiskRegister.builder()
        .addRisks(risk("R-1").inherent(LikelihoodImpact.of(4, 5)).build())
        .addRisks(risk("R-2").inherent(LikelihoodImpact.of(4, 5)).build())
        .addRisks(risk("R-3").inherent(LikelihoodImpact.of(1, 2)).build())
        .addRisks(risk("R-4").inherent(DreadFactors.of(1, 1, 1, 1, 1)).build())
        .build();
    HeatMap map = RiskScoring.using(RiskMatrix.iso27005FiveByFive()).assess(register, AS_OF).heatMap().orElseThrow();
    assertThat(map.cell(3, 4).ids()).extracting(RiskId::value).containsExactly("R-1", "R-2");
    assertThat(map.cell(3, 4).level().label()).isEqualTo("Very high");
    assertThat(map.cell(0, 1).count()).isEqualTo(1);
    assertThat(map.total()).isEqualTo(3);
    assertThat(map.offGrid()).extracting(RiskId::value).containsExactly("R-4");
    assertThat(map.cells()).hasSize(25);
  }

  @Test
  void aMatrixOfOtherAxesScoresNothingUntilTheRegisterIsRemapped() {
    RiskRegister register = RiskRegister.builder()
        .addRisks(risk("R-1").inherent(LikelihoodImpact.of(4, 5)).residual(LikelihoodImpact.of(2, 5)).build())
        .addRisks(risk("R-2").inherent(LikelihoodImpact.of(1, 3)).build()).build();
    RegisterAssessment mismatch = RiskScoring.using(RiskMatrix.threeByThree()).assess(register, AS_OF);
    assertThat(mismatch.ranked()).isEmpty();
    assertThat(mismatch.violations().errors()).extracting(Violation::code).containsExactly("scoring.scale-mismatch");

    MatrixRemap.Result moved = MatrixRemap.remap(register, RiskMatrix.threeByThree(), MatrixRemap.Policy.proportional());
    assertThat(moved.changes()).extracting(Object::toString).containsExactly(
        "R-1 INHERENT likelihood 4, impact 5 → likelihood 3, impact 3",
        "R-1 RESIDUAL likelihood 2, impact 5 → likelihood 2, impact 3",
        "R-2 INHERENT likelihood 1, impact 3 → likelihood 1, impact 2");
    RegisterAssessment scored = RiskScoring.using(RiskMatrix.threeByThree()).assess(moved.register(), AS_OF);
    assertThat(scored.ranked()).extracting(r -> r.inherent().orElseThrow().level().label()).containsExactly("High", "Low");

    MatrixRemap.Result clamped = MatrixRemap.remap(register, RiskMatrix.threeByThree(), MatrixRemap.Policy.clamp());
    assertThat(clamped.changes().get(0).to()).isEqualTo(LikelihoodImpact.of(3, 3));
    assertThat(clamped.changes().get(2).to()).isEqualTo(LikelihoodImpact.of(1, 3));
    MatrixRemap.Result explicit = MatrixRemap.remap(register, RiskMatrix.threeByThree(),
        MatrixRemap.Policy.explicit(List.of(1, 1, 2, 3, 3), List.of(1, 2, 2, 3, 3)));
    assertThat(explicit.changes().get(2).to()).isEqualTo(LikelihoodImpact.of(1, 2));
    assertThat(explicit.describe()).startsWith("remapped to matrix.nist-800-30-2002-3x3 by explicit likelihood [1, 1, 2, 3, 3]");
    assertThatThrownBy(() -> MatrixRemap.remap(register, RiskMatrix.threeByThree(),
        MatrixRemap.Policy.explicit(List.of(1, 2, 3), List.of(1, 2, 3, 3, 3))))
        .hasMessage("likelihood map must have 5 ranks within [1, 3] (had 3 up to 3)");
  }

  @Test
  void unscorableInputsAreReportedAndLeftUnranked() {
    RiskRegister register = RiskRegister.builder()
        .addRisks(risk("R-1").inherent(DreadFactors.of(12, 1, 1, 1, 1)).build())
        .addRisks(risk("R-2").inherent(DreadFactors.of(2, 1, 1, 1, 1)).build()).build();
    RegisterAssessment result = RiskScoring.defaults().assess(register, AS_OF);
    assertThat(result.ranked()).extracting(r -> r.id().value()).containsExactly("R-2");
    assertThat(result.notRated()).extracting(r -> r.notRatedReason().orElseThrow())
        .containsExactly("inputs the method cannot score");
    assertThat(result.violations().errors()).extracting(v -> v.path().toString(), Violation::code).containsExactly(
        tuple("risks[0].inherent.damage", "risk.input-out-of-scale"),
        tuple("risks[0].inherent.damage", "dread.factor-out-of-range"));
    assertThat(result.find(RiskId.of("R-1")).orElseThrow().explain()).endsWith("not rated: inputs the method cannot score");
  }

  @Test
  void oneOffScoringAndConfiguration() {
    assertThat(RiskScoring.defaults().score(DreadFactors.of(7, 5, 9, 3, 6)).normalisedScore()).isEqualTo("6.00");
    assertThat(RiskScoring.defaults().methods()).extracting(RiskMethod::id)
        .containsExactly("matrix.iso27005-5x5", "owasp-rrm", "nist-800-30", "dread");
    assertThat(RiskScoring.using(RiskMatrix.nist80030()).methods()).extracting(RiskMethod::id)
        .containsExactly("matrix.nist-800-30-i2", "owasp-rrm", "nist-800-30", "dread");
    new com.google.common.testing.NullPointerTester()
        .setDefault(RiskMethod.class, Dread.standard())
        .setDefault(RiskRegister.class, RiskRegister.builder().build())
        .setDefault(RiskAppetite.class, RiskAppetite.of(AppetiteLimit.maxScore(5)))
        .setDefault(io.github.ctokit.core.risk.Assessment.class, DreadFactors.of(1, 1, 1, 1, 1))
        .testAllPublicInstanceMethods(RiskScoring.defaults());
  }
}

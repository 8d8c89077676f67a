package io.github.ctokit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RiskRegisterValidationTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  static Control control(String id, ControlStatus status) {
    return Control.builder().id(ControlId.of(id)).name("control " + id).type(ControlType.PREVENTIVE).status(status)
        .effectiveness(Probability.of(0.5)).coverage(Probability.of(0.8)).build();
  }

  static Asset asset(String id) {
    return Asset.builder().id(AssetId.of(id)).name("asset " + id).type(AssetType.APPLICATION).build();
  }

  static Acceptance acceptance(LocalDate expiry) {
    Acceptance.Builder b = Acceptance.builder().approver(RoleId.of("ROLE-cfo")).justification("budgeted")
        .acceptedOn(LocalDate.of(2027, 1, 1));
    return expiry == null ? b.build() : b.expiry(expiry).build();
  }

  static RiskRegister valid() {
    return RiskRegister.builder()
        .addAssets(asset("A-1"), asset("A-2"))
        .addControls(control("C-1", ControlStatus.IMPLEMENTED), control("C-2", ControlStatus.PLANNED))
        .addRisks(RiskModelTest.risk("R-1").addAsset(AssetId.of("A-1")).addControl(ControlId.of("C-1"))
            .inherent(LikelihoodImpact.of(4, 5)).residual(LikelihoodImpact.of(2, 5)).build())
        .addRisks(RiskModelTest.risk("R-2").addAsset(AssetId.of("A-2")).inherent(DreadFactors.of(7, 5, 9, 3, 6))
            .treatment(Treatment.accepted(acceptance(AS_OF))).build())
        .build();
  }

  @Test
  void aValidRegisterHasNoViolations() {
    assertThat(valid().validate(AS_OF).isEmpty()).isTrue();
  }

  @Test
  void everyPlantedProblemIsReportedAtOnceWithStableCodesAndPaths() {
    RiskRegister r = RiskRegister.builder().from(valid())
        .addControls(control("C-1", ControlStatus.PLANNED))                                  // controls[2] duplicate
        .addRisks(RiskModelTest.risk("R-1").inherent(LikelihoodImpact.of(6, 2)).build())     // risks[2] dup id, rank 6
        .addRisks(RiskModelTest.risk("R-4").addAsset(AssetId.of("A-9")).addControls(ControlId.of("C-2"),
            ControlId.of("C-7"), ControlId.of("C-2")).inherent(LikelihoodImpact.of(2, 2))
            .current(LikelihoodImpact.of(3, 2)).build())                                       // risks[3]
        .addRisks(RiskModelTest.risk("R-5").inherent(DreadFactors.of(11, 1, 1, 1, 1))
            .treatment(Treatment.of(TreatmentStrategy.ACCEPT)).build())                        // risks[4]
        .addRisks(RiskModelTest.risk("R-6").treatment(Treatment.accepted(acceptance(null)))
            .nextReview(LocalDate.of(2027, 2, 1)).build())                                     // risks[5]
        .addRisks(RiskModelTest.risk("R-7").inherent(LikelihoodImpact.of(1, 1))
            .residual(DreadFactors.of(1, 1, 1, 1, 1)).treatment(Treatment.accepted(acceptance(AS_OF.minusDays(1))))
            .build())                                                                          // risks[6]
        .build();
    ValidationResult found = r.validate(AS_OF);
    assertThat(found.violations()).extracting(v -> v.path().toString(), Violation::code, Violation::severity)
        .containsExactly(
            tuple("controls[2].id", "control.duplicate-id", Severity.ERROR),
            tuple("risks[2].id", "risk.duplicate-id", Severity.ERROR),
            tuple("risks[2].inherent.likelihood", "risk.input-out-of-scale", Severity.ERROR),
            tuple("risks[3].assets[0]", "risk.unknown-asset", Severity.ERROR),
            tuple("risks[3].controls[1]", "risk.unknown-control", Severity.ERROR),
            tuple("risks[3].controls[2]", "risk.duplicate-control", Severity.ERROR),
            tuple("risks[3].current", "risk.current-above-inherent", Severity.ERROR),
            tuple("risks[4].treatment.acceptance", "risk.acceptance-missing", Severity.ERROR),
            tuple("risks[4].inherent.damage", "risk.input-out-of-scale", Severity.ERROR),
            tuple("risks[5].treatment.acceptance.expiry", "risk.acceptance-no-expiry", Severity.ERROR),
            tuple("risks[5].inherent", "risk.not-assessed", Severity.WARNING),
            tuple("risks[5].nextReview", "risk.review-overdue", Severity.WARNING),
            tuple("risks[6].treatment.acceptance.expiry", "risk.acceptance-expired", Severity.ERROR),
            tuple("risks[6].residual", "risk.assessment-kind-mismatch", Severity.ERROR));
    assertThat(found.toString()).doesNotContain("Ransomware").doesNotContain("budgeted");
    ValidationException thrown = org.assertj.core.api.Assertions.catchThrowableOfType(found::orThrow,
        ValidationException.class);
    assertThat(thrown.violations()).hasSize(14);
  }

  @Test
  void ranksAreJudgedAgainstTheRegistersOwnScales() {
    RiskRegister threeLevels = RiskRegister.builder().likelihoodScale(LevelScale.threeLevel())
        .impactScale(LevelScale.threeLevel())
        .addRisks(RiskModelTest.risk("R-1").inherent(LikelihoodImpact.of(3, 4)).build()).build();
    assertThat(threeLevels.validate(AS_OF).errors()).extracting(Violation::message)
        .containsExactly("impact rank must be within [1, 3] of the register's impact scale (was 4, risk R-1)");
  }

  @Test
  void residualAboveInherentIsFoundAxisByAxis() {
    RiskRegister r = RiskRegister.builder().addRisks(RiskModelTest.risk("R-1")
        .inherent(NistRating.of(NistLevel.HIGH, NistLevel.HIGH, NistLevel.MODERATE))
        .residual(NistRating.of(NistLevel.HIGH, NistLevel.LOW, NistLevel.HIGH)).build()).build();
    assertThat(r.validate(AS_OF).errors()).extracting(Violation::code, Violation::message)
        .containsExactly(tuple("risk.residual-above-inherent",
            "residual must not rate any axis above inherent (impact is higher, risk R-1)"));
  }
}

package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.FailureDomain;
import io.github.ctokit.core.continuity.ImpactCurve;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.scoring.continuity.ContinuityAssessment;
import io.github.ctokit.scoring.continuity.ContinuityReport;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated plans are valid by construction and assess without error. */
class ContinuityArbitrariesProperties {

  @Property
  void generatedPlansValidateClean(@ForAll("plans") DrPlan plan) {
    ValidationResult result = DrPlan.validator().validate(plan);
    assertThat(result.isEmpty()).as(result.toString()).isTrue();
    assertThat(DrPlan.builder().from(plan).build()).isEqualTo(plan);
  }

  @Property(tries = 200)
  void generatedPlansAssessForEveryDisruption(@ForAll("plans") DrPlan plan, @ForAll("types") DisruptionType type) {
    ContinuityReport report = ContinuityAssessment.of(plan).assess(type, LocalDate.of(2027, 6, 30));
    assertThat(report.recoveries()).hasSize(plan.services().size());
    assertThat(report.readiness().value()).isBetween(0, 100);
    assertThat(report.cheapestFix()).isNotNull();
    assertThat(report.explain()).isNotBlank();
    for (var service : plan.services()) {
      report.availability(service.id()).ifPresent(a -> assertThat(a.value().value()).isBetween(0.0, 1.0));
      report.recovery(service.id()).achievable().ifPresent(d -> assertThat(d.isNegative()).isFalse());
      report.recovery(service.id()).recoveryPoint().ifPresent(d -> assertThat(d.isNegative()).isFalse());
    }
    for (var f : report.findings()) {
      assertThat(f.message()).isNotBlank();
      f.figures().values().forEach(v -> assertThat(v).isNotNull());
    }
  }

  @Property(tries = 100)
  void generatedPlansAssessForEveryFailureDomain(@ForAll("plans") DrPlan plan, @ForAll("domains") FailureDomain domain) {
    ContinuityAssessment engine = ContinuityAssessment.of(plan);
    ContinuityReport scoped = engine.assessOutage(domain, LocalDate.of(2027, 6, 30));
    ContinuityReport all = engine.assess(domain.type(), LocalDate.of(2027, 6, 30));
    for (var service : plan.services()) {
      var one = scoped.recovery(service.id()).achievable();
      var every = all.recovery(service.id()).achievable();
      if (one.isPresent() && every.isPresent()) {
        assertThat(one.get()).isLessThanOrEqualTo(every.get()); // hitting fewer services never slows anything
      }
    }
    assertThat(scoped.drillCoverage().percent()).isBetween(0, 100);
    assertThat(engine.assessEachOutage(domain.type(), LocalDate.of(2027, 6, 30)).reports())
        .allSatisfy(r -> assertThat(r.failureDomain()).isPresent());
  }

  @Property
  void samePlanForSameSizeAndSeed(@ForAll long seed) {
    assertThat(ContinuityArbitraries.plan(12, seed)).isEqualTo(ContinuityArbitraries.plan(12, seed));
  }

  @Property
  void impactCurvesHaveIncreasingPoints(@ForAll("curves") ImpactCurve curve) {
    assertThat(ImpactCurve.builder().from(curve).build()).isEqualTo(curve);
  }

  @Provide
  Arbitrary<DrPlan> plans() {
    return ContinuityArbitraries.drPlans(40);
  }

  @Provide
  Arbitrary<DisruptionType> types() {
    return ContinuityArbitraries.disruptionTypes();
  }

  @Provide
  Arbitrary<FailureDomain> domains() {
    return ContinuityArbitraries.failureDomains();
  }

  @Provide
  Arbitrary<ImpactCurve> curves() {
    return ContinuityArbitraries.impactCurves();
  }
}

package io.github.ctokit.scoring.continuity;

import static io.github.ctokit.scoring.continuity.Plans.h;
import static io.github.ctokit.scoring.continuity.Plans.id;
import static io.github.ctokit.scoring.continuity.Plans.min;
import static io.github.ctokit.scoring.continuity.Plans.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.DrStrategy;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.RunbookStep;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.Tier;
import io.github.ctokit.core.validation.ValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuityAssessmentTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  /** REFERENCES §6.4 illustrative example (derived, hours). */
  static DrPlan referenceExample() {
    return DrPlan.builder().addServices(
        service("idp", 1, 4).build(),
        service("ledger", 2, 2, "idp").build(),
        service("portal", 0.5, 8, "ledger", "idp").build(),
        service("index", 1, 4).build(),
        service("search", 0.25, 1, "index").build()).build();
  }

  @Test
  void referenceExampleAchievableTimesBreachesAndPaths() {
    ContinuityReport r = ContinuityAssessment.of(referenceExample()).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.recovery(id("idp")).achievable()).contains(h(1));
    assertThat(r.recovery(id("ledger")).achievable()).contains(h(3));
    assertThat(r.recovery(id("portal")).achievable()).contains(h(3.5));
    assertThat(r.recovery(id("index")).achievable()).contains(h(1));
    assertThat(r.recovery(id("search")).achievable()).contains(h(1.25));
    assertThat(r.criticalPath(id("portal"))).containsExactly(id("idp"), id("ledger"), id("portal"));

    List<Finding> breaches = r.breaches();
    assertThat(breaches).extracting(Finding::service).containsExactly(id("ledger"), id("search"));
    Finding ledger = breaches.get(0);
    assertThat(ledger.kind()).isEqualTo(FindingKind.RTO_BREACH);
    assertThat(ledger.path()).containsExactly(id("idp"), id("ledger"));
    assertThat(ledger.figures()).containsEntry("achievable", h(3)).containsEntry("rto", h(2)).containsEntry("excess", h(1));
    assertThat(ledger.rule()).isEqualTo("achievable ≤ rto");
    assertThat(ledger.message()).isEqualTo("achievable recovery 3h exceeds rto 2h by 1h; critical path idp → ledger");
    assertThat(breaches.get(1).figures()).containsEntry("excess", min(15));

    assertThat(r.findings(FindingKind.RTO_INVERSION)).extracting(Finding::service, Finding::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple(id("ledger"), List.of(id("idp"), id("ledger"))),
        org.assertj.core.groups.Tuple.tuple(id("search"), List.of(id("index"), id("search"))));
    // slack on the graph: ledger must be done by 2h, it is done at 3h; idp then by 0h
    assertThat(r.recovery(id("ledger")).slack()).contains(h(-1));
    assertThat(r.recovery(id("idp")).slack()).contains(h(-1));
    assertThat(r.recovery(id("portal")).slack()).contains(h(4.5));
  }

  @Test
  void referenceExampleFixReducesTheBreachingServicesThemselves() {
    ContinuityReport r = ContinuityAssessment.of(referenceExample()).assess(DisruptionType.REGION, AS_OF);
    RecoveryFix fix = r.cheapestFix();
    assertThat(fix.clearsAllBreaches()).isTrue();
    assertThat(fix.reductions()).extracting(Reduction::service, Reduction::from, Reduction::to).containsExactly(
        org.assertj.core.groups.Tuple.tuple(id("ledger"), h(2), h(1)),
        org.assertj.core.groups.Tuple.tuple(id("search"), h(0.25), h(0)));
    assertThat(fix.totalReduction()).isEqualTo(h(1.25));
    assertThat(fix.toString()).isEqualTo("2 reductions, total 1h 15m: ledger: 2h → 1h (−1h); search: 15m → 0s (−15m)");
  }

  @Test
  void diamondWaitsForTheLongerBranchAndCountsTheSharedDependencyOnce() {
    DrPlan plan = DrPlan.builder().addServices(
        service("db", 2, -1).build(),
        service("a", 1, -1, "db").build(),
        service("b", 3, -1, "db").build(),
        service("web", 0.5, 5, "a", "b").build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.recovery(id("web")).achievable()).contains(h(5.5));
    assertThat(r.criticalPath(id("web"))).containsExactly(id("db"), id("b"), id("web"));
    assertThat(r.breaches()).singleElement().satisfies(f -> assertThat(f.figures()).containsEntry("excess", h(0.5)));
    // slack: a may finish as late as 5 − 0.5 = 4.5h; it finishes at 3h
    assertThat(r.recovery(id("a")).slack()).contains(h(1.5));
    assertThat(r.recovery(id("b")).slack()).contains(h(-0.5));
    RecoveryFix fix = r.cheapestFix();
    // dependencies get their time back first (db 2h, a 1h, b 3h), so the 0.5h comes off web itself
    assertThat(fix.reductions()).extracting(Reduction::service, Reduction::by)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id("web"), h(0.5)));
  }

  @Test
  void parallelRunbookStepsTakeTheLongestOfTheirGroup() {
    Service s = Service.builder().id(id("orders")).tier(Tier.TIER_3).owner(Plans.OWNER)
        .addRunbook(RunbookStep.of("declare", min(10)))
        .addRunbook(RunbookStep.of("restore db", min(90)))
        .addRunbook(RunbookStep.of("rebuild app", min(40)).withParallelWithPrevious(true))
        .addRunbook(RunbookStep.of("smoke test", min(15)))
        .build();
    DrPlan plan = DrPlan.builder().addServices(s).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.ZONE, AS_OF);
    assertThat(r.recovery(id("orders")).ownRecovery()).contains(min(10 + 90 + 15));
  }

  @Test
  void unknownRecoveryStaysUnknownAndNamesItsCause() {
    Service noEstimate = Service.builder().id(id("legacy")).tier(Tier.TIER_3).owner(Plans.OWNER).build();
    DrPlan plan = DrPlan.builder().addServices(noEstimate, service("app", 1, 2, "legacy").build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.recovery(id("app")).achievable()).isEmpty();
    assertThat(r.recovery(id("app")).unknownBecause()).contains(id("legacy"));
    assertThat(r.recovery(id("app")).criticalPath()).isEmpty();
    assertThat(r.breaches()).isEmpty();
    assertThat(r.findings(FindingKind.RECOVERY_UNKNOWN)).singleElement()
        .satisfies(f -> assertThat(f.path()).containsExactly(id("legacy")));
    assertThat(r.readiness().components().get(0).met()).isZero();
  }

  @Test
  void invalidPlanIsRejectedWithEveryError() {
    DrPlan plan = DrPlan.builder().addServices(
        service("a", 1, -1, "b").build(), service("b", 1, -1, "a").build(), service("c", 1, -1, "zzz").build()).build();
    assertThatThrownBy(() -> ContinuityAssessment.of(plan)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("continuity.dependency-cycle").hasMessageContaining("continuity.unknown-service");
  }

  @Test
  void wrtConventionsDifferAsDocumented() {
    Service s = service("erp", 3, 4).targets(RecoveryTargets.builder().rto(h(4)).wrt(h(2)).mtpd(h(5)).build()).build();
    DrPlan plan = DrPlan.builder().addServices(s).build();
    ContinuityReport common = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    // RTO + WRT = 6h > MTPD 5h: the targets do not fit; achievable 3h + 2h = 5h ≤ 5h: no MTPD breach
    assertThat(common.breaches()).extracting(Finding::kind).containsExactly(FindingKind.TARGETS_EXCEED_MTPD);
    assertThat(common.recovery(id("erp")).deadline()).contains(h(3));
    ContinuityReport strict = ContinuityAssessment.of(plan).withWrtConvention(WrtConvention.RECOVERY_PLUS_WRT_WITHIN_RTO)
        .assess(DisruptionType.REGION, AS_OF);
    // 3h + 2h = 5h > RTO 4h
    assertThat(strict.breaches()).extracting(Finding::kind).containsExactly(FindingKind.RTO_BREACH);
    assertThat(strict.breaches().get(0).rule()).isEqualTo("achievable + wrt ≤ rto");
  }

  @Test
  void mtpdFlowsFromProcessesAndDependentsToEveryServiceTheyUse() {
    DrPlan plan = DrPlan.builder().addServices(
        service("db", 6, -1).build(), service("app", 1, -1, "db").build())
        .addProcesses(io.github.ctokit.core.continuity.BusinessProcess.builder()
            .id(io.github.ctokit.core.continuity.ProcessId.of("checkout")).tier(Tier.TIER_1).owner(Plans.OWNER)
            .targets(RecoveryTargets.builder().mtpd(h(4)).build()).addServices(id("app")).build())
        .build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.recovery(id("db")).mtpd()).contains(h(4));
    assertThat(r.breaches()).extracting(Finding::service, Finding::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple(id("db"), FindingKind.MTPD_BREACH),
        org.assertj.core.groups.Tuple.tuple(id("app"), FindingKind.MTPD_BREACH));
  }

  @Test
  void strategyOutsideItsTypicalRangeIsAWarning() {
    DrPlan plan = DrPlan.builder().addServices(
        service("pl", 5.0 / 60, -1).strategy(DrStrategy.PILOT_LIGHT).build(),
        service("br", 6, -1).strategy(DrStrategy.BACKUP_AND_RESTORE).build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.findings(FindingKind.STRATEGY_MISMATCH)).singleElement().satisfies(f -> {
      assertThat(f.service()).isEqualTo(id("pl"));
      assertThat(f.isBreach()).isFalse();
      assertThat(f.figures()).containsEntry("claimed", min(5)).containsEntry("typicalMinimum", min(10));
    });
  }

  @Test
  void tierInversionIsReported() {
    DrPlan plan = DrPlan.builder().addServices(
        service("reporting", 1, -1).tier(Tier.TIER_4).build(),
        service("pay", 1, 2, "reporting").tier(Tier.TIER_1)
            .targets(RecoveryTargets.builder().rto(h(2)).rpo(min(5)).build()).build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.findings(FindingKind.TIER_INVERSION)).singleElement()
        .satisfies(f -> assertThat(f.message()).isEqualTo("pay (TIER_1) depends on reporting (TIER_4)"));
  }

  @Test
  void nullsAreRejectedByName() {
    ContinuityAssessment a = ContinuityAssessment.of(referenceExample());
    assertThatThrownBy(() -> a.assess(null, AS_OF)).isInstanceOf(NullPointerException.class).hasMessage("disruption");
    assertThatThrownBy(() -> a.assess(DisruptionType.REGION, null)).isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> ContinuityAssessment.of(null)).isInstanceOf(NullPointerException.class).hasMessage("plan");
    assertThatThrownBy(() -> a.assess(DisruptionType.REGION, AS_OF).recovery(id("nope")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'nope'");
  }

  @Test
  void millionLongChainNeedsNoRecursion() {
    int n = 1_000_000;
    DrPlan.Builder b = DrPlan.builder();
    for (int i = 0; i < n; i++) {
      Service.Builder s = Service.builder().id(id("s" + i)).tier(Tier.TIER_3).owner(Plans.OWNER)
          .putRecoveryEstimate(DisruptionType.REGION, Duration.ofSeconds(1));
      if (i > 0) {
        s.addDependencies(Dependency.on(id("s" + (i - 1))));
      }
      b.addServices(s.build());
    }
    ContinuityReport r = ContinuityAssessment.of(b.build()).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.recovery(id("s" + (n - 1))).achievable()).contains(Duration.ofSeconds(n));
    assertThat(r.criticalPath(id("s" + (n - 1)))).hasSize(n);
  }
}

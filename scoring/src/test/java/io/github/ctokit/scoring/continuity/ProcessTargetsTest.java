package io.github.ctokit.scoring.continuity;

import static io.github.ctokit.scoring.continuity.Plans.h;
import static io.github.ctokit.scoring.continuity.Plans.id;
import static io.github.ctokit.scoring.continuity.Plans.min;
import static io.github.ctokit.scoring.continuity.Plans.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctokit.core.continuity.BackupPolicy;
import io.github.ctokit.core.continuity.BusinessProcess;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.Replication;
import io.github.ctokit.core.continuity.Tier;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A business process's RTO, RPO and MTPD bound every service in its dependency closure. */
class ProcessTargetsTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);
  static final ProcessId CHECKOUT = ProcessId.of("checkout");

  /** db (2h, daily backup) ← app (1h, own RTO 4h, replicated); checkout uses app: RTO 2h, RPO 5m, MTPD 2h30m. */
  static DrPlan plan(RecoveryTargets checkout) {
    return DrPlan.builder().addServices(
            service("db", 2, -1).addBackups(BackupPolicy.builder().frequency(h(24)).retention(Duration.ofDays(7)).build())
                .build(),
            service("app", 1, 4, "db").replication(Replication.asynchronous(Duration.ofMinutes(1))).build())
        .addProcesses(BusinessProcess.builder().id(CHECKOUT).tier(Tier.TIER_1).owner(Plans.OWNER).targets(checkout)
            .addServices(id("app")).build())
        .build();
  }

  @Test
  void processRtoRpoAndMtpdReachTheWholeClosureAndBreachesNameTheProcess() {
    DrPlan plan = plan(RecoveryTargets.builder().rto(h(2)).rpo(min(5)).mtpd(h(2.5)).build());
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    // app: 1h + db 2h = 3h; its own RTO 4h is met, checkout's 2h is not; db (2h) meets 2h exactly
    assertThat(r.recovery(id("app")).deadline()).contains(h(2));
    assertThat(r.recovery(id("db")).deadline()).contains(h(2));
    assertThat(r.breaches()).extracting(Finding::service, Finding::kind, Finding::process).containsExactly(
        tuple(id("db"), FindingKind.RPO_BREACH, Optional.of(CHECKOUT)),
        tuple(id("app"), FindingKind.RTO_BREACH, Optional.of(CHECKOUT)),
        tuple(id("app"), FindingKind.MTPD_BREACH, Optional.of(CHECKOUT)),
        // app's own RTO of 4h does not fit in checkout's MTPD
        tuple(id("app"), FindingKind.TARGETS_EXCEED_MTPD, Optional.of(CHECKOUT)));
    Finding rto = r.findings(FindingKind.RTO_BREACH).get(0);
    assertThat(rto.figures()).containsEntry("achievable", h(3)).containsEntry("rto", h(2)).containsEntry("excess", h(1));
    assertThat(rto.message()).isEqualTo("achievable recovery 3h exceeds rto 2h of process checkout by 1h; critical path db → app");
    // db's daily backup: 24h of data at risk against checkout's 5 minutes
    assertThat(r.findings(FindingKind.RPO_BREACH).get(0).message())
        .isEqualTo("achievable recovery point 1d exceeds rpo 5m of process checkout by 23h 55m");
    assertThat(r.findings(FindingKind.MTPD_BREACH).get(0).message())
        .isEqualTo("achievable recovery 3h + wrt 0s exceeds the effective mtpd 2h 30m of process checkout by 30m; "
            + "critical path db → app");
  }

  @Test
  void aServicesOwnTighterTargetIsReportedAsItsOwn() {
    DrPlan plan = plan(RecoveryTargets.builder().rto(h(5)).build());
    ContinuityReport r = ContinuityAssessment.of(plan.withServices(
        plan.services().get(0), plan.services().get(1).withTargets(RecoveryTargets.builder().rto(h(2.5)).build())))
        .assess(DisruptionType.REGION, AS_OF);
    assertThat(r.breaches()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(FindingKind.RTO_BREACH);
      assertThat(f.process()).isEmpty();
      assertThat(f.figures()).containsEntry("rto", h(2.5));
    });
  }

  @Test
  void processWrtCountsAgainstItsRtoUnderTheStrictConvention() {
    DrPlan plan = plan(RecoveryTargets.builder().rto(h(3.5)).wrt(h(1)).build());
    ContinuityReport common = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(common.findings(FindingKind.RTO_BREACH)).isEmpty();
    ContinuityReport strict = ContinuityAssessment.of(plan).withWrtConvention(WrtConvention.RECOVERY_PLUS_WRT_WITHIN_RTO)
        .assess(DisruptionType.REGION, AS_OF);
    // 3h + 1h > 3h30m
    assertThat(strict.findings(FindingKind.RTO_BREACH)).singleElement().satisfies(f -> {
      assertThat(f.process()).contains(CHECKOUT);
      assertThat(f.figures()).containsEntry("wrt", h(1)).containsEntry("excess", h(0.5));
    });
  }

  @Test
  void theFixHonoursProcessDeadlines() {
    DrPlan plan = plan(RecoveryTargets.builder().rto(h(2)).build());
    RecoveryFix fix = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF).cheapestFix();
    assertThat(fix.totalReduction()).isEqualTo(h(1));
    assertThat(fix.clearsAllBreaches()).isTrue();
  }
}

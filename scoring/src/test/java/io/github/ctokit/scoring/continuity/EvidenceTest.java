package io.github.ctokit.scoring.continuity;

import static io.github.ctokit.scoring.continuity.Plans.h;
import static io.github.ctokit.scoring.continuity.Plans.id;
import static io.github.ctokit.scoring.continuity.Plans.min;
import static io.github.ctokit.scoring.continuity.Plans.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.continuity.BackupCopy;
import io.github.ctokit.core.continuity.BackupPolicy;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.DrillRecord;
import io.github.ctokit.core.continuity.DrillResult;
import io.github.ctokit.core.continuity.DrillType;
import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.RemediationItem;
import io.github.ctokit.core.continuity.MediaType;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.Replication;
import io.github.ctokit.core.continuity.Tier;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** Recovery points, 3-2-1-1-0, drill freshness and the readiness score. */
class EvidenceTest {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  static BackupPolicy hourly(BackupCopy... copies) {
    return BackupPolicy.builder().frequency(h(1)).jobDuration(min(10)).retention(Duration.ofDays(30)).addCopies(copies).build();
  }

  @Test
  void recoveryPointTakesTheBestMechanismThenTheWorstCoupledDependency() {
    DrPlan plan = DrPlan.builder().addServices(
        service("ledger", 1, -1).addBackups(hourly()).build(),
        service("orders", 1, -1).replication(Replication.asynchronous(Duration.ofSeconds(30))).addBackups(hourly())
            .addDependencies(Dependency.coupled(id("ledger")))
            .targets(RecoveryTargets.builder().rpo(min(15)).build()).build(),
        service("cache", 1, -1).replication(Replication.synchronous())
            .addDependencies(Dependency.on(id("ledger"))).build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.recovery(id("ledger")).recoveryPoint()).contains(min(70));
    assertThat(r.recovery(id("orders")).recoveryPoint()).contains(min(70)); // coupled: no better than the ledger
    assertThat(r.recovery(id("cache")).recoveryPoint()).contains(Duration.ZERO); // not coupled
    assertThat(r.findings(FindingKind.RPO_BREACH)).singleElement().satisfies(f -> {
      assertThat(f.path()).containsExactly(id("ledger"), id("orders"));
      assertThat(f.figures()).containsEntry("recoveryPoint", min(70)).containsEntry("rpo", min(15)).containsEntry("excess", min(55));
    });
  }

  @Test
  void threeTwoOneOneZeroClauseByClause() {
    BackupCopy local = BackupCopy.builder().media(MediaType.DISK).lastVerifiedRestore(AS_OF.minusDays(10)).build();
    BackupCopy tape = BackupCopy.builder().media(MediaType.TAPE).offSite(true).airGapped(true)
        .lastVerifiedRestore(AS_OF.minusDays(20)).build();
    BackupCopy vault = BackupCopy.builder().media(MediaType.OBJECT_STORAGE).offSite(true).immutable(true)
        .lastVerifiedRestore(AS_OF.minusDays(200)).build();
    DrPlan plan = DrPlan.builder().addServices(service("db", 1, -1)
        .addBackups(hourly(local, tape, vault), hourly(local, local), hourly()).build()).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    BackupRuleCheck full = r.backupChecks().get(0);
    assertThat(full.threeCopies()).isTrue();
    assertThat(full.twoMedia()).isTrue();
    assertThat(full.oneOffSite()).isTrue();
    assertThat(full.oneImmutableOrOffline()).isTrue();
    assertThat(full.zeroErrors()).isFalse(); // the vault copy was verified 200 days ago, window 90
    assertThat(full.failedClauses()).containsExactly("0 errors");
    assertThat(r.backupChecks().get(1).failedClauses()).containsExactly("3 copies", "2 media", "1 off-site", "1 immutable or offline");
    assertThat(r.backupChecks().get(2).failedClauses()).containsExactly("3 copies", "2 media", "1 off-site", "1 immutable or offline", "0 errors");
    ContinuityReport wide = ContinuityAssessment.of(plan).withRestoreVerificationWindow(Period.ofDays(365))
        .assess(DisruptionType.REGION, AS_OF);
    assertThat(wide.backupChecks().get(0).passed()).isTrue();
    assertThat(r.findings(FindingKind.BACKUP_RULE_FAILED)).hasSize(3);
  }

  @Test
  void drillFreshnessPerTier() {
    DrPlan plan = DrPlan.builder().addServices(
        service("t1", 1, -1).tier(Tier.TIER_1).targets(RecoveryTargets.builder().rto(h(2)).rpo(min(5)).build()).build(),
        service("t3", 1, -1).build(),
        service("never", 1, -1).build(),
        service("slow", 1, -1).targets(RecoveryTargets.builder().rto(h(1)).build()).build())
        .addDrills(drill("t1", AS_OF.minusDays(31), true), drill("t3", AS_OF.minusDays(31), true),
            drill("t3", AS_OF.minusDays(400), false), drill("never", AS_OF.minusDays(1), true, DisruptionType.ZONE),
            drill("slow", AS_OF, true).withResults(DrillResult.builder().service(id("slow"))
                .achievedRecoveryTime(min(61)).passed(true).build()))
        .build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.drills()).extracting(DrillEvidence::status).containsExactly(
        DrillStatus.STALE, DrillStatus.PASSED, DrillStatus.NEVER_DRILLED, DrillStatus.MISSED_TARGET);
    assertThat(r.drills().get(0).freshUntil()).contains(AS_OF.minusDays(1));
    assertThat(r.drills().get(0).daysUntilStale()).isEqualTo(-1);
    assertThat(r.drills().get(1).daysUntilStale()).isEqualTo(365 - 31);
    // on the last fresh day a drill is still fresh
    ContinuityReport edge = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF.minusDays(1));
    assertThat(edge.drills().get(0).status()).isEqualTo(DrillStatus.PASSED);
    assertThat(edge.drills().get(0).daysUntilStale()).isZero();
    ContinuityReport longer = ContinuityAssessment.of(plan).withDrillValidity(Tier.TIER_1, Period.ofDays(60))
        .assess(DisruptionType.REGION, AS_OF);
    assertThat(longer.drills().get(0).status()).isEqualTo(DrillStatus.PASSED);
  }

  @Test
  void drillRecordsCarryTypeScopeResultsRemediationAndEvidenceAndCoverageIsReported() {
    // one parallel test of a region loss covering two of three critical services, raising two items
    DrillRecord parallel = DrillRecord.builder().scenario("eu-west-1 lost").type(DrillType.PARALLEL)
        .date(AS_OF.minusDays(10)).disruption(DisruptionType.REGION)
        .addResults(DrillResult.builder().service(id("db")).achievedRecoveryTime(min(50)).achievedRecoveryPoint(min(4))
                .passed(true).build(),
            DrillResult.builder().service(id("api")).achievedRecoveryTime(min(95)).passed(true).build())
        .addRemediation(RemediationItem.builder().title("script the replica promotion").due(AS_OF.minusDays(3)).build(),
            RemediationItem.builder().title("shorten DNS TTL").due(AS_OF.minusDays(5)).closed(AS_OF.minusDays(6)).build(),
            RemediationItem.builder().title("automate cache warm-up").due(AS_OF.plusDays(20)).build())
        .addEvidence("DR-REPORT-2027-03", "JIRA:DR-118").build();
    // a tabletop of web does not count as recovery evidence by default
    DrillRecord tabletop = DrillRecord.builder().type(DrillType.TABLETOP).date(AS_OF.minusDays(2))
        .disruption(DisruptionType.REGION).addResults(DrillResult.builder().service(id("web")).passed(true).build()).build();
    RecoveryTargets t = RecoveryTargets.builder().rto(h(1)).rpo(min(5)).build();
    DrPlan plan = DrPlan.builder().addServices(
            service("db", 1, -1).tier(Tier.TIER_1).targets(t).build(),
            service("api", 1, -1, "db").tier(Tier.TIER_1).targets(t).build(),
            service("web", 1, -1, "api").tier(Tier.TIER_2).targets(t).build(),
            service("batch", 1, -1).build())
        .addProcesses(io.github.ctokit.core.continuity.BusinessProcess.builder().id(ProcessId.of("orders"))
                .tier(Tier.TIER_1).owner(Plans.OWNER).addServices(id("api")).build(),
            io.github.ctokit.core.continuity.BusinessProcess.builder().id(ProcessId.of("shop"))
                .tier(Tier.TIER_1).owner(Plans.OWNER).addServices(id("web")).build())
        .addDrills(parallel, tabletop).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    assertThat(r.drills()).extracting(DrillEvidence::status).containsExactly(
        DrillStatus.PASSED, DrillStatus.MISSED_TARGET, DrillStatus.NEVER_DRILLED, DrillStatus.NEVER_DRILLED);
    assertThat(r.drills().get(1).result().orElseThrow().achievedRecoveryTime()).contains(min(95));
    assertThat(r.drills().get(0).latest().orElseThrow().scope()).containsExactly(id("db"), id("api"));
    DrillCoverage c = r.drillCoverage();
    assertThat(c.critical()).isEqualTo(3);
    assertThat(c.tested()).isEqualTo(2);
    assertThat(c.percent()).isEqualTo(67); // round(2 / 3 · 100)
    assertThat(c.neverTested()).containsExactly(id("web"));
    assertThat(c.overdueRemediation()).singleElement().satisfies(o -> {
      assertThat(o.daysOverdue()).isEqualTo(3);
      assertThat(o).hasToString("script the replica promotion: due 2027-03-28, 3 days overdue (drill of 2027-03-21)");
    });
    // orders: api and db fresh; shop: web is not (ALL_FRESH), but under ANY_FRESH one fresh service suffices
    assertThat(c.drilledProcesses()).containsExactly(ProcessId.of("orders"));
    assertThat(c.undrilledProcesses()).containsExactly(ProcessId.of("shop"));
    assertThat(ContinuityAssessment.of(plan).withDrillFreshness(DrillFreshness.ANY_FRESH)
        .assess(DisruptionType.REGION, AS_OF).drillCoverage().drilledProcesses())
        .containsExactly(ProcessId.of("orders"), ProcessId.of("shop"));
    // counting tabletops as evidence
    ContinuityReport any = ContinuityAssessment.of(plan).withMinimumDrillType(DrillType.TABLETOP)
        .assess(DisruptionType.REGION, AS_OF);
    assertThat(any.drills().get(2).status()).isEqualTo(DrillStatus.PASSED);
    assertThat(any.drillCoverage().percent()).isEqualTo(100);
  }

  @Test
  void readinessPointsRoundToWholeNumbersAsDocumented() {
    // AWS Resilience Hub style: 2 of 3 with weight 20 → 13.33 → 13; coverage (10 + 5) / 20 = 75 %
    assertThat(ReadinessScore.points(2, 3, 20, RoundingMode.HALF_UP)).isEqualTo(13);
    assertThat(ReadinessScore.points(10 + 5, 20, 100, RoundingMode.HALF_UP)).isEqualTo(75);
    // CISO Assistant: 1 of 8 → 12.5 % → 12 (half-even) vs 13 (half-up); total 0 → 0
    assertThat(ReadinessScore.points(1, 8, 100, RoundingMode.HALF_EVEN)).isEqualTo(12);
    assertThat(ReadinessScore.points(1, 8, 100, RoundingMode.HALF_UP)).isEqualTo(13);
    assertThat(ReadinessScore.points(0, 0, 100, RoundingMode.HALF_UP)).isZero();
  }

  @Test
  void readinessScoreShowsItsComponents() {
    DrPlan plan = DrPlan.builder().addServices(
        service("a", 1, 2).addBackups(hourly()).build(),
        service("b", 3, 2).build(),
        service("c", 1, 2).build())
        .addDrills(drill("a", AS_OF, true)).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, AS_OF);
    ReadinessScore s = r.readiness();
    assertThat(s.components()).extracting(ReadinessComponent::name, ReadinessComponent::met, ReadinessComponent::total,
        ReadinessComponent::points).containsExactly(
            org.assertj.core.groups.Tuple.tuple("recovery time", 2, 3, 17),
            org.assertj.core.groups.Tuple.tuple("recovery point", 0, 0, 0),
            org.assertj.core.groups.Tuple.tuple("drills", 1, 3, 8),
            org.assertj.core.groups.Tuple.tuple("backups", 0, 1, 0));
    assertThat(s.value()).isEqualTo(25);
    assertThat(s.components().get(0).percent()).isEqualByComparingTo("66.67");
    assertThat(ContinuityAssessment.of(plan).withScoreRounding(RoundingMode.DOWN)
        .assess(DisruptionType.REGION, AS_OF).readiness().value()).isEqualTo(16 + 8); // 16.67 → 16, 8.33 → 8
  }

  @Test
  void extremeDatesSaturateInsteadOfThrowing() {
    DrPlan plan = DrPlan.builder().addServices(service("a", 1, -1)
        .addBackups(hourly(BackupCopy.builder().media(MediaType.DISK).lastVerifiedRestore(LocalDate.MIN).build())).build())
        .addDrills(drill("a", LocalDate.MAX, true)).build();
    ContinuityReport r = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, LocalDate.MAX);
    assertThat(r.drills().get(0).status()).isEqualTo(DrillStatus.PASSED);
    assertThat(r.drills().get(0).freshUntil()).contains(LocalDate.MAX);
    ContinuityReport early = ContinuityAssessment.of(plan).assess(DisruptionType.REGION, LocalDate.MIN);
    assertThat(early.drills().get(0).status()).isEqualTo(DrillStatus.NEVER_DRILLED);
    assertThat(early.backupChecks().get(0).zeroErrors()).isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ContinuityAssessment.of(plan).withDrillValidity(Tier.TIER_1, Period.ofYears(101)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("validity must have non-negative parts and be at most 100 years and 36525 days (was P101Y)");
  }

  static DrillRecord drill(String service, LocalDate date, boolean passed) {
    return drill(service, date, passed, DisruptionType.REGION);
  }

  static DrillRecord drill(String service, LocalDate date, boolean passed, DisruptionType type) {
    return DrillRecord.builder().type(DrillType.FULL_INTERRUPTION).date(date).disruption(type)
        .addResults(DrillResult.builder().service(id(service)).passed(passed).build()).build();
  }
}

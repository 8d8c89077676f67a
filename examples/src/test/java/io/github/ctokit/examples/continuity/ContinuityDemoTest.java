package io.github.ctokit.examples.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.scoring.continuity.ContinuityAssessment;
import io.github.ctokit.scoring.continuity.ContinuityReport;
import io.github.ctokit.scoring.continuity.Finding;
import io.github.ctokit.scoring.continuity.FindingKind;
import io.github.ctokit.scoring.continuity.RecoveryFix;
import io.github.ctokit.scoring.continuity.Reduction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the DR demo and checks its figures against hand computation. */
class ContinuityDemoTest {

  private static String output;
  private static ContinuityReport report;

  @BeforeAll
  static void run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ContinuityDemo().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
    report = ContinuityDemo.report();
  }

  @Test
  void achievableRecoveryFollowsTheLongestChain() {
    // orders-db runbook: max(25, 10) + 15 = 40 min; payments 45 + max(identity 30 + dns 5, orders-db 40) = 85 min
    assertThat(report.recovery(ContinuityDemo.ORDERS_DB).achievable()).contains(Duration.ofMinutes(40));
    assertThat(report.recovery(ContinuityDemo.PAYMENTS).achievable()).contains(Duration.ofMinutes(85));
    // web 10 + search (240 + 40) = 290 min
    assertThat(report.recovery(ContinuityDemo.WEB).achievable()).contains(Duration.ofMinutes(290));
    assertThat(report.criticalPath(ContinuityDemo.WEB))
        .containsExactly(ContinuityDemo.ORDERS_DB, ContinuityDemo.SEARCH, ContinuityDemo.WEB);
    assertThat(output).contains("web        own 10m      achievable 4h50m    rto 2h     slack -2h50m    path orders-db → search → web");
  }

  @Test
  void breachesAreExplained() {
    assertThat(report.breaches()).extracting(Finding::kind).containsExactly(
        FindingKind.RPO_BREACH, FindingKind.RTO_BREACH, FindingKind.RPO_BREACH, FindingKind.RTO_BREACH, FindingKind.MTPD_BREACH,
        FindingKind.RTO_BREACH, FindingKind.MTPD_BREACH);
    assertThat(output)
        .contains("REGION disruption as of 2027-03-31: 7 services, 7 breaches, 11 warnings; readiness 42/100")
        .contains("RTO_BREACH payments: achievable recovery 1h 25m exceeds rto 1h by 25m; critical path orders-db → payments")
        .contains("RPO_BREACH payments: achievable recovery point 2m exceeds rpo 1m by 1m; set by coupled dependency orders-db")
        // checkout's MTPD of 4h reaches web; 4h50m + WRT 30m = 5h20m
        .contains("MTPD_BREACH web: achievable recovery 4h 50m + wrt 30m exceeds the effective mtpd 4h of process checkout by 1h 20m");
  }

  @Test
  void availabilityCountsSharedServicesOnce() {
    double ordersDb = 1 - Math.pow(1 - .9995, 2);                           // 1 of 2
    double web = 3 * Math.pow(.9999, 2) * (1 - .9999) + Math.pow(.9999, 3); // 2 of 3
    double expected = web * 1.0 * .9999 * .9995 * .999 * ordersDb;          // dns, identity, payments, search
    assertThat(report.availability(ContinuityDemo.WEB).orElseThrow().value().value()).isCloseTo(expected, within(1e-12));
    assertThat(output).contains("(6 services, each counted once, independent failures): 99.8400 %")
        .contains("objective 99.9 % allows 8h45m36s per year");
  }

  @Test
  void evidenceIsJudgedAsOfTheDate() {
    assertThat(output)
        .contains("identity   STALE, fresh until 2027-02-19")
        .contains("payments   FAILED, fresh until 2027-04-19")
        .contains("orders-db backups[0]: 3-2-1-1-0 fails 0 errors") // the tape copy was verified 131 days ago
        .contains("Readiness 42/100 (recovery time 4/7 → 14/25, recovery point 4/6 → 17/25, drills 3/7 → 11/25, backups 0/2 → 0/25)");
  }

  @Test
  void theCheapestFixClearsEveryTimeBreach() {
    RecoveryFix fix = report.cheapestFix();
    assertThat(output).contains("Cheapest fix (exact minimum total): " + fix);
    // the LP optimum, checked by hand in ADR 0103; the old two-order heuristic's forward order gave 3h 15m
    assertThat(fix.exact()).isTrue();
    assertThat(fix.totalReduction()).isEqualTo(Duration.ofMinutes(190));
    DrPlan plan = ContinuityDemo.plan();
    List<Service> services = new ArrayList<>(plan.services());
    for (Reduction r : fix.reductions()) {
      for (int i = 0; i < services.size(); i++) {
        if (services.get(i).id().equals(r.service())) {
          services.set(i, services.get(i).withRecoveryEstimates(Map.of(DisruptionType.REGION, r.to())));
        }
      }
    }
    ContinuityReport after = ContinuityAssessment.of(plan.withServices(services))
        .assess(DisruptionType.REGION, ContinuityDemo.AS_OF);
    assertThat(after.breaches()).extracting(Finding::kind).containsExactly(FindingKind.RPO_BREACH, FindingKind.RPO_BREACH);
  }

  @Test
  void aReindexFloorMakesTheWebRtoUnreachable() {
    // web waits for search (≥ 3h with the floor) behind orders-db: 3h > its 2h RTO whatever else is cut
    RecoveryFix weighted = report.cheapestFix(ContinuityDemo.TERMS);
    assertThat(weighted.exact()).isTrue();
    assertThat(weighted.unclearable()).containsExactly(ContinuityDemo.WEB);
    assertThat(output).contains("(exact minimum cost): " + weighted);
  }

  @Test
  void processTargetsReachTheOrdersDatabase() {
    assertThat(report.findings(FindingKind.RPO_BREACH).get(0).process()).contains(ContinuityDemo.SETTLEMENT);
    assertThat(output).contains("RPO_BREACH orders-db (process card-settlement): achievable recovery point 2m exceeds rpo 1m"
        + " of process card-settlement by 1m");
  }

  @Test
  void eachZoneOutageHitsOnlyItsServices() {
    // eu-west-1b holds search and reporting; web is regional but waits for search: 3h > 2h
    assertThat(output)
        .contains("ZONE eu-west-1a: 2 of 7 services hit, 2 breaches, longest recovery 55m (worst)")
        .contains("ZONE eu-west-1b: 2 of 7 services hit, 1 breach, longest recovery 3h")
        .contains("zone drills: 2 of 6 critical services tested in window (33 %), never tested [dns, identity, search, web]")
        .contains("overdue: script the connection-string cut-over: due 2027-03-20, 11 days overdue (drill of 2027-03-05)");
  }
}

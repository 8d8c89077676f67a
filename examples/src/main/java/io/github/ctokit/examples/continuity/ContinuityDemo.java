package io.github.ctokit.examples.continuity;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.continuity.BackupCopy;
import io.github.ctokit.core.continuity.BackupPolicy;
import io.github.ctokit.core.continuity.BusinessProcess;
import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DisruptionType;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.DrStrategy;
import io.github.ctokit.core.continuity.DrillRecord;
import io.github.ctokit.core.continuity.DrillResult;
import io.github.ctokit.core.continuity.DrillType;
import io.github.ctokit.core.continuity.MediaType;
import io.github.ctokit.core.continuity.Placement;
import io.github.ctokit.core.continuity.ProcessId;
import io.github.ctokit.core.continuity.RecoveryTargets;
import io.github.ctokit.core.continuity.RemediationItem;
import io.github.ctokit.core.continuity.Replication;
import io.github.ctokit.core.continuity.RunbookStep;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import io.github.ctokit.core.continuity.Tier;
import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.continuity.Availability;
import io.github.ctokit.scoring.continuity.BackupRuleCheck;
import io.github.ctokit.scoring.continuity.CompositeAvailability;
import io.github.ctokit.scoring.continuity.ContinuityAssessment;
import io.github.ctokit.scoring.continuity.ContinuityReport;
import io.github.ctokit.scoring.continuity.DrillCoverage;
import io.github.ctokit.scoring.continuity.DrillEvidence;
import io.github.ctokit.scoring.continuity.FailureDomainAssessment;
import io.github.ctokit.scoring.continuity.Finding;
import io.github.ctokit.scoring.continuity.OverdueRemediation;
import io.github.ctokit.scoring.continuity.RecoveryFix;
import io.github.ctokit.scoring.continuity.ReductionTerms;
import io.github.ctokit.scoring.continuity.ServiceRecovery;
import io.github.ctokit.scoring.continuity.UnplacedServices;
import java.io.PrintStream;
import java.time.Duration;
import java.time.LocalDate;

/**
 * An e-commerce platform's DR plan assessed for the loss of a region: DNS, identity, payments,
 * the orders database, search, the web front end and reporting. Every figure printed is computed:
 * achievable recovery along the dependency graph, breaches with their critical paths, the
 * recovery point of consistency-coupled data, composite availability with shared services counted
 * once, drill and backup evidence, the exact minimum reductions that would clear every breach
 * (plain and weighted), process targets flowing to every service a process needs, and the loss of
 * each availability zone in turn.
 */
public final class ContinuityDemo implements DemoSection {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  static final ServiceId DNS = ServiceId.of("dns");
  static final ServiceId IDENTITY = ServiceId.of("identity");
  static final ServiceId ORDERS_DB = ServiceId.of("orders-db");
  static final ServiceId PAYMENTS = ServiceId.of("payments");
  static final ServiceId SEARCH = ServiceId.of("search");
  static final ServiceId WEB = ServiceId.of("web");
  static final ServiceId REPORTING = ServiceId.of("reporting");
  static final ProcessId SETTLEMENT = ProcessId.of("card-settlement");
  static final String REGION = "eu-west-1";

  private static final RoleId SRE = RoleId.of("ROLE-sre-lead");
  private static final RoleId DBA = RoleId.of("ROLE-dba-lead");
  private static final RoleId COMMERCE = RoleId.of("ROLE-head-of-commerce");

  /**
   * Returns the platform's DR plan.
   *
   * @return the plan
   */
  public static DrPlan plan() {
    BackupCopy local = BackupCopy.builder().media(MediaType.DISK).lastVerifiedRestore(LocalDate.of(2027, 3, 2)).build();
    BackupCopy vault = BackupCopy.builder().media(MediaType.OBJECT_STORAGE).offSite(true).immutable(true)
        .lastVerifiedRestore(LocalDate.of(2027, 3, 2)).build();
    BackupCopy tape = BackupCopy.builder().media(MediaType.TAPE).offSite(true).airGapped(true)
        .lastVerifiedRestore(LocalDate.of(2026, 11, 20)).build();
    Service dns = Service.builder().id(DNS).tier(Tier.TIER_1).owner(SRE).strategy(DrStrategy.ACTIVE_ACTIVE)
        .targets(targets(Duration.ofMinutes(15), Duration.ZERO))
        .putRecoveryEstimate(DisruptionType.REGION, Duration.ofMinutes(5))
        .replication(Replication.synchronous()).availability(Probability.of(1.0)).build();
    Service identity = Service.builder().id(IDENTITY).tier(Tier.TIER_1).owner(SRE).strategy(DrStrategy.WARM_STANDBY)
        .targets(targets(Duration.ofHours(1), Duration.ofMinutes(5)))
        .putRecoveryEstimate(DisruptionType.REGION, Duration.ofMinutes(30))
        .putRecoveryEstimate(DisruptionType.ZONE, Duration.ofMinutes(10))
        .placement(Placement.builder().region(REGION).build())
        .addDependencies(Dependency.on(DNS))
        .replication(Replication.asynchronous(Duration.ofSeconds(30))).availability(Probability.of(.9999)).build();
    Service ordersDb = Service.builder().id(ORDERS_DB).tier(Tier.TIER_1).owner(DBA).strategy(DrStrategy.PILOT_LIGHT)
        .placement(Placement.builder().region(REGION).zone("eu-west-1a").build())
        .targets(targets(Duration.ofHours(1), Duration.ofMinutes(5)))
        .addRunbook(RunbookStep.of("promote the cross-region replica", Duration.ofMinutes(25)),
            RunbookStep.of("re-point connection strings", Duration.ofMinutes(10)).withParallelWithPrevious(true),
            RunbookStep.of("verify row counts and checksums", Duration.ofMinutes(15)))
        .replication(Replication.asynchronous(Duration.ofMinutes(2)))
        .addBackups(BackupPolicy.builder().frequency(Duration.ofHours(24)).jobDuration(Duration.ofMinutes(40))
            .retention(Duration.ofDays(35)).addCopies(local, vault, tape).build())
        .availability(Probability.of(.9995)).instances(2).required(1).build();
    Service payments = Service.builder().id(PAYMENTS).tier(Tier.TIER_1).owner(COMMERCE).strategy(DrStrategy.WARM_STANDBY)
        .targets(targets(Duration.ofHours(1), Duration.ofMinutes(1)))
        .putRecoveryEstimate(DisruptionType.REGION, Duration.ofMinutes(45))
        .putRecoveryEstimate(DisruptionType.ZONE, Duration.ofMinutes(15))
        .placement(Placement.builder().region(REGION).zone("eu-west-1a").build())
        .addDependencies(Dependency.on(IDENTITY), Dependency.coupled(ORDERS_DB))
        .replication(Replication.synchronous()).availability(Probability.of(.9995)).build();
    Service search = Service.builder().id(SEARCH).tier(Tier.TIER_2).owner(SRE).strategy(DrStrategy.BACKUP_AND_RESTORE)
        .targets(targets(Duration.ofHours(4), Duration.ofHours(24)))
        .putRecoveryEstimate(DisruptionType.REGION, Duration.ofHours(4))
        .putRecoveryEstimate(DisruptionType.ZONE, Duration.ofHours(3))
        .placement(Placement.builder().region(REGION).zone("eu-west-1b").build())
        .addDependencies(Dependency.on(ORDERS_DB))
        .addBackups(BackupPolicy.builder().frequency(Duration.ofHours(24)).retention(Duration.ofDays(7))
            .addCopies(local).build())
        .availability(Probability.of(.999)).build();
    Service web = Service.builder().id(WEB).tier(Tier.TIER_1).owner(COMMERCE).strategy(DrStrategy.ACTIVE_ACTIVE)
        .targets(RecoveryTargets.builder().rto(Duration.ofHours(2)).rpo(Duration.ZERO).wrt(Duration.ofMinutes(30)).build())
        .putRecoveryEstimate(DisruptionType.REGION, Duration.ofMinutes(10))
        .putRecoveryEstimate(DisruptionType.ZONE, Duration.ofMinutes(5))
        .placement(Placement.builder().region(REGION).build())
        .addDependencies(Dependency.on(DNS), Dependency.on(IDENTITY), Dependency.on(PAYMENTS), Dependency.on(SEARCH))
        .replication(Replication.synchronous())
        .availability(Probability.of(.9999)).instances(3).required(2).availabilityTarget(Probability.of(.999)).build();
    Service reporting = Service.builder().id(REPORTING).tier(Tier.TIER_3).owner(DBA).strategy(DrStrategy.BACKUP_AND_RESTORE)
        .targets(RecoveryTargets.builder().rto(Duration.ofHours(24)).build())
        .putRecoveryEstimate(DisruptionType.REGION, Duration.ofHours(8))
        .putRecoveryEstimate(DisruptionType.ZONE, Duration.ofHours(2))
        .placement(Placement.builder().region(REGION).zone("eu-west-1b").build())
        .addDependencies(Dependency.coupled(ORDERS_DB)).build();
    BusinessProcess checkout = BusinessProcess.builder().id(ProcessId.of("checkout")).tier(Tier.TIER_1).owner(COMMERCE)
        .targets(RecoveryTargets.builder().mtpd(Duration.ofHours(4)).build()).addServices(WEB).build();
    // settling card payments tolerates 90 minutes down but only one minute of lost data,
    // and that bounds everything payments needs, the orders database included
    BusinessProcess settlement = BusinessProcess.builder().id(SETTLEMENT).tier(Tier.TIER_1).owner(COMMERCE)
        .targets(RecoveryTargets.builder().rto(Duration.ofMinutes(90)).rpo(Duration.ofMinutes(1)).mtpd(Duration.ofHours(8))
            .build())
        .addServices(PAYMENTS).build();
    return DrPlan.builder()
        .addServices(dns, identity, ordersDb, payments, search, web, reporting)
        .addProcesses(checkout, settlement)
        .addDrills(
            drill(DNS, LocalDate.of(2027, 3, 10), Duration.ofMinutes(4), true),
            drill(IDENTITY, LocalDate.of(2027, 1, 20), Duration.ofMinutes(28), true),
            drill(ORDERS_DB, LocalDate.of(2027, 3, 15), Duration.ofMinutes(52), true),
            drill(PAYMENTS, LocalDate.of(2027, 3, 20), Duration.ofMinutes(95), false),
            drill(WEB, LocalDate.of(2027, 3, 20), Duration.ofMinutes(12), true),
            zoneDrill())
        .build();
  }

  /** A full-interruption test of losing zone eu-west-1a, with what it measured and what it raised. */
  private static DrillRecord zoneDrill() {
    return DrillRecord.builder().scenario("eu-west-1a lost").type(DrillType.FULL_INTERRUPTION)
        .date(LocalDate.of(2027, 3, 5)).disruption(DisruptionType.ZONE)
        .addResults(DrillResult.builder().service(ORDERS_DB).achievedRecoveryTime(Duration.ofMinutes(38))
                .achievedRecoveryPoint(Duration.ofMinutes(1)).passed(true).build(),
            DrillResult.builder().service(PAYMENTS).achievedRecoveryTime(Duration.ofMinutes(57)).passed(true).build())
        .addRemediation(
            RemediationItem.builder().title("script the connection-string cut-over").due(LocalDate.of(2027, 3, 20))
                .owner(DBA).build(),
            RemediationItem.builder().title("alarm on replica lag above 60 s").due(LocalDate.of(2027, 4, 15))
                .owner(SRE).build())
        .addEvidence("DR-2027-03-05-report", "JIRA:DR-212")
        .build();
  }

  private static RecoveryTargets targets(Duration rto, Duration rpo) {
    return RecoveryTargets.builder().rto(rto).rpo(rpo).build();
  }

  private static DrillRecord drill(ServiceId service, LocalDate date, Duration achieved, boolean passed) {
    return DrillRecord.builder().type(DrillType.PARALLEL).date(date).disruption(DisruptionType.REGION)
        .addResults(DrillResult.builder().service(service).achievedRecoveryTime(achieved).passed(passed).build()).build();
  }

  /**
   * Assesses the plan for the loss of a region on {@link #AS_OF}.
   *
   * @return the report
   */
  public static ContinuityReport report() {
    return ContinuityAssessment.of(plan()).assess(DisruptionType.REGION, AS_OF);
  }

  @Override
  public String title() {
    return "Disaster recovery: an e-commerce platform loses a region";
  }

  @Override
  public void run(PrintStream out) {
    ContinuityReport report = report();
    out.println(report.explain().lines().findFirst().orElse(""));
    out.println();
    out.println("Achievable recovery (own time + the longest chain it waits for):");
    for (ServiceRecovery r : report.recoveries()) {
      out.println("  " + pad(r.service().value(), 10) + " own " + pad(text(r.ownRecovery().orElseThrow()), 8)
          + " achievable " + pad(text(r.achievable().orElseThrow()), 8)
          + " rto " + pad(r.rto().map(ContinuityDemo::text).orElse("-"), 6)
          + " slack " + pad(r.slack().map(ContinuityDemo::text).orElse("-"), 9)
          + " path " + String.join(" → ", r.criticalPath().stream().map(ServiceId::value).toList()));
    }
    out.println();
    out.println("Breaches:");
    for (Finding f : report.breaches()) {
      out.println("  " + f.kind() + " " + f.service() + ": " + f.message());
    }
    out.println();
    out.println("Warnings:");
    for (Finding f : report.findings()) {
      if (!f.isBreach()) {
        out.println("  " + f.kind() + " " + f.service() + ": " + f.message());
      }
    }
    out.println();
    CompositeAvailability web = report.availability(WEB).orElseThrow();
    out.println("Availability of web with everything it needs (" + web.factors().size()
        + " services, each counted once, independent failures): " + Availability.percent(web.value(), 4) + " %");
    out.println("  expected downtime " + text(web.downtimePerYear()) + " per year, " + text(web.downtimePerMonth())
        + " per month; objective " + Availability.percent(web.target().orElseThrow(), 1) + " % allows "
        + text(web.errorBudgetPerYear().orElseThrow()) + " per year ("
        + web.budgetConsumed().orElseThrow().toPlainString() + " of the budget)");
    out.println();
    out.println("3-2-1-1-0:");
    for (BackupRuleCheck b : report.backupChecks()) {
      out.println("  " + b);
    }
    out.println();
    out.println("Drills (REGION), as of " + AS_OF + ":");
    for (DrillEvidence d : report.drills()) {
      out.println("  " + pad(d.service().value(), 10) + " " + d.status()
          + d.freshUntil().map(f -> ", fresh until " + f).orElse(""));
    }
    out.println();
    out.println("Readiness " + report.readiness());
    out.println();
    RecoveryFix fix = report.cheapestFix();
    out.println("Cheapest fix (" + (fix.exact() ? "exact minimum total" : "heuristic") + "): " + fix);
    RecoveryFix weighted = report.cheapestFix(TERMS);
    out.println("With a search reindex that never takes under 3h and DBA minutes at 3x ("
        + (weighted.exact() ? "exact minimum cost" : "heuristic") + "): " + weighted);
    out.println();
    out.println("Process targets reach every service the process needs:");
    for (Finding f : report.breaches()) {
      f.process().ifPresent(p -> out.println("  " + f.kind() + " " + f.service() + " (process " + p + "): " + f.message()));
    }
    out.println();
    FailureDomainAssessment zones = ContinuityAssessment.of(plan()).withUnplacedServices(UnplacedServices.SPARED)
        .assessEachOutage(DisruptionType.ZONE, AS_OF);
    out.println("Losing one zone at a time (services without a zone are regional and survive):");
    zones.explain().lines().forEach(l -> out.println("  " + l));
    ContinuityReport worst = zones.worst().orElseThrow();
    out.println("  worst, " + worst.failureDomain().orElseThrow().name() + ":");
    for (Finding f : worst.breaches()) {
      out.println("    " + f.kind() + " " + f.service() + ": " + f.message());
    }
    DrillCoverage coverage = worst.drillCoverage();
    out.println("  zone drills: " + coverage.tested() + " of " + coverage.critical() + " critical services tested in window ("
        + coverage.percent() + " %), never tested " + coverage.neverTested());
    for (OverdueRemediation o : coverage.overdueRemediation()) {
      out.println("  overdue: " + o);
    }
  }

  /** The what-if terms of the demo: a search reindex takes at least 3 hours; a DBA minute costs three. */
  static final ReductionTerms TERMS = ReductionTerms.uniform()
      .withFloor(SEARCH, Duration.ofHours(3)).withCostPerMinute(ORDERS_DB, 3);

  private static String text(Duration d) {
    if (d.isNegative()) {
      return "-" + text(d.negated());
    }
    long hours = d.toHours();
    long minutes = d.toMinutesPart();
    long seconds = d.toSecondsPart();
    StringBuilder sb = new StringBuilder();
    if (hours > 0) {
      sb.append(hours).append('h');
      if (minutes > 0 || seconds > 0) {
        sb.append(String.format(java.util.Locale.ROOT, "%02dm", minutes));
      }
    } else {
      sb.append(minutes).append('m');
    }
    if (seconds > 0) {
      sb.append(String.format(java.util.Locale.ROOT, "%02ds", seconds));
    }
    return sb.toString();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }
}

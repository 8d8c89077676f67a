package io.github.ctokit.examples.okr;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.kpi.AchievementCurve;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.kpi.Perspective;
import io.github.ctokit.core.kpi.Scorecard;
import io.github.ctokit.core.kpi.ScorecardEntry;
import io.github.ctokit.core.kpi.Tolerance;
import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.Commitment;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.ObjectiveLevel;
import io.github.ctokit.core.okr.OkrCycle;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.okr.OkrTable;
import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.kpi.KpiEvaluation;
import io.github.ctokit.scoring.kpi.KpiScoring;
import io.github.ctokit.scoring.kpi.ScorecardResult;
import io.github.ctokit.scoring.okr.Grade;
import io.github.ctokit.scoring.okr.OkrEvaluation;
import io.github.ctokit.scoring.okr.OkrRollup;
import io.github.ctokit.scoring.okr.OkrStatus;
import io.github.ctokit.scoring.okr.RollupPolicy;
import io.github.ctokit.scoring.okr.StatusOverride;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.threeten.extra.YearQuarter;

/**
 * OKRs and KPIs at work: a company → engineering → platform / product graph for Q1 2027 with a
 * quarter of weekly check-ins, the weekly status report in mid-February, a what-if, the
 * end-of-quarter grades under Google's grading, and the engineering KPI scorecard (DORA-style).
 * Owners report a confidence with their check-ins from week 4; the product lead overrides a status
 * in the weekly review; the scorecard shows its balanced-scorecard perspectives.
 */
public final class OkrDemo implements DemoSection {

  static final OkrCycle Q1 = OkrCycle.of(YearQuarter.of(2027, 1));
  static final LocalDate WEEKLY_REPORT = LocalDate.of(2027, 2, 19);
  static final LocalDate QUARTER_END = LocalDate.of(2027, 4, 1);

  static final ObjectiveId COMPANY = ObjectiveId.of("O-company");
  static final ObjectiveId ENGINEERING = ObjectiveId.of("O-engineering");
  static final ObjectiveId PLATFORM = ObjectiveId.of("O-platform");
  static final ObjectiveId PRODUCT = ObjectiveId.of("O-product");

  static final KpiId DEPLOYS = KpiId.of("KPI-deploys-per-week");
  static final KpiId LEAD_TIME = KpiId.of("KPI-lead-time-hours");
  static final KpiId CFR = KpiId.of("KPI-change-failure-rate");
  static final KpiId RESTORE = KpiId.of("KPI-restore-hours");

  /** Weekly check-in dates: the Fridays of Q1 2027 (weeks 0 to 11; week 12 is April 2, after the quarter). */
  static LocalDate friday(int week) {
    return LocalDate.of(2027, 1, 8).plusWeeks(week);
  }

  static KeyResult metric(String id, KeyResultKind kind, String unit, double start, double target, double... weekly) {
    KeyResult.Builder b = KeyResult.builder().id(KeyResultId.of(id)).title(id).kind(kind).unit(unit).start(start).target(target);
    for (int w = 0; w < weekly.length; w++) {
      b.addCheckIns(CheckIn.of(friday(w), weekly[w]));
    }
    return b.build();
  }

  /**
   * Owners started giving a confidence (0–1) with their check-ins in week 4; one value per week
   * from then on.
   */
  static KeyResult confident(KeyResult kr, double... fromWeek4) {
    List<CheckIn> checkIns = new java.util.ArrayList<>(kr.checkIns());
    for (int i = 0; i < fromWeek4.length && 4 + i < checkIns.size(); i++) {
      checkIns.set(4 + i, checkIns.get(4 + i).withConfidence(Probability.of(fromWeek4[i])));
    }
    return kr.withCheckIns(checkIns);
  }

  static OkrGraph graph() {
    Objective company = Objective.builder().id(COMPANY).title("Win the mid-market").ownerRole(RoleId.of("ROLE-ceo"))
        .level(ObjectiveLevel.COMPANY).commitment(Commitment.ASPIRATIONAL).cycle(Q1)
        .addKeyResults(metric("KR-net-revenue-retention", KeyResultKind.INCREASE, "%", 104, 112,
            104, 104.5, 105, 105, 106, 106.5, 107, 107.5, 108, 108, 108.5, 109))
        .build();
    Objective engineering = Objective.builder().id(ENGINEERING).title("Ship faster, safely").ownerRole(RoleId.of("ROLE-cto"))
        .level(ObjectiveLevel.DEPARTMENT).commitment(Commitment.ASPIRATIONAL).cycle(Q1)
        .addKeyResults(KeyResult.builder().id(KeyResultId.of("KR-deploys")).title("deploys").kind(KeyResultKind.INCREASE)
            .unit("deploys/week").start(4).target(12).measuredBy(DEPLOYS).build())
        .addParents(Alignment.to(COMPANY, 2))
        .build();
    Objective platform = Objective.builder().id(PLATFORM).title("A platform teams love").ownerTeam(TeamId.of("team-platform"))
        .level(ObjectiveLevel.TEAM).commitment(Commitment.COMMITTED).cycle(Q1)
        .addKeyResults(
            confident(metric("KR-p95-latency", KeyResultKind.DECREASE, "ms", 340, 200,
                338, 330, 325, 310, 300, 290, 270, 262, 250, 240, 236, 228), 0.6, 0.6, 0.7, 0.7, 0.8, 0.8, 0.8, 0.9),
            confident(metric("KR-self-service-envs", KeyResultKind.INCREASE, "environments", 0, 20,
                0, 1, 2, 4, 5, 7, 9, 10, 12, 14, 15, 17), 0.5, 0.5, 0.6, 0.6, 0.7, 0.7, 0.7, 0.8),
            KeyResult.builder().id(KeyResultId.of("KR-postgres-16")).title("migration").kind(KeyResultKind.MILESTONE)
                .addCheckIns(CheckIn.of(friday(0), 0), CheckIn.of(friday(10), 1)).build())
        .addParents(Alignment.to(ENGINEERING, 3))
        .build();
    Objective product = Objective.builder().id(PRODUCT).title("Onboarding that converts").ownerTeam(TeamId.of("team-product"))
        .level(ObjectiveLevel.TEAM).commitment(Commitment.ASPIRATIONAL).cycle(Q1)
        .addKeyResults(
            confident(metric("KR-activation", KeyResultKind.INCREASE, "%", 30, 45,
                30, 30.5, 31, 32, 33, 33.5, 35, 36, 36.5, 37, 38, 39), 0.5, 0.4, 0.4, 0.3, 0.3, 0.3, 0.3, 0.3),
            metric("KR-checkout-conversion", KeyResultKind.MAINTAIN_ABOVE, "%", 0, 3.0,
                3.1, 3.2, 2.9, 3.1, 3.0, 3.3, 3.2, 2.8, 3.1, 3.4, 3.2, 3.3))
        .addParents(Alignment.to(ENGINEERING, 2), Alignment.to(COMPANY, 1))
        .build();
    return OkrGraph.builder().addObjectives(company, engineering, platform, product)
        .addAllKpis(kpis()).addAllKpiSeries(kpiSeries()).build();
  }

  static List<KpiDefinition> kpis() {
    return List.of(
        KpiDefinition.builder().id(DEPLOYS).name("Deployment frequency").unit("deploys/week")
            .direction(Direction.HIGHER_IS_BETTER).target(12).green(Tolerance.relative(0.1)).amber(Tolerance.relative(0.4)).build(),
        KpiDefinition.builder().id(LEAD_TIME).name("Lead time for changes").unit("hours")
            .direction(Direction.LOWER_IS_BETTER).target(24).green(Tolerance.absolute(4)).amber(Tolerance.absolute(24)).build(),
        KpiDefinition.builder().id(CFR).name("Change failure rate").unit("ratio")
            .direction(Direction.LOWER_IS_BETTER).target(0.10).amber(Tolerance.absolute(0.05)).hysteresis(0.01).build(),
        KpiDefinition.builder().id(RESTORE).name("Failed deployment recovery time").unit("hours")
            .direction(Direction.LOWER_IS_BETTER).target(1).amber(Tolerance.absolute(3)).build());
  }

  static List<KpiSeries> kpiSeries() {
    return List.of(
        weekly(DEPLOYS, 4, 5, 5, 6, 7, 7, 8, 9, 9, 10, 10, 11, 11),
        weekly(LEAD_TIME, 60, 58, 52, 50, 46, 44, 40, 38, 36, 33, 31, 30, 29),
        weekly(CFR, 0.18, 0.16, 0.15, 0.14, 0.15, 0.13, 0.12, 0.11, 0.12, 0.11, 0.10, 0.11, 0.105),
        weekly(RESTORE, 6, 5.5, 5, 5, 4.5, 4, 4, 3.5, 3, 3, 2.5, 2.5, 2));
  }

  private static KpiSeries weekly(KpiId id, double... values) {
    KpiSeries.Builder b = KpiSeries.builder(id);
    for (int w = 0; w < values.length; w++) {
      b.add(friday(w), values[w]);
    }
    return b.build();
  }

  /**
   * The engineering scorecard. Its DORA KPIs cover two balanced-scorecard perspectives only: speed
   * is internal process, failures and recovery are what customers feel.
   */
  static Scorecard scorecard() {
    return Scorecard.builder().name("Engineering Q1 2027").addEntries(
        ScorecardEntry.builder().kpi(DEPLOYS).weight(2).curve(AchievementCurve.of(6, 12, 18))
            .perspective(Perspective.INTERNAL_PROCESS).build(),
        ScorecardEntry.builder().kpi(LEAD_TIME).weight(2).curve(AchievementCurve.of(48, 24, 12))
            .perspective(Perspective.INTERNAL_PROCESS).build(),
        ScorecardEntry.builder().kpi(CFR).weight(1).curve(AchievementCurve.of(0.2, 0.1, 0.05))
            .perspective(Perspective.CUSTOMER).build(),
        ScorecardEntry.builder().kpi(RESTORE).weight(1).curve(AchievementCurve.of(8, 1, 0.5))
            .perspective(Perspective.CUSTOMER).build()).build();
  }

  @Override
  public String title() {
    return "OKRs and KPIs: a quarter of engineering objectives, computed";
  }

  @Override
  public void run(PrintStream out) {
    OkrGraph graph = graph();
    RollupPolicy weekly = RollupPolicy.defaults().withStaleAfterDays(14);
    OkrEvaluation report = OkrRollup.using(weekly).evaluate(graph, WEEKLY_REPORT);
    out.printf(Locale.ROOT, "Weekly status report, %s (%s policy, %.0f %% of the quarter elapsed):%n", WEEKLY_REPORT,
        weekly.name(), 100 * report.expected(COMPANY));
    out.printf(Locale.ROOT, "  %-14s %8s %8s %8s %10s  %s%n", "objective", "progress", "expected", "forecast", "confidence",
        "status");
    for (ObjectiveId id : List.of(COMPANY, ENGINEERING, PLATFORM, PRODUCT)) {
      out.printf(Locale.ROOT, "  %-14s %8s %8s %8s %10s  %s%s%n", id, pct(report.progress(id)),
          pct(OptionalDouble.of(report.expected(id))), pct(report.forecast(id)), pct(report.confidence(id)), report.status(id),
          report.isStale(id) ? " (stale)" : "");
    }
    out.println();
    out.println("Why engineering is where it is:");
    report.explain(ENGINEERING).text().lines().forEach(line -> out.println("  " + line));

    OkrEvaluation whatIf = report.withCheckIn(KeyResultId.of("KR-p95-latency"), CheckIn.of(WEEKLY_REPORT, 250));
    out.println();
    out.printf(Locale.ROOT, "What if p95 latency reached 250 ms today? platform %s → %s, engineering %s → %s.%n",
        pct(report.progress(PLATFORM)), pct(whatIf.progress(PLATFORM)), pct(report.progress(ENGINEERING)), pct(whatIf.progress(ENGINEERING)));

    // An HR or ERP import of a whole company hands ctokit columns instead of an object per row.
    OkrTable table = OkrTable.of(graph);
    OkrEvaluation bulk = OkrRollup.using(weekly).evaluate(table, WEEKLY_REPORT);
    boolean same = report.objectiveIds().stream().allMatch(id -> bulk.explain(id).text().equals(report.explain(id).text()));
    out.printf(Locale.ROOT, "Bulk import: the same graph as %s gives the same report (company %s, %s; every explanation"
        + " equal: %s).%n", table, pct(bulk.progress(COMPANY)), bulk.status(COMPANY), same ? "yes" : "no");

    // The product lead knows something the numbers do not show yet, and says so in the weekly review.
    StatusOverride manual = StatusOverride.of(PRODUCT, OkrStatus.AT_RISK, RoleId.of("ROLE-head-of-product"), WEEKLY_REPORT,
        "activation experiments paused for the pricing launch");
    OkrEvaluation overridden = OkrRollup.using(weekly).withStatusOverrides(List.of(manual)).evaluate(graph, WEEKLY_REPORT);
    out.println();
    out.printf(Locale.ROOT, "Manual status override: %s says %s (computed %s); rolled up: engineering %s, company %s.%n",
        manual.author(), overridden.ownStatus(PRODUCT), overridden.computedStatus(PRODUCT), overridden.status(ENGINEERING),
        overridden.status(COMPANY));
    out.println("  " + overridden.explain(PRODUCT));
    OkrEvaluation nextWeek = OkrRollup.using(weekly).withStatusOverrides(List.of(manual))
        .evaluate(graph, WEEKLY_REPORT.plusWeeks(1));
    out.printf(Locale.ROOT, "  A week later a new check-in drops it (ServiceNow's rule): product %s, override %s.%n",
        nextWeek.ownStatus(PRODUCT), nextWeek.statusOverride(PRODUCT).isPresent() ? "kept" : "dropped");

    OkrEvaluation grades = OkrRollup.using(RollupPolicy.googleGrading()).evaluate(graph, QUARTER_END);
    out.println();
    out.printf(Locale.ROOT, "End-of-quarter grades (Google 0.0–1.0, as of %s):%n", QUARTER_END);
    for (ObjectiveId id : List.of(COMPANY, ENGINEERING, PLATFORM, PRODUCT)) {
      Grade g = grades.grade(id).orElseThrow();
      String note = grades.missedCommitment(id) ? "  committed and missed: postmortem"
          : grades.containsMissedCommitment(id) ? "  contains a missed commitment" : "";
      out.printf(Locale.ROOT, "  %-14s %s %-6s %s%s%n", id, g.value().toPlainString(), g.colour(), grades.status(id), note);
    }

    out.println();
    LocalDate kpiDay = LocalDate.of(2027, 3, 31);
    out.printf(Locale.ROOT, "Engineering KPIs as of %s:%n", kpiDay);
    KpiScoring kpiScoring = KpiScoring.standard().withTrendWindowDays(28).withStaleAfterDays(14);
    List<KpiSeries> series = graph.kpiSeries();
    for (KpiDefinition kpi : graph.kpis()) {
      KpiEvaluation e = kpiScoring.evaluate(kpi, graph.seriesOf(kpi.id()).orElseThrow(), kpiDay);
      out.println("  " + e.explanation());
    }
    ScorecardResult card = kpiScoring.score(scorecard(), series, kpiDay);
    out.printf(Locale.ROOT, "Scorecard: %s%n", card.explanation());
    ScorecardResult balanced = kpiScoring.score(scorecard().withPerspectiveWeights(
        Map.of(Perspective.CUSTOMER, 1.0, Perspective.INTERNAL_PROCESS, 1.0)), series, kpiDay);
    out.printf(Locale.ROOT, "Balanced (customer and internal process weighed 1:1; financial and learning and growth are not"
        + " engineering KPIs here): %s%n", balanced.explanation());
  }

  private static String pct(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.1f %%", 100 * value.getAsDouble()) : "n/a";
  }
}

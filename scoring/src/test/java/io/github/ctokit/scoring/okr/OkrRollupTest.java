package io.github.ctokit.scoring.okr;

import static io.github.ctokit.scoring.okr.Okrs.END;
import static io.github.ctokit.scoring.okr.Okrs.JAN_10;
import static io.github.ctokit.scoring.okr.Okrs.at;
import static io.github.ctokit.scoring.okr.Okrs.kid;
import static io.github.ctokit.scoring.okr.Okrs.metric;
import static io.github.ctokit.scoring.okr.Okrs.objective;
import static io.github.ctokit.scoring.okr.Okrs.oid;
import static io.github.ctokit.scoring.okr.Okrs.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.Commitment;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.OkrCycle;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.validation.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OkrRollupTest {

  static OkrEvaluation eval(RollupPolicy policy, LocalDate asOf, Objective... objectives) {
    return OkrRollup.using(policy).evaluate(OkrGraph.builder().addObjectives(objectives).build(), asOf);
  }

  static double krProgress(RollupPolicy policy, double start, double target, double current) {
    return eval(policy, END, objective("O", List.of(metric("K", start, target, current)))).progress(kid("K")).orElseThrow();
  }

  /** puzzle/okr common.spec.ts (baseline, stretch, value) → percent. */
  @ParameterizedTest
  @CsvSource({"0,100,20,0.2", "100,0,20,0.8", "500,400,460,0.4", "100,10,110,0", "0,100,-10,0"})
  void puzzleOkrProgress(double b, double s, double v, double expected) {
    assertThat(krProgress(RollupPolicy.puzzleOkr(), b, s, v)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void puzzleOkrKeepsOvershoot() {
    assertThat(krProgress(RollupPolicy.puzzleOkr(), 0, 100, 130)).isEqualTo(1.3);
  }

  /** operately target.ex (derived): (from, to, value) → percent. */
  @ParameterizedTest
  @CsvSource({"0,100,120,1", "0,100,-5,0", "100,0,25,0.75", "100,0,-1,1"})
  void operatelyProgress(double from, double to, double v, double expected) {
    assertThat(krProgress(RollupPolicy.operately(), from, to, v)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void startEqualsTargetRules() {
    KeyResult flat = metric("K", 10, 10, 1, CheckIn.of(JAN_10, 12));
    assertThat(eval(RollupPolicy.operately(), END, objective("O", List.of(flat))).progress(kid("K"))).hasValue(0);
    assertThat(eval(RollupPolicy.defaults().withStartEqualsTarget(StartEqualsTarget.ONE_IF_MET), END,
        objective("O", List.of(flat))).progress(kid("K"))).hasValue(1);
    assertThatThrownBy(() -> eval(RollupPolicy.defaults().withStartEqualsTarget(StartEqualsTarget.ERROR), END,
        objective("O", List.of(flat))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("okr.start-equals-target");
    // BurningOKR KeyResultProgressHelperTest: start = current = target = 10 → 0
    KeyResult burning = metric("B", 10, 10, 1, CheckIn.of(JAN_10, 10));
    assertThat(eval(RollupPolicy.burningOkr(), END, objective("O", List.of(burning))).progress(kid("B"))).hasValue(0);
  }

  @Test
  void perdooMeanAndNegativeFlooredOnlyInRollup() {
    OkrEvaluation a = eval(RollupPolicy.perdoo(), END, objective("A", List.of(at("K1", 1), at("K2", 0), at("K3", 0))));
    assertThat(a.progress(oid("A")).orElseThrow()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(a.grade(oid("A")).orElseThrow().value()).isEqualByComparingTo("0.33");
    OkrEvaluation b = eval(RollupPolicy.perdoo(), END, objective("B", List.of(at("K1", -0.2), at("K2", 1))));
    assertThat(b.progress(kid("K1")).orElseThrow()).isCloseTo(-0.2, within(1e-15));
    assertThat(b.progress(oid("B"))).hasValue(0.5);
  }

  @Test
  void latticeWeightsAndMetric() {
    OkrEvaluation e = eval(RollupPolicy.lattice(), END, objective("A", List.of(
        metric("K1", 0, 100, 0, CheckIn.of(JAN_10, 100)), metric("K2", 0, 100, 50, CheckIn.of(JAN_10, 0)),
        metric("K3", 0, 100, 50, CheckIn.of(JAN_10, 0)))));
    assertThat(e.progress(oid("A"))).hasValue(0);
    assertThat(krProgress(RollupPolicy.lattice(), 0, 1800, 300)).isCloseTo(1.0 / 6, within(1e-15));
    RollupPolicy wholePercent = RollupPolicy.lattice().withGradeScale(2);
    OkrEvaluation shown = eval(wholePercent, END, objective("L", List.of(metric("M", 0, 1800, 300))));
    assertThat(shown.grade(kid("M")).orElseThrow().value()).isEqualByComparingTo("0.17");
  }

  /** Quantive: three children with KRs (33,58,100), (85,100,50), (0,6,13); parent 49. */
  @Test
  void quantiveParentFromChildren() {
    Objective[] graph = {
        objective("P", List.of()),
        objective("C1", List.of(at("a1", .33), at("a2", .58), at("a3", 1)), to("P")),
        objective("C2", List.of(at("b1", .85), at("b2", 1), at("b3", .50)), to("P")),
        objective("C3", List.of(at("c1", 0), at("c2", .06), at("c3", .13)), to("P"))};
    OkrEvaluation exact = eval(RollupPolicy.quantive(), END, graph);
    assertThat(exact.grade(oid("C1")).orElseThrow().value()).isEqualByComparingTo("0.64");
    assertThat(exact.grade(oid("C2")).orElseThrow().value()).isEqualByComparingTo("0.78");
    assertThat(exact.grade(oid("C3")).orElseThrow().value()).isEqualByComparingTo("0.06");
    assertThat(exact.progress(oid("P")).orElseThrow()).isCloseTo(0.49444, within(1e-5));
    assertThat(exact.grade(oid("P")).orElseThrow().value()).isEqualByComparingTo("0.49");
    OkrEvaluation rounded = eval(RollupPolicy.quantive().withRoundBeforeRollup(true), END, graph);
    assertThat(rounded.progress(oid("C1"))).hasValue(0.64);
    assertThat(rounded.progress(oid("P"))).hasValue(0.49);
    assertThat(exact.explain(oid("P")).text()).startsWith(
        "P 0.4944 = mean(C1 0.6367, C2 0.7833, C3 0.0633)");
  }

  @Test
  void leapsomeChildrenWhenNoKeyResults() {
    OkrEvaluation e = eval(RollupPolicy.leapsome(), END,
        objective("P", List.of()), objective("A", List.of(at("a", .5)), to("P")), objective("B", List.of(at("b", 0)), to("P")));
    assertThat(e.progress(oid("P"))).hasValue(0.25);
  }

  @Test
  void upRaiseEdgeWeightsSixToFour() {
    OkrEvaluation e = eval(RollupPolicy.leapsome(), END,
        objective("P", List.of()), objective("A", List.of(at("a", 1)), to("P", 6)), objective("B", List.of(at("b", 0)), to("P", 4)));
    assertThat(e.progress(oid("P"))).hasValue(0.6);
  }

  /** Viva Goals issue 518: $100k, $20k and $1k contributed to one total; shares 82.6/16.5/0.8 %. */
  @Test
  void valueRollupSumsSameUnitQuantities() {
    RollupPolicy value = RollupPolicy.defaults().withKeyResultRollup(KeyResultRollup.VALUE_ROLLUP);
    Objective o = objective("V", List.of(
        KeyResult.builder().from(metric("s1", 0, 150_000, 100_000)).unit("USD").build(),
        KeyResult.builder().from(metric("s2", 0, 40_000, 20_000)).unit("USD").build(),
        KeyResult.builder().from(metric("s3", 0, 10_000, 1_000)).unit("USD").build()));
    OkrEvaluation e = eval(value, END, o);
    assertThat(e.progress(oid("V")).orElseThrow()).isCloseTo(121_000.0 / 200_000, within(1e-15));
    double total = e.current(kid("s1")).orElseThrow() + e.current(kid("s2")).orElseThrow() + e.current(kid("s3")).orElseThrow();
    assertThat(BigDecimal.valueOf(100 * e.current(kid("s1")).orElseThrow() / total).setScale(1, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("82.6");
    assertThat(BigDecimal.valueOf(100 * e.current(kid("s3")).orElseThrow() / total).setScale(1, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("0.8");
    Objective mixed = o.withKeyResults(List.of(o.keyResults().get(0), KeyResult.builder().from(o.keyResults().get(1)).unit("EUR").build()));
    assertThat(OkrRollup.using(value).validate(OkrGraph.builder().addObjectives(mixed).build()).errors())
        .extracting(v -> v.code() + "@" + v.path()).containsExactly("okr.unit-mismatch@objectives[0].keyResults[1].unit");
  }

  /** BurningOKR KeyResultProgressHelperTest: check-ins day 1 (5/10) and day 4 (10/10) → 50, 50, 50, 100. */
  @Test
  void burningOkrCarriesForward() {
    KeyResult kr = metric("K", 0, 10, 1, CheckIn.of(LocalDate.of(2027, 1, 1), 5), CheckIn.of(LocalDate.of(2027, 1, 4), 10));
    Objective o = objective("O", List.of(kr));
    double[] got = new double[4];
    for (int d = 0; d < 4; d++) {
      got[d] = eval(RollupPolicy.burningOkr(), LocalDate.of(2027, 1, 1 + d), o).progress(kid("K")).orElseThrow();
    }
    assertThat(got).containsExactly(0.5, 0.5, 0.5, 1.0);
    double linear = eval(RollupPolicy.burningOkr().withInterpolation(Interpolation.LINEAR), LocalDate.of(2027, 1, 2), o)
        .progress(kid("K")).orElseThrow();
    assertThat(linear).isCloseTo(0.5 + 0.5 / 3, within(1e-15));
    // Before the first check-in BurningOKR excludes the key result.
    assertThat(eval(RollupPolicy.burningOkr(), LocalDate.of(2026, 12, 31), o).progress(oid("O"))).isEmpty();
    assertThat(eval(RollupPolicy.burningOkr(), LocalDate.of(2026, 12, 31), o).status(oid("O"))).isEqualTo(OkrStatus.NO_DATA);
  }

  @Test
  void missingCheckInRules() {
    Objective o = objective("O", List.of(metric("K", 20, 120, 1, new CheckIn[0]), at("L", 0.5)));
    assertThat(eval(RollupPolicy.defaults(), END, o).progress(kid("K"))).hasValue(0);
    assertThat(eval(RollupPolicy.defaults(), END, o).current(kid("K"))).hasValue(20);
    assertThat(eval(RollupPolicy.defaults().withMissingCheckIn(MissingCheckIn.ZERO), END, o).progress(kid("K"))).hasValue(0);
    OkrEvaluation excluded = eval(RollupPolicy.defaults().withMissingCheckIn(MissingCheckIn.EXCLUDE), END, o);
    assertThat(excluded.progress(kid("K"))).isEmpty();
    assertThat(excluded.progress(oid("O"))).hasValue(0.5);
    assertThat(eval(RollupPolicy.defaults(), END, o).progress(oid("O"))).hasValue(0.25);
  }

  @Test
  void burningOkrPaceBands() {
    PaceRule rule = PaceRule.burningOkr();
    assertThat(rule.status(.45, .6)).isEqualTo(OkrStatus.ON_TRACK);
    assertThat(rule.status(.4, .6)).isEqualTo(OkrStatus.ON_TRACK);
    assertThat(rule.status(.3, .6)).isEqualTo(OkrStatus.AT_RISK);
    assertThat(rule.status(.2, .6)).isEqualTo(OkrStatus.AT_RISK);
    assertThat(rule.status(.1, .6)).isEqualTo(OkrStatus.OFF_TRACK);
    assertThat(PaceRule.viva().status(.5, .5)).isEqualTo(OkrStatus.ON_TRACK);
    assertThat(PaceRule.viva().status(.49, .5)).isEqualTo(OkrStatus.AT_RISK);
    assertThat(PaceRule.achievement9075().status(.45, .5)).isEqualTo(OkrStatus.ON_TRACK);
    assertThat(PaceRule.achievement9075().status(.44, .5)).isEqualTo(OkrStatus.AT_RISK);
    assertThat(PaceRule.achievement9075().status(.37, .5)).isEqualTo(OkrStatus.OFF_TRACK);
  }

  /** Engagedly: a goal for April, on April 15 (expected 50 %): 40/25/10/100 → on track/behind/at risk/achieved. */
  @ParameterizedTest
  @CsvSource({"0.40,ON_TRACK", "0.25,AT_RISK", "0.10,OFF_TRACK", "1.00,ACHIEVED"})
  void engagedlyPace(double actual, OkrStatus expected) {
    Objective april = Objective.builder().from(objective("G", List.of(
        metric("K", 0, 100, 1, CheckIn.of(LocalDate.of(2027, 4, 10), actual * 100)))))
        .cycle(OkrCycle.of(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 1))).build();
    OkrEvaluation e = eval(RollupPolicy.engagedly(), LocalDate.of(2027, 4, 15), april);
    assertThat(e.expected(oid("G"))).isEqualTo(0.5);
    assertThat(e.status(oid("G"))).isEqualTo(expected);
  }

  /** Google: committed 0.8 → missed; aspirational 0.7 → success (green). */
  @Test
  void googleCommittedVersusAspirational() {
    Objective committed = objective("C", Commitment.COMMITTED, List.of(at("c", 0.8)), to("P"));
    Objective aspirational = objective("A", Commitment.ASPIRATIONAL, List.of(at("a", 0.7)), to("P"));
    Objective parent = objective("P", List.of());
    OkrEvaluation e = eval(RollupPolicy.googleGrading(), END, parent, committed, aspirational);
    assertThat(e.missedCommitment(oid("C"))).isTrue();
    assertThat(e.status(oid("C"))).isEqualTo(OkrStatus.OFF_TRACK);
    assertThat(e.grade(oid("C")).orElseThrow()).hasToString("0.8 GREEN");
    assertThat(e.missedCommitment(oid("A"))).isFalse();
    assertThat(e.grade(oid("A")).orElseThrow()).hasToString("0.7 GREEN");
    // The parent averages 0.75, green, but a missed commitment below it is never hidden.
    assertThat(e.grade(oid("P")).orElseThrow()).hasToString("0.8 GREEN");
    assertThat(e.containsMissedCommitment(oid("P"))).isTrue();
    assertThat(e.status(oid("P"))).isEqualTo(OkrStatus.OFF_TRACK);
    assertThat(eval(RollupPolicy.googleGrading().withStatusRollup(StatusRollup.OWN), END, parent, committed, aspirational)
        .status(oid("P"))).isEqualTo(OkrStatus.AT_RISK);
    // During the quarter the same committed objective is not yet missed.
    assertThat(eval(RollupPolicy.googleGrading(), LocalDate.of(2027, 3, 1), parent, committed, aspirational)
        .missedCommitment(oid("C"))).isFalse();
  }

  @Test
  void googleColourBands() {
    double[] progress = {0.0, 0.3, 0.34, 0.36, 0.4, 0.6, 0.64, 0.66, 0.7, 1.0};
    String[] expected = {"0.0 RED", "0.3 RED", "0.3 RED", "0.4 YELLOW", "0.4 YELLOW", "0.6 YELLOW", "0.6 YELLOW",
        "0.7 GREEN", "0.7 GREEN", "1.0 GREEN"};
    for (int i = 0; i < progress.length; i++) {
      OkrEvaluation e = eval(RollupPolicy.googleGrading(), END, objective("O", List.of(at("K", progress[i]))));
      assertThat(e.grade(oid("O")).orElseThrow()).as("progress %s", progress[i]).hasToString(expected[i]);
    }
  }

  @Test
  void statusRollups() {
    // Children: on track, at risk, at risk, no data; parent progress from children.
    LocalDate mid = LocalDate.of(2027, 2, 15); // elapsed 0.5 at the start of the day
    Objective[] graph = {
        objective("P", List.of()),
        objective("A", List.of(at("a", 0.6)), to("P")),
        objective("B", List.of(at("b", 0.25)), to("P")),
        objective("C", List.of(at("c", 0.28)), to("P")),
        objective("D", List.of(metric("d", 0, 1, 1, new CheckIn[0])), to("P"))};
    RollupPolicy base = RollupPolicy.defaults().withMissingCheckIn(MissingCheckIn.EXCLUDE);
    OkrEvaluation worst = eval(base.withStatusRollup(StatusRollup.WORST_WINS), mid, graph);
    assertThat(worst.ownStatus(oid("B"))).isEqualTo(OkrStatus.AT_RISK);
    assertThat(worst.status(oid("D"))).isEqualTo(OkrStatus.NO_DATA);
    assertThat(worst.status(oid("P"))).isEqualTo(OkrStatus.NO_DATA);
    assertThat(eval(base.withStatusRollup(StatusRollup.WEAKEST), mid, graph).status(oid("P"))).isEqualTo(OkrStatus.AT_RISK);
    assertThat(eval(base.withStatusRollup(StatusRollup.MAJORITY), mid, graph).status(oid("P"))).isEqualTo(OkrStatus.AT_RISK);
    // own: (0.6 + 0.25 + 0.28) / 3 = 0.3767 vs 0.5 → d = −0.12 → on track
    assertThat(eval(base.withStatusRollup(StatusRollup.OWN), mid, graph).status(oid("P"))).isEqualTo(OkrStatus.ON_TRACK);
  }

  @Test
  void maintainMilestoneOrdinalAndKpiMeasuredKeyResults() {
    KeyResult uptime = KeyResult.builder().id(kid("up")).title("t").kind(KeyResultKind.MAINTAIN_ABOVE).target(99.9)
        .addCheckIns(CheckIn.of(LocalDate.of(2027, 1, 31), 99.95), CheckIn.of(LocalDate.of(2027, 2, 28), 99.7),
            CheckIn.of(LocalDate.of(2027, 3, 31), 99.92)).build();
    KeyResult launch = KeyResult.builder().id(kid("launch")).title("t").kind(KeyResultKind.MILESTONE)
        .addCheckIns(CheckIn.of(LocalDate.of(2027, 3, 1), 1)).build();
    KeyResult zone = KeyResult.builder().id(kid("zone")).title("t").kind(KeyResultKind.ORDINAL)
        .stages(LevelScale.of("zones", "Fail", "Commit", "Target", "Stretch"))
        .addCheckIns(CheckIn.of(LocalDate.of(2027, 3, 1), 2)).build();
    KeyResult deploys = KeyResult.builder().id(kid("deploys")).title("t").kind(KeyResultKind.INCREASE).unit("per week")
        .start(4).target(12).measuredBy(KpiId.of("KPI-deploys")).build();
    KpiDefinition kpi = KpiDefinition.builder().id(KpiId.of("KPI-deploys")).name("Deploys").unit("per week")
        .direction(Direction.HIGHER_IS_BETTER).target(12).build();
    KpiSeries series = KpiSeries.builder(KpiId.of("KPI-deploys")).add(LocalDate.of(2026, 12, 20), 3)
        .add(LocalDate.of(2027, 2, 1), 8).add(LocalDate.of(2027, 3, 1), 10).add(LocalDate.of(2027, 5, 1), 15).build();
    OkrGraph graph = OkrGraph.builder().addObjectives(objective("O", List.of(uptime, launch, zone, deploys)))
        .addKpis(kpi).addKpiSeries(series).build();
    OkrEvaluation e = OkrRollup.using(RollupPolicy.defaults()).evaluate(graph, LocalDate.of(2027, 3, 31));
    assertThat(e.progress(kid("up")).orElseThrow()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(e.progress(kid("launch"))).hasValue(1);
    assertThat(e.progress(kid("zone")).orElseThrow()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(e.progress(kid("deploys"))).hasValue(0.75);
    assertThat(e.explain(kid("deploys")).detail()).isEqualTo("(10 − 4) / (12 − 4); kpi KPI-deploys observation on 2027-03-01");
    assertThat(e.explain(kid("up")).detail()).isEqualTo("2 of 3 met; check-in on 2027-03-31");
    OkrEvaluation latest = OkrRollup.using(RollupPolicy.defaults().withMaintainRule(MaintainRule.LATEST)).evaluate(graph, LocalDate.of(2027, 3, 1));
    assertThat(latest.progress(kid("up"))).hasValue(0);
    assertThat(latest.progress(kid("deploys"))).hasValue(0.75);
    // KPI observations before the cycle do not count: on Jan 15 there is no value in the cycle yet.
    assertThat(OkrRollup.using(RollupPolicy.defaults()).evaluate(graph, LocalDate.of(2027, 1, 15)).current(kid("deploys"))).hasValue(4);
  }

  @Test
  void stalenessAndForecast() {
    KeyResult kr = metric("K", 0, 90, 1, CheckIn.of(LocalDate.of(2027, 1, 11), 10), CheckIn.of(LocalDate.of(2027, 1, 21), 20),
        CheckIn.of(LocalDate.of(2027, 1, 31), 30));
    Objective o = objective("O", List.of(kr));
    RollupPolicy policy = RollupPolicy.defaults().withStaleAfterDays(14);
    OkrEvaluation fresh = eval(policy, LocalDate.of(2027, 2, 14), o);
    assertThat(fresh.isStale(kid("K"))).isFalse();
    OkrEvaluation stale = eval(policy, LocalDate.of(2027, 2, 15), o);
    assertThat(stale.isStale(kid("K"))).isTrue();
    assertThat(stale.isStale(oid("O"))).isTrue();
    // +1 per day from Jan 11 (10); the cycle's last day Mar 31 is day 79 after Jan 11 → 89 of 90.
    assertThat(stale.forecast(kid("K")).orElseThrow()).isCloseTo(89.0 / 90, within(1e-12));
    assertThat(stale.forecast(oid("O")).orElseThrow()).isCloseTo(89.0 / 90, within(1e-12));
    assertThat(eval(RollupPolicy.defaults(), LocalDate.of(2027, 2, 15), o).isStale(kid("K"))).isFalse();
  }

  @Test
  void milestonePaceCurve() {
    PaceCurve curve = PaceCurve.milestones(new double[] {0.25, 0.5, 1}, new double[] {0.1, 0.4, 1});
    assertThat(curve.expected(0.2)).isZero();
    assertThat(curve.expected(0.6)).isEqualTo(0.4);
    assertThat(curve.expected(1)).isEqualTo(1);
    OkrEvaluation e = eval(RollupPolicy.defaults().withPaceCurve(curve), LocalDate.of(2027, 2, 15), objective("O", List.of(at("K", 0.3))));
    assertThat(e.expected(oid("O"))).isEqualTo(0.4);
    assertThat(e.status(oid("O"))).isEqualTo(OkrStatus.ON_TRACK);
    assertThatThrownBy(() -> PaceCurve.milestones(new double[] {0.5, 0.4}, new double[] {0.1, 0.2}))
        .hasMessage("milestones must have increasing at and non-decreasing expected values (index 1)");
  }

  @Test
  void childRollupModes() {
    Objective[] graph = {
        objective("P", List.of(at("p", 1))),
        objective("A", List.of(at("a", 0.5)), to("P", 3)),
        objective("B", List.of(at("b", 0)), to("P", 1))};
    assertThat(eval(RollupPolicy.defaults().withChildRollup(ChildRollup.OWN_KEY_RESULTS_ONLY), END, graph).progress(oid("P"))).hasValue(1);
    assertThat(eval(RollupPolicy.defaults().withChildRollup(ChildRollup.CHILDREN_ONLY), END, graph).progress(oid("P"))).hasValue(0.375);
    assertThat(eval(RollupPolicy.defaults().withChildRollup(ChildRollup.CHILDREN_IF_NO_KEY_RESULTS), END, graph).progress(oid("P"))).hasValue(1);
    // weighted peers: (1·1 + 3·0.5 + 1·0) / 5 = 0.5; mean peers: (1 + 0.5 + 0) / 3
    assertThat(eval(RollupPolicy.defaults(), END, graph).progress(oid("P"))).hasValue(0.5);
    assertThat(eval(RollupPolicy.quantive(), END, graph).progress(oid("P")).orElseThrow()).isCloseTo(0.5, within(1e-15));
    assertThat(eval(RollupPolicy.defaults().withChildRollup(ChildRollup.SHARE).withChildShare(0.25), END, graph)
        .progress(oid("P"))).hasValue(0.75 + 0.25 * 0.375);
    assertThat(eval(RollupPolicy.defaults().withKeyResultRollup(KeyResultRollup.MIN), END, graph).progress(oid("P"))).hasValue(0);
    OkrEvaluation e = eval(RollupPolicy.defaults(), END, graph);
    assertThat(e.explain(oid("P")).text()).isEqualTo(String.join("\n",
        "P 0.5 = weighted mean(p 1×1, A 0.5×3, B 0×1); expected 1, status OFF_TRACK",
        "p 1 = (100 − 0) / (100 − 0); check-in on 2027-01-10",
        "A 0.5 = weighted mean(a 0.5×1); expected 1, status OFF_TRACK",
        "B 0 = weighted mean(b 0×1); expected 1, status OFF_TRACK",
        "a 0.5 = (50 − 0) / (100 − 0); check-in on 2027-01-10",
        "b 0 = (0 − 0) / (100 − 0); check-in on 2027-01-10"));
  }

  @Test
  void refusesInvalidGraphsAndUnknownIds() {
    assertThatThrownBy(() -> eval(RollupPolicy.defaults(), END, objective("A", List.of(), to("B")), objective("B", List.of(), to("A"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("okr.alignment-cycle").hasMessageContaining("A → B → A");
    OkrEvaluation e = eval(RollupPolicy.defaults(), END, objective("A", List.of(at("K", 0.5))));
    assertThatThrownBy(() -> e.progress(oid("nope"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective id must be in the evaluated graph (was nope)");
    assertThatThrownBy(() -> e.progress((io.github.ctokit.core.okr.ObjectiveId) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("objectiveId");
    assertThatThrownBy(() -> OkrRollup.using(RollupPolicy.defaults()).evaluate(OkrGraph.builder().build(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("asOf");
    assertThatThrownBy(() -> e.withCheckIn(kid("K"), CheckIn.of(LocalDate.of(2027, 4, 1), 1)))
        .hasMessage("check-in date must be within the cycle 2027-01-01/2027-04-01 (was 2027-04-01)");
    assertThatThrownBy(() -> RollupPolicy.defaults().withChildShare(1.5)).hasMessage("childShare must be within [0, 1] (was 1.5)");
  }

  @Test
  void whatIfEqualsFullEvaluation() {
    Objective[] graph = {
        objective("P", List.of()),
        objective("A", List.of(at("a", 0.5)), to("P", 2)),
        objective("B", List.of(at("b", 0.1)), to("P", 1), to("A", 1))};
    OkrEvaluation base = eval(RollupPolicy.defaults(), END, graph);
    OkrEvaluation whatIf = base.withCheckIn(kid("b"), CheckIn.of(LocalDate.of(2027, 2, 1), 90));
    Objective b2 = graph[2].withKeyResults(List.of(KeyResult.builder().from(graph[2].keyResults().get(0))
        .addCheckIns(CheckIn.of(LocalDate.of(2027, 2, 1), 90)).build()));
    OkrEvaluation full = eval(RollupPolicy.defaults(), END, graph[0], graph[1], b2);
    for (String id : List.of("P", "A", "B")) {
      assertThat(whatIf.progress(oid(id))).isEqualTo(full.progress(oid(id)));
      assertThat(whatIf.status(oid(id))).isEqualTo(full.status(oid(id)));
    }
    assertThat(base.progress(oid("B"))).hasValue(0.1);
    assertThat(whatIf.progress(oid("B"))).hasValue(0.9);
  }
}

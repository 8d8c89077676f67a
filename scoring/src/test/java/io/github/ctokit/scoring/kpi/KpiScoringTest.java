package io.github.ctokit.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.kpi.AchievementCurve;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.kpi.Perspective;
import io.github.ctokit.core.kpi.Scorecard;
import io.github.ctokit.core.kpi.ScorecardEntry;
import io.github.ctokit.core.kpi.Tolerance;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KpiScoringTest {

  static final LocalDate D0 = LocalDate.of(2027, 1, 4);
  static final KpiId K = KpiId.of("K");

  static KpiSeries weekly(KpiId id, double... values) {
    KpiSeries.Builder b = KpiSeries.builder(id);
    for (int i = 0; i < values.length; i++) {
      b.add(D0.plusWeeks(i), values[i]);
    }
    return b.build();
  }

  static KpiStatus statusOf(KpiDefinition d, double... values) {
    return KpiScoring.standard().evaluate(d, weekly(d.id(), values), D0.plusYears(1)).status();
  }

  /** Blackbaud-style aim types: higher is better green ≥ g, amber ≥ a; lower is better mirrored. */
  @ParameterizedTest
  @CsvSource({"95,GREEN", "90,GREEN", "89.9,AMBER", "80,AMBER", "79.99,RED"})
  void higherIsBetter(double v, KpiStatus expected) {
    KpiDefinition d = KpiDefinition.builder().id(K).name("n").direction(Direction.HIGHER_IS_BETTER).target(100)
        .green(Tolerance.relative(0.1)).amber(Tolerance.absolute(20)).build();
    assertThat(statusOf(d, v)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0.05,GREEN", "0.10,GREEN", "0.12,AMBER", "0.15,AMBER", "0.16,RED"})
  void lowerIsBetterChangeFailureRate(double v, KpiStatus expected) {
    KpiDefinition d = KpiDefinition.builder().id(K).name("n").direction(Direction.LOWER_IS_BETTER).target(0.10)
        .amber(Tolerance.absolute(0.05)).build();
    assertThat(statusOf(d, v)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"60,GREEN", "80,GREEN", "84,AMBER", "55,AMBER", "54,RED", "86,RED"})
  void withinRange(double v, KpiStatus expected) {
    KpiDefinition d = KpiDefinition.builder().id(K).name("n").direction(Direction.WITHIN_RANGE).rangeLow(60).rangeHigh(80)
        .amber(Tolerance.absolute(5)).build();
    assertThat(statusOf(d, v)).isEqualTo(expected);
  }

  @Test
  void hysteresisStopsFlapping() {
    KpiDefinition plain = KpiDefinition.builder().id(K).name("n").direction(Direction.HIGHER_IS_BETTER).target(100)
        .amber(Tolerance.absolute(10)).build();
    KpiDefinition sticky = plain.withHysteresis(2);
    double[] values = {101, 99, 101, 99.5, 97.5, 101, 102.5};
    KpiStatus[] plainExpected = {KpiStatus.GREEN, KpiStatus.AMBER, KpiStatus.GREEN, KpiStatus.AMBER, KpiStatus.AMBER,
        KpiStatus.GREEN, KpiStatus.GREEN};
    KpiStatus[] stickyExpected = {KpiStatus.GREEN, KpiStatus.GREEN, KpiStatus.GREEN, KpiStatus.GREEN, KpiStatus.AMBER,
        KpiStatus.AMBER, KpiStatus.GREEN};
    KpiSeries s = weekly(K, values);
    for (int i = 0; i < values.length; i++) {
      assertThat(KpiScoring.standard().evaluate(plain, s, D0.plusWeeks(i)).status()).as("plain %d", i).isEqualTo(plainExpected[i]);
      assertThat(KpiScoring.standard().evaluate(sticky, s, D0.plusWeeks(i)).status()).as("sticky %d", i).isEqualTo(stickyExpected[i]);
    }
    KpiEvaluation last = KpiScoring.standard().evaluate(sticky, s, D0.plusWeeks(6));
    assertThat(last.streak()).isEqualTo(1);
    assertThat(KpiScoring.standard().evaluate(sticky, s, D0.plusWeeks(3)).streak()).isEqualTo(4);
  }

  @Test
  void hysteresisByPeriodsNeedsConsecutiveObservationsInTheNewColour() {
    KpiDefinition threeWeeks = KpiDefinition.builder().id(K).name("n").direction(Direction.HIGHER_IS_BETTER).target(100)
        .amber(Tolerance.absolute(10)).confirmAfter(3).build();
    // green, amber, amber, green (resets), amber, amber, amber (third in a row: now amber), red, green
    double[] values = {101, 95, 95, 101, 95, 95, 95, 50, 101};
    KpiStatus[] expected = {KpiStatus.GREEN, KpiStatus.GREEN, KpiStatus.GREEN, KpiStatus.GREEN, KpiStatus.GREEN,
        KpiStatus.GREEN, KpiStatus.AMBER, KpiStatus.AMBER, KpiStatus.AMBER};
    KpiSeries s = weekly(K, values);
    for (int i = 0; i < values.length; i++) {
      assertThat(KpiScoring.standard().evaluate(threeWeeks, s, D0.plusWeeks(i)).status()).as("week %d", i).isEqualTo(expected[i]);
    }
    KpiEvaluation switched = KpiScoring.standard().evaluate(threeWeeks, s, D0.plusWeeks(6));
    assertThat(switched.streak()).isEqualTo(3);
    assertThat(switched.explanation()).contains("confirm after 3");
    assertThatThrownBy(() -> threeWeeks.withConfirmAfter(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confirmAfter must be 1 or more (kpi K) (was 0)");
  }

  @Test
  void aCallerSuppliedPreviousStateIsLeftOnlyByTheHysteresisRules() {
    KpiDefinition sticky = KpiDefinition.builder().id(K).name("n").direction(Direction.HIGHER_IS_BETTER).target(100)
        .amber(Tolerance.absolute(10)).hysteresis(2).build();
    KpiSeries sinceLastReport = weekly(K, 101);
    // Fresh, 101 is plain green; from a reported AMBER it must clear 100 + 2 to turn green.
    assertThat(KpiScoring.standard().evaluate(sticky, sinceLastReport, D0).status()).isEqualTo(KpiStatus.GREEN);
    KpiEvaluation fromAmber = KpiScoring.standard().evaluate(sticky, sinceLastReport, D0, KpiStatus.AMBER);
    assertThat(fromAmber.status()).isEqualTo(KpiStatus.AMBER);
    assertThat(fromAmber.explanation()).contains("from AMBER");
    assertThat(KpiScoring.standard().evaluate(sticky, weekly(K, 102.5), D0, KpiStatus.AMBER).status()).isEqualTo(KpiStatus.GREEN);
    assertThatThrownBy(() -> KpiScoring.standard().evaluate(sticky, sinceLastReport, D0, KpiStatus.NO_DATA))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("previous must be GREEN, AMBER or RED (was NO_DATA)");
  }

  @Test
  void balancedScorecardWeighsPerspectivesAndRenormalisesOverThoseWithData() {
    KpiId arr = KpiId.of("arr");
    KpiId nps = KpiId.of("nps");
    KpiId csat = KpiId.of("csat");
    KpiId deploys = KpiId.of("deploys");
    KpiId lead = KpiId.of("lead");
    KpiId training = KpiId.of("training");
    Perspective sustainability = Perspective.of("sustainability");
    List<ScorecardEntry> entries = List.of(
        ScorecardEntry.builder().kpi(arr).curve(AchievementCurve.of(80, 100, 120)).perspective(Perspective.FINANCIAL).build(),
        ScorecardEntry.builder().kpi(nps).curve(AchievementCurve.of(30, 50, 70)).perspective(Perspective.CUSTOMER).build(),
        ScorecardEntry.builder().kpi(csat).curve(AchievementCurve.of(3, 4, 5)).perspective(Perspective.CUSTOMER).build(),
        ScorecardEntry.builder().kpi(deploys).weight(2).curve(AchievementCurve.of(5, 10, 15))
            .perspective(Perspective.INTERNAL_PROCESS).build(),
        ScorecardEntry.builder().kpi(lead).curve(AchievementCurve.of(48, 24, 12)).perspective(Perspective.INTERNAL_PROCESS).build(),
        ScorecardEntry.builder().kpi(training).curve(AchievementCurve.of(10, 20, 40)).perspective(Perspective.LEARNING_AND_GROWTH).build());
    // arr at target 1; nps at threshold 0.5, csat at target 1 → customer 0.75; deploys 1, lead no data → internal 1;
    // training no data → learning and growth excluded.
    List<KpiSeries> series = List.of(weekly(arr, 100), weekly(nps, 30), weekly(csat, 4), weekly(deploys, 10));
    Scorecard flat = Scorecard.builder().name("BSC").addAllEntries(entries).build();
    ScorecardResult r = KpiScoring.standard().score(flat, series, D0);
    assertThat(r.score().orElseThrow()).isCloseTo(4.5 / 5, within(1e-15));
    assertThat(r.score(Perspective.CUSTOMER).orElseThrow()).isEqualTo(0.75);
    assertThat(r.score(Perspective.LEARNING_AND_GROWTH)).isEmpty();
    assertThat(r.perspectives()).extracting(Object::toString)
        .containsExactly("financial 1", "customer 0.75", "internal-process 1", "learning-and-growth no data");
    Scorecard weighted = flat.withPerspectiveWeights(java.util.Map.of(Perspective.FINANCIAL, 4.0, Perspective.CUSTOMER, 3.0,
        Perspective.INTERNAL_PROCESS, 2.0, Perspective.LEARNING_AND_GROWTH, 1.0));
    ScorecardResult w = KpiScoring.standard().score(weighted, series, D0);
    assertThat(w.score().orElseThrow()).isCloseTo(8.25 / 9, within(1e-15));
    assertThat(w.explanation()).startsWith("0.9167 = (4×1 + 3×0.75 + 2×1) / 9 by perspective; financial 1 ×4; customer 0.75 ×3;");
    assertThatThrownBy(() -> weighted.withEntries(append(entries,
        ScorecardEntry.builder().kpi(KpiId.of("co2")).curve(AchievementCurve.of(1, 2, 3)).perspective(sustainability).build())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entries[6] (kpi co2) must name a weighted perspective (was sustainability)");
    assertThat(Perspective.of("customer")).isSameAs(Perspective.CUSTOMER);
    assertThat(sustainability.isStandard()).isFalse();
    assertThatThrownBy(() -> Perspective.of("Learning")).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<ScorecardEntry> append(List<ScorecardEntry> list, ScorecardEntry e) {
    List<ScorecardEntry> out = new java.util.ArrayList<>(list);
    out.add(e);
    return out;
  }

  @Test
  void noDataIsNeverGreenAndNoTargetIsItsOwnState() {
    KpiDefinition d = KpiDefinition.builder().id(K).name("n").direction(Direction.HIGHER_IS_BETTER).target(1).build();
    KpiEvaluation before = KpiScoring.standard().evaluate(d, weekly(K, 5), D0.minusDays(1));
    assertThat(before.status()).isEqualTo(KpiStatus.NO_DATA);
    assertThat(before.value()).isEmpty();
    KpiEvaluation stale = KpiScoring.standard().withStaleAfterDays(30).evaluate(d, weekly(K, 5), D0.plusDays(31));
    assertThat(stale.status()).isEqualTo(KpiStatus.NO_DATA);
    assertThat(stale.explanation()).isEqualTo("K: NO_DATA (latest observation on 2027-01-04 is older than 30 days)");
    KpiDefinition untargeted = KpiDefinition.builder().id(K).name("n").direction(Direction.HIGHER_IS_BETTER).build();
    assertThat(statusOf(untargeted, 5)).isEqualTo(KpiStatus.NO_TARGET);
    assertThatThrownBy(() -> KpiScoring.standard().evaluate(d, weekly(KpiId.of("other"), 1), D0))
        .hasMessage("series must belong to kpi K (was other)");
  }

  @Test
  void trendIsTheLeastSquaresSlopeOverTheWindow() {
    KpiDefinition d = KpiDefinition.builder().id(K).name("n").direction(Direction.LOWER_IS_BETTER).target(0.1)
        .amber(Tolerance.absolute(0.05)).build();
    KpiSeries s = weekly(K, 0.30, 0.20, 0.13, 0.12, 0.12);
    KpiEvaluation e = KpiScoring.standard().withTrendWindowDays(15).evaluate(d, s, D0.plusWeeks(4));
    // last three points: (0, 0.13), (7, 0.12), (14, 0.12): slope = −0.01 / 14 per day
    assertThat(e.trendPerDay().orElseThrow()).isCloseTo(-0.01 / 14, within(1e-12));
    assertThat(e.status()).isEqualTo(KpiStatus.AMBER);
    assertThat(e.streak()).isEqualTo(3);
    assertThat(e.explanation()).isEqualTo(
        "K 0.12 on 2027-02-01: AMBER (lower is better; green ≤ 0.1, amber ≤ 0.15); 3 in a row; trend -0.000714/day over 15 days");
    assertThat(KpiScoring.standard().withTrendWindowDays(1).evaluate(d, s, D0.plusWeeks(4)).trendPerDay()).isEmpty();
  }

  @Test
  void achievementCurveIsPiecewiseLinearAndCapped() {
    AchievementCurve up = AchievementCurve.of(5, 10, 15);
    assertThat(up.payout(4.99)).isZero();
    assertThat(up.payout(5)).isEqualTo(0.5);
    assertThat(up.payout(7.5)).isEqualTo(0.75);
    assertThat(up.payout(10)).isEqualTo(1);
    assertThat(up.payout(12.5)).isEqualTo(1.25);
    assertThat(up.payout(99)).isEqualTo(1.5);
    AchievementCurve down = AchievementCurve.of(48, 24, 12, 0, 0.5, 1.2); // lead time in hours: lower is better
    assertThat(down.payout(36)).isEqualTo(0.75);
    assertThat(down.payout(6)).isEqualTo(1.2);
    assertThat(down.payout(50)).isZero();
    AchievementCurve capped = AchievementCurve.of(0.8, 1, 1, 0, 0, 1); // Salesforce-style: capped at 100 %
    assertThat(capped.payout(1.3)).isEqualTo(1);
    assertThatThrownBy(() -> AchievementCurve.of(5, 5, 6)).hasMessageStartingWith("threshold, target and stretch must be monotone");
    AchievementCurve huge = AchievementCurve.of(-1e308, 1e308, Double.MAX_VALUE);
    assertThat(huge.payout(0)).isEqualTo(0.75);
    assertThat(huge.payout(-Double.MAX_VALUE)).isZero();
    assertThat(huge.payout(Double.MAX_VALUE)).isEqualTo(1.5);
  }

  @Test
  void scorecardRenormalisesWeightsOverKpisWithData() {
    KpiId deploys = KpiId.of("deploys");
    KpiId lead = KpiId.of("lead");
    KpiId cfr = KpiId.of("cfr");
    Scorecard card = Scorecard.builder().name("Engineering").addEntries(
        ScorecardEntry.builder().kpi(deploys).weight(2).curve(AchievementCurve.of(5, 10, 15)).build(),
        ScorecardEntry.builder().kpi(lead).weight(1).curve(AchievementCurve.of(48, 24, 12)).build(),
        ScorecardEntry.builder().kpi(cfr).weight(1).curve(AchievementCurve.of(0.2, 0.1, 0.05)).build()).build();
    List<KpiSeries> series = List.of(weekly(deploys, 8, 10), weekly(lead, 40, 30));
    ScorecardResult r = KpiScoring.standard().score(card, series, D0.plusWeeks(2));
    // deploys 10 → 1; lead 30 → 0.5 + 0.5·(18/24) = 0.875; cfr no data: (2·1 + 1·0.875) / 3
    assertThat(r.score().orElseThrow()).isCloseTo(2.875 / 3, within(1e-15));
    assertThat(r.excluded()).containsExactly(cfr);
    assertThat(r.explanation()).isEqualTo("0.9583 = (2×1 + 1×0.875) / 3; cfr excluded (no data)");
    assertThat(KpiScoring.standard().score(card, List.of(), D0).score()).isEmpty();
    assertThatThrownBy(() -> Scorecard.builder().name("x").addEntries(
        ScorecardEntry.builder().kpi(deploys).weight(0).curve(AchievementCurve.of(1, 2, 3)).build()).build())
        .hasMessage("entries must not all have weight 0");
  }
}

package io.github.ctokit.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.DeliveryPlan;
import io.github.ctokit.core.delivery.Feature;
import io.github.ctokit.core.delivery.FeatureId;
import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.WorkingCalendar;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.scoring.PercentileConvention;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Worked examples from REFERENCES §5.3–5.5 (Lighthouse, FocusedObjective) and hand computations. */
class DeliveryForecasterTest {

  private static final WorkingCalendar WEEKDAYS = WorkingCalendar.mondayToFriday();
  /** A Sunday: weekly periods then run Monday to Sunday. */
  private static final LocalDate SUNDAY = LocalDate.of(2027, 1, 3);
  private static final LocalDate MONDAY = SUNDAY.plusDays(1);

  private static double[] outcomes(int[][] valueCount) {
    int n = 0;
    for (int[] vc : valueCount) {
      n += vc[1];
    }
    double[] out = new double[n];
    int i = 0;
    for (int[] vc : valueCount) {
      for (int k = 0; k < vc[1]; k++) {
        out[i++] = vc[0];
      }
    }
    return out;
  }

  @Test
  void lighthouseWhenPercentilesAndLikelihoods() {
    // {3:1,4:2,5:3,6:2,7:1,8:0,9:1}: p 8/30/50/70/85/95 → 3/4/5/6/7/9
    DateDistribution d = new DateDistribution.Simulated(
        outcomes(new int[][] {{3, 1}, {4, 2}, {5, 3}, {6, 2}, {7, 1}, {9, 1}}), PercentileConvention.NEAREST_RANK);
    double[] levels = {0.08, 0.30, 0.50, 0.70, 0.85, 0.95};
    int[] expected = {3, 4, 5, 6, 7, 9};
    for (int i = 0; i < levels.length; i++) {
      assertThat(d.offsetAt(levels[i]).getAsInt()).as("p %s", levels[i]).isEqualTo(expected[i]);
    }
    // likelihood day 2/3/4/5/6/7/8/12 → 0/10/30/60/80/90/90/100 %
    int[] days = {2, 3, 4, 5, 6, 7, 8, 12};
    double[] likelihood = {0, .1, .3, .6, .8, .9, .9, 1};
    for (int i = 0; i < days.length; i++) {
      assertThat(d.cdf(days[i])).as("day %s", days[i]).isCloseTo(likelihood[i], within(1e-12));
    }
  }

  @Test
  void lighthouseHowManyIsTheLowerPercentileReadDescending() {
    // {9:1,7:2,5:4,4:2,3:1}: p 10/30/50/70/85/92 → 9/7/5/5/4/3
    ItemsDistribution d = new ItemsDistribution.Simulated(
        outcomes(new int[][] {{9, 1}, {7, 2}, {5, 4}, {4, 2}, {3, 1}}), PercentileConvention.NEAREST_RANK);
    double[] levels = {0.10, 0.30, 0.50, 0.70, 0.85, 0.92};
    long[] expected = {9, 7, 5, 5, 4, 3};
    for (int i = 0; i < levels.length; i++) {
      assertThat(d.itemsAt(levels[i])).as("p %s", levels[i]).isEqualTo(expected[i]);
    }
    // {3:10,5:20,8:70}: P(≥3/4/5/9) → 100/90/90/0 %
    ItemsDistribution e = new ItemsDistribution.Simulated(
        outcomes(new int[][] {{3, 10}, {5, 20}, {8, 70}}), PercentileConvention.NEAREST_RANK);
    assertThat(e.atLeast(3)).isEqualTo(1.0);
    assertThat(e.atLeast(4)).isCloseTo(0.9, within(1e-12));
    assertThat(e.atLeast(5)).isCloseTo(0.9, within(1e-12));
    assertThat(e.atLeast(9)).isEqualTo(0.0);
  }

  @Test
  void focusedObjectiveDefaults() {
    // Weekly samples [1,3,5,3,7,8], 20–25 stories, split 1–1.5: P(T≤7) .670, P(T≤8) .8375,
    // P(T≤9) .932 → P50 7, P85 9, P95 10 (the tool's cached 500-trial P85 of 8 is noise).
    ThroughputHistory history = ThroughputHistory.weekly(MONDAY, WEEKDAYS, 1, 3, 5, 3, 7, 8);
    int trials = 400_000;
    DeliveryForecast f = DeliveryForecaster.fromThroughput(history)
        .withSufficiency(DataSufficiency.of(6, 5))
        .withScopeGrowth(ScopeGrowth.between(1, 1.5))
        .withTrials(trials).withSeed(2027)
        .when(20, 25, SUNDAY);
    assertThat(f.explanation().method()).isEqualTo(ForecastMethod.MONTE_CARLO);
    double[] expected = {.670, .8375, .932};
    for (int weeks = 7; weeks <= 9; weeks++) {
      LocalDate friday = SUNDAY.plusDays(7L * weeks - 2);
      double se = Math.sqrt(expected[weeks - 7] * (1 - expected[weeks - 7]) / trials);
      assertThat(f.likelihoodBy(friday)).as("P(T ≤ %s)", weeks).isCloseTo(expected[weeks - 7], within(4 * se + 0.001));
    }
    assertThat(f.dateAt(0.50)).contains(SUNDAY.plusDays(7 * 7 - 2));
    assertThat(f.dateAt(0.85)).contains(SUNDAY.plusDays(7 * 9 - 2));
    assertThat(f.dateAt(0.95)).contains(SUNDAY.plusDays(7 * 10 - 2));
  }

  @Test
  void focusedObjectiveStability() {
    // [1,3,5,3,7,8]: odd ranks 1,3,7 (mean 3.667), even ranks 3,5,8 (mean 5.333): 1.667 / 7 = .238.
    DataQuality q = DataQuality.of(ThroughputHistory.weekly(MONDAY, WEEKDAYS, 1, 3, 5, 3, 7, 8));
    assertThat(q.stability()).isCloseTo(0.238, within(0.0005));
    assertThat(q.stabilityRating()).isEqualTo("good");
    assertThat(q.nextInRange()).isCloseTo(5.0 / 7, within(1e-15));
    assertThat(q.mode()).isEqualTo(3.0);
    assertThat(q.outliers()).isZero();
    assertThat(DataQuality.of(ThroughputHistory.weekly(MONDAY, WEEKDAYS, 1, 1, 1, 12)).outliers()).isEqualTo(1);
    assertThat(DataQuality.of(ThroughputHistory.weekly(MONDAY, WEEKDAYS, 4, 4)).stability()).isZero();
  }

  @Test
  void exactConvolutionMatchesHandComputation() {
    // Working-day samples 0, 1, 2 equally likely; 2 items: P(T ≤ 1) = 1/3, P(T ≤ 2) = 1 − 3/9 = 2/3,
    // P(T ≤ 3) = 1 − P(S3 ≤ 1) = 1 − (1 + 3)/27 = 23/27.
    ThroughputHistory history = ThroughputHistory.daily(MONDAY, WEEKDAYS, 0, 1, 2, 0, 0, 0, 1, 2);
    DeliveryForecast f = DeliveryForecaster.fromThroughput(history).withSufficiency(DataSufficiency.of(6, 4))
        .withMethod(ForecastMethod.EXACT).when(2, SUNDAY);
    assertThat(f.explanation().method()).isEqualTo(ForecastMethod.EXACT);
    assertThat(f.explanation().trials()).isZero();
    assertThat(f.likelihoodBy(MONDAY)).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(f.likelihoodBy(MONDAY.plusDays(1))).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(f.likelihoodBy(MONDAY.plusDays(2))).isCloseTo(23.0 / 27, within(1e-12));
    assertThat(f.dateAt(0.5)).contains(MONDAY.plusDays(1));
    assertThat(f.dateAt(0.85)).contains(MONDAY.plusDays(2)); // 23/27 = .852
    assertThat(f.standardErrorBy(MONDAY)).isZero();
    // How many in 2 working days: S2 ∈ {0..4} with pmf 1,2,3,2,1 / 9; P(S2 ≥ 2) = 6/9, P(S2 ≥ 3) = 3/9.
    ItemsForecast many = DeliveryForecaster.fromThroughput(history).withSufficiency(DataSufficiency.of(6, 4))
        .howMany(SUNDAY, MONDAY.plusDays(1));
    assertThat(many.periods()).isEqualTo(2);
    assertThat(many.explanation().method()).isEqualTo(ForecastMethod.EXACT);
    assertThat(many.likelihoodOfAtLeast(2)).isCloseTo(6.0 / 9, within(1e-12));
    assertThat(many.itemsAt(0.5)).isEqualTo(2);
    assertThat(many.itemsAt(0.85)).isEqualTo(1); // P(≥1) = 8/9 ≥ .85 > P(≥2)
    assertThat(many.itemsAt(0.95)).isEqualTo(0);
  }

  @Test
  void weekendsAndHolidaysAreSkippedOnHistoryAndProjection() {
    // Exactly 1 item every working day; the weekend counts are 0 and are not samples.
    int[] counts = new int[28];
    for (int d = 0; d < 28; d++) {
      counts[d] = d % 7 < 5 ? 1 : 0;
    }
    ThroughputHistory history = ThroughputHistory.daily(MONDAY, WEEKDAYS, counts);
    LocalDate friday = MONDAY.plusDays(4 + 28);
    DeliveryForecast f = DeliveryForecaster.fromThroughput(history).when(5, friday);
    assertThat(f.dateAt(0.0)).contains(friday.plusDays(7));
    assertThat(f.dateAt(1.0)).contains(friday.plusDays(7));
    // A holiday on the next Monday moves it to the Monday after.
    LocalDate holiday = friday.plusDays(3);
    DeliveryForecast later = DeliveryForecaster.fromThroughput(history.withCalendar(WEEKDAYS.withHoliday(holiday)))
        .when(5, friday);
    assertThat(later.dateAt(0.85)).contains(friday.plusDays(10));
  }

  @Test
  void itemsOnWeekendsCountOnThePreviousWorkingDay() {
    // Saturday's 3 items join Friday's: the samples are 1,1,1,1,4 — and a warning says so.
    ThroughputHistory history = ThroughputHistory.daily(MONDAY, WEEKDAYS, 1, 1, 1, 1, 1, 3, 0);
    assertThat(TeamSamples.of(history).values).containsExactly(1, 1, 1, 1, 4);
    assertThat(history.validate().warnings()).extracting(v -> v.code()).containsExactly("delivery.work-on-non-working-day");
  }

  @Test
  void capacityDipMovesTheDates() {
    ThroughputHistory history = stationaryDaily(130, 7);
    LocalDate asOf = MONDAY.plusDays(181);
    DeliveryForecaster base = DeliveryForecaster.fromThroughput(history).withSeed(3);
    DeliveryForecast plain = base.when(60, asOf);
    CapacityOutlook dip = CapacityOutlook.baseline(30).withPlanned(asOf.plusDays(1), asOf.plusDays(21), 15);
    DeliveryForecast dipped = base.withCapacity(dip).when(60, asOf);
    assertThat(plain.explanation().capacityScaled()).isFalse();
    assertThat(dipped.explanation().capacityScaled()).isTrue();
    assertThat(dipped.explanation().method()).isEqualTo(ForecastMethod.MONTE_CARLO);
    assertThat(dipped.dateAt(0.85).orElseThrow()).isAfter(plain.dateAt(0.85).orElseThrow());
    CapacityOutlook flat = CapacityOutlook.baseline(30).withPlanned(asOf, asOf.plusDays(400), 30);
    assertThat(flat.isFlat()).isTrue();
    assertThat(base.withCapacity(flat).when(60, asOf).dateAt(0.85)).isEqualTo(plain.dateAt(0.85));
  }

  @Test
  void refusesInsufficientData() {
    ThroughputHistory sparse = ThroughputHistory.daily(MONDAY, WEEKDAYS, 1, 0, 0, 2, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0);
    assertThatThrownBy(() -> DeliveryForecaster.fromThroughput(sparse).when(10, SUNDAY.plusDays(21)))
        .isInstanceOf(InsufficientDataException.class)
        .hasMessageContaining("at least 5 periods with one or more items finished (had 4 of 13)")
        .hasMessageContaining("INSUFFICIENT_DATA")
        .satisfies(e -> assertThat(((InsufficientDataException) e).nonZeroSamples()).isEqualTo(4));
    ThroughputHistory allZero = ThroughputHistory.weekly(MONDAY, WEEKDAYS, 0, 0, 0);
    assertThatThrownBy(() -> DeliveryForecaster.fromThroughput(allZero)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("delivery.all-zero-history");
  }

  @Test
  void exactRequestedWhereItDoesNotApplyIsRefused() {
    ThroughputHistory history = stationaryDaily(60, 1);
    DeliveryForecaster exact = DeliveryForecaster.fromThroughput(history).withMethod(ForecastMethod.EXACT)
        .withScopeGrowth(ScopeGrowth.between(1, 1.2));
    assertThatThrownBy(() -> exact.when(30, SUNDAY.plusDays(70)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("method EXACT does not apply: scope growth is sampled");
  }

  @Test
  void horizonCapLeavesFarPercentilesEmpty() {
    ThroughputHistory history = stationaryDaily(60, 2);
    DeliveryForecast f = DeliveryForecaster.fromThroughput(history).withHorizonDays(14).when(500, SUNDAY.plusDays(70));
    assertThat(f.unfinishedShare()).isEqualTo(1.0);
    assertThat(f.dateAt(0.5)).isEmpty();
    assertThat(f.explain()).contains("beyond the horizon");
  }

  @Test
  void multiTeamFeatureIsDoneWhenTheLastTeamIsDone() {
    // Two independent teams with the same history: the joint CDF is the product of the team CDFs
    // (REFERENCES §5.5): a naive 85 % date per team is about 72 % for both.
    TeamId web = TeamId.of("team:web");
    TeamId api = TeamId.of("team:api");
    ThroughputHistory history = stationaryDaily(130, 11);
    Feature both = Feature.builder().id(FeatureId.of("EPIC-1")).priority(1).putWork(web, 40).putWork(api, 40).build();
    DeliveryPlan plan = DeliveryPlan.builder().putThroughput(web, history).putThroughput(api, history).addFeature(both)
        .build();
    LocalDate asOf = SUNDAY.plusDays(190);
    RoadmapForecast exact = DeliveryForecaster.forPlan(plan).roadmap(asOf);
    assertThat(exact.explanation().method()).isEqualTo(ForecastMethod.EXACT);
    assertThat(exact.explanation().methodReason()).contains("product of its teams' CDFs");
    FeatureForecast f = exact.features().get(0);
    DeliveryForecast webOnly = f.team(web).orElseThrow();
    DeliveryForecast apiOnly = f.team(api).orElseThrow();
    LocalDate d85 = webOnly.dateAt(0.85).orElseThrow();
    double product = webOnly.likelihoodBy(d85) * apiOnly.likelihoodBy(d85);
    assertThat(f.forecast().likelihoodBy(d85)).isCloseTo(product, within(1e-12)).isLessThan(0.8);
    assertThat(f.forecast().dateAt(0.85).orElseThrow()).isAfter(d85);
    // Monte Carlo takes the later team trial by trial and agrees within its standard error.
    int trials = 40_000;
    RoadmapForecast mc = DeliveryForecaster.forPlan(plan).withMethod(ForecastMethod.MONTE_CARLO).withTrials(trials)
        .withSeed(5).roadmap(asOf);
    for (LocalDate d : f.forecast().likelihoods().keySet()) {
      double p = f.forecast().likelihoodBy(d);
      assertThat(mc.features().get(0).forecast().likelihoodBy(d)).as("P(done by %s)", d)
          .isCloseTo(p, within(6 * Math.sqrt(p * (1 - p) / trials) + 36.0 / trials));
    }
  }

  @Test
  void featuresShareAThroughputInPriorityOrder() {
    TeamId team = TeamId.of("team:core");
    ThroughputHistory history = stationaryDaily(130, 13);
    DeliveryPlan plan = DeliveryPlan.builder().putThroughput(team, history)
        .addFeature(Feature.of(FeatureId.of("B"), 2, team, 20))
        .addFeature(Feature.of(FeatureId.of("A"), 1, team, 30))
        .build();
    LocalDate asOf = SUNDAY.plusDays(190);
    RoadmapForecast roadmap = DeliveryForecaster.forPlan(plan).roadmap(asOf);
    assertThat(roadmap.features()).extracting(FeatureForecast::id).containsExactly(FeatureId.of("A"), FeatureId.of("B"));
    assertThat(roadmap.explanation().method()).isEqualTo(ForecastMethod.EXACT);
    DeliveryForecaster single = DeliveryForecaster.fromThroughput(history);
    // A alone is 30 items; B finishes with A: 50 items.
    assertThat(roadmap.features().get(0).forecast().dateAt(0.85)).isEqualTo(single.when(30, asOf).dateAt(0.85));
    assertThat(roadmap.features().get(1).forecast().dateAt(0.85)).isEqualTo(single.when(50, asOf).dateAt(0.85));
    // The Monte Carlo roadmap agrees within noise.
    RoadmapForecast mc = DeliveryForecaster.forPlan(plan).withMethod(ForecastMethod.MONTE_CARLO).withTrials(40_000)
        .roadmap(asOf);
    LocalDate d = roadmap.features().get(1).forecast().dateAt(0.5).orElseThrow();
    assertThat(mc.features().get(1).forecast().likelihoodBy(d))
        .isCloseTo(roadmap.features().get(1).forecast().likelihoodBy(d), within(0.015));
  }

  @Test
  void featureWipSpreadsItemsOverTheFirstFeatures() {
    TeamId team = TeamId.of("team:core");
    ThroughputHistory history = stationaryDaily(130, 31);
    DeliveryPlan plan = DeliveryPlan.builder().putThroughput(team, history)
        .addFeature(Feature.of(FeatureId.of("A"), 1, team, 20))
        .addFeature(Feature.of(FeatureId.of("B"), 2, team, 20))
        .addFeature(Feature.of(FeatureId.of("C"), 3, team, 0))
        .build();
    LocalDate asOf = SUNDAY.plusDays(190);
    DeliveryForecaster f = DeliveryForecaster.forPlan(plan).withTrials(20_000).withSeed(9);
    RoadmapForecast sequential = f.roadmap(asOf);
    RoadmapForecast shared = f.withFeatureWip(2).roadmap(asOf);
    assertThat(shared.explanation().methodReason()).contains("feature WIP above 1 is sampled");
    // Sharing delays the first feature ...
    assertThat(shared.features().get(0).forecast().dateAt(0.5).orElseThrow())
        .isAfter(sequential.features().get(0).forecast().dateAt(0.5).orElseThrow());
    // ... and neither can finish later than all 40 items, which is when B finishes in sequence.
    LocalDate both = sequential.features().get(1).forecast().dateAt(0.5).orElseThrow();
    double all40 = sequential.features().get(1).forecast().likelihoodBy(both);
    assertThat(shared.features().get(0).forecast().likelihoodBy(both)).isGreaterThanOrEqualTo(all40 - 0.02);
    assertThat(shared.features().get(1).forecast().likelihoodBy(both)).isGreaterThanOrEqualTo(all40 - 0.02);
    // An empty feature is done at once.
    assertThat(shared.features().get(2).forecast().dateAt(1.0)).contains(asOf);
    assertThatThrownBy(() -> f.withFeatureWip(0)).hasMessage("wip must be within [1, 1000] (was 0)");
  }

  @Test
  void planValidationReportsEveryProblem() {
    TeamId team = TeamId.of("team:core");
    DeliveryPlan plan = DeliveryPlan.builder().putThroughput(team, ThroughputHistory.weekly(MONDAY, WEEKDAYS, 0, 0))
        .addFeature(Feature.of(FeatureId.of("A"), 1, TeamId.of("team:ghost"), 3))
        .addFeature(Feature.builder().id(FeatureId.of("A")).priority(2).build())
        .build();
    assertThat(plan.validate().errors()).extracting(v -> v.code() + " " + v.path()).containsExactly(
        "delivery.all-zero-history throughput[0].counts",
        "delivery.unknown-team features[0].work",
        "delivery.duplicate-id features[1].id",
        "delivery.empty-feature features[1].work");
  }

  @Test
  void backtestHitRateOfStationaryHistoryIsNearTheLevel() {
    ThroughputHistory history = stationaryDaily(364, 17);
    DeliveryForecaster forecaster = DeliveryForecaster.fromThroughput(history).withWindow(91);
    Backtest backtest = forecaster.backtestRolling(14, 7);
    assertThat(backtest.points()).hasSize((364 - 14) / 7);
    assertThat(backtest.evaluated()).isGreaterThan(40);
    assertThat(backtest.hitRate().orElseThrow()).isBetween(0.7, 1.0);
    BacktestPoint p = backtest.points().stream().filter(BacktestPoint::evaluated).findFirst().orElseThrow();
    int first = (int) (p.cutoff().toEpochDay() - MONDAY.toEpochDay());
    long actual = 0;
    for (int i = first; i < first + 14; i++) {
      actual += history.count(i);
    }
    assertThat(p.actualItems()).isEqualTo(actual);
    assertThat(backtest.points().get(0).skippedBecause()).hasValueSatisfying(s -> assertThat(s).contains("insufficient"));
  }

  @Test
  void sameSeedSameForecast() {
    ThroughputHistory history = stationaryDaily(130, 19);
    DeliveryForecaster f = DeliveryForecaster.fromThroughput(history).withMethod(ForecastMethod.MONTE_CARLO).withSeed(7);
    LocalDate asOf = SUNDAY.plusDays(190);
    assertThat(f.when(120, asOf).likelihoods()).isEqualTo(f.when(120, asOf).likelihoods());
    assertThat(f.when(120, asOf).explain()).contains("10000 Monte Carlo trials, seed 7");
  }

  @Test
  void designSketchReadsAsDocumented() {
    ThroughputHistory history = stationaryDaily(130, 23);
    LocalDate asOf = SUNDAY.plusDays(190);
    DeliveryForecast when = DeliveryForecaster.fromThroughput(history).withSeed(7).when(120, asOf);
    assertThat(when.dateAt(0.85)).isPresent();
    assertThat(when.dateAt(0.85).orElseThrow()).isAfterOrEqualTo(when.dateAt(0.5).orElseThrow());
    assertThat(when.explanation().percentileRule()).contains("nearest rank");
    assertThat(when.explanation().samples()).isEqualTo(18 * 5 + 4); // 130 days: 18 weeks and Mon–Thu
  }

  /** A daily history of about 1.8 items per working day, weekends 0. */
  static ThroughputHistory stationaryDaily(int days, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] counts = new int[days];
    int[] weights = {0, 0, 0, 1, 1, 1, 2, 2, 3, 4, 5};
    for (int d = 0; d < days; d++) {
      counts[d] = d % 7 < 5 ? weights[r.nextInt(weights.length)] : 0;
    }
    return ThroughputHistory.daily(MONDAY, WEEKDAYS, counts);
  }

  @Test
  void listOfCutoffsBeyondTheHistoryIsSkipped() {
    ThroughputHistory history = stationaryDaily(60, 29);
    Backtest b = DeliveryForecaster.fromThroughput(history).backtest(List.of(MONDAY.plusDays(55)), 10);
    assertThat(b.hitRate()).isEmpty();
    assertThat(b.points().get(0).skippedBecause()).contains("the test window reaches past the history");
  }
}

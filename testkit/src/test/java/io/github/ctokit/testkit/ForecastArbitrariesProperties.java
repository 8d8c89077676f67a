package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.delivery.DeliveryPlan;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.ThroughputPeriod;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.scoring.forecast.DeliveryForecast;
import io.github.ctokit.scoring.forecast.DeliveryForecaster;
import io.github.ctokit.scoring.forecast.RoadmapForecast;
import io.github.ctokit.scoring.staffing.QueueMetrics;
import io.github.ctokit.scoring.staffing.QueueStaffing;
import java.time.Duration;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated histories, plans and queues are valid and forecast without error. */
class ForecastArbitrariesProperties {

  @Provide
  Arbitrary<ThroughputHistory> histories() {
    return ForecastArbitraries.throughputHistories();
  }

  @Provide
  Arbitrary<DeliveryPlan> plans() {
    return ForecastArbitraries.deliveryPlans(4, 12);
  }

  @Provide
  Arbitrary<QueueStaffing> queues() {
    return ForecastArbitraries.queues();
  }

  @Property(tries = 200)
  void generatedHistoriesAreValidAndForecastable(@ForAll("histories") ThroughputHistory history) {
    ValidationResult result = history.validate();
    assertThat(result.isValid()).as(result.toString()).isTrue();
    DeliveryForecast when = DeliveryForecaster.fromThroughput(history).withTrials(500).when(40, history.endExclusive());
    assertThat(when.unfinishedShare()).isBetween(0.0, 1.0);
    assertThat(when.explain()).isNotBlank();
  }

  @Property(tries = 60)
  void generatedPlansValidateCleanAndForecast(@ForAll("plans") DeliveryPlan plan) {
    assertThat(plan.validate().isValid()).as(plan.validate().toString()).isTrue();
    java.time.LocalDate asOf = plan.throughput().values().iterator().next().endExclusive();
    RoadmapForecast roadmap = DeliveryForecaster.forPlan(plan).withTrials(300).roadmap(asOf);
    assertThat(roadmap.features()).hasSize(plan.features().size());
  }

  @Property(tries = 40)
  void generatedPlansForecastUnderEveryPolicy(@ForAll("plans") DeliveryPlan plan,
      @net.jqwik.api.constraints.IntRange(min = 1, max = 4) @ForAll int wip,
      @net.jqwik.api.constraints.IntRange(min = 0, max = 200) @ForAll int percent, @ForAll boolean exactIfPossible) {
    java.time.LocalDate asOf = plan.throughput().values().iterator().next().endExclusive();
    DeliveryForecaster f = DeliveryForecaster.forPlan(plan).withTrials(200).withFeatureWip(wip)
        .withCapacity(io.github.ctokit.scoring.forecast.CapacityOutlook.baseline(20)
            .withPlanned(asOf.plusDays(5), asOf.plusDays(60), 20 * percent / 100.0))
        .withMethod(exactIfPossible ? io.github.ctokit.scoring.forecast.ForecastMethod.AUTO
            : io.github.ctokit.scoring.forecast.ForecastMethod.MONTE_CARLO);
    RoadmapForecast roadmap = f.roadmap(asOf);
    for (var feature : roadmap.features()) {
      double previous = 0;
      for (double likelihood : feature.forecast().likelihoods().values()) {
        assertThat(likelihood).isBetween(previous, 1.0);
        previous = likelihood;
      }
      feature.byTeam().values().forEach(d -> assertThat(d.unfinishedShare()).isBetween(0.0, 1.0));
    }
    assertThat(roadmap.explain()).isNotBlank();
  }

  @Property
  void queuesGiveFiniteMetrics(@ForAll("queues") QueueStaffing queue) {
    QueueMetrics m = queue.metrics((int) Math.floor(queue.offeredLoad()) + 1);
    assertThat(m.probabilityOfWaiting()).isBetween(0.0, 1.0);
    assertThat(m.averageSpeedOfAnswerSeconds().orElseThrow()).isFinite().isNotNegative();
    assertThat(queue.staffFor(0.8, Duration.ofSeconds(20)).achieved()).isGreaterThanOrEqualTo(0.8);
  }

  @Property
  void sameHistoryForSameArguments(@ForAll long seed) {
    assertThat(ForecastArbitraries.throughputHistory(ThroughputPeriod.WEEK, 26, seed))
        .isEqualTo(ForecastArbitraries.throughputHistory(ThroughputPeriod.WEEK, 26, seed));
  }
}

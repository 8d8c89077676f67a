package io.github.ctokit.benchmarks.forecast;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.DeliveryPlan;
import io.github.ctokit.core.delivery.Feature;
import io.github.ctokit.core.delivery.FeatureId;
import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.WorkingCalendar;
import io.github.ctokit.scoring.forecast.DeliveryForecast;
import io.github.ctokit.scoring.forecast.DeliveryForecaster;
import io.github.ctokit.scoring.forecast.ForecastMethod;
import io.github.ctokit.scoring.forecast.ItemsForecast;
import io.github.ctokit.scoring.forecast.RoadmapForecast;
import io.github.ctokit.scoring.staffing.QueueMetrics;
import io.github.ctokit.scoring.staffing.QueueStaffing;
import io.github.ctokit.scoring.staffing.StaffingPlan;
import java.time.Duration;
import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Delivery forecasts and queue staffing. The history is 26 weeks of daily throughput (about 2
 * items a working day, a quarter of the days empty), so "when will 500 items be done" walks about
 * 250 working days per trial. Target (issue 6): a 10,000-trial forecast of 500 items under 50 ms.
 * {@code exactWhen500} computes the same distribution exactly by convolution; {@code roadmap}
 * forecasts 20 features over 3 teams with scope growth (Monte Carlo, 10,000 trials);
 * {@code erlangC500} staffs a 500-Erlang queue for 80 % within 20 seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ForecastBenchmark {

  static final LocalDate START = LocalDate.of(2026, 6, 1);
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  private DeliveryForecaster monteCarlo;
  private DeliveryForecaster exact;
  private DeliveryForecaster roadmap;
  private QueueStaffing queue;

  static ThroughputHistory history(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] weights = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5};
    int[] counts = new int[182];
    for (int d = 0; d < counts.length; d++) {
      counts[d] = d % 7 < 5 ? weights[r.nextInt(weights.length)] : 0;
    }
    return ThroughputHistory.daily(START, WorkingCalendar.mondayToFriday(), counts);
  }

  /** Builds the engines once. */
  @Setup
  public void setUp() {
    ThroughputHistory history = history(42);
    monteCarlo = DeliveryForecaster.fromThroughput(history).withSeed(7).withMethod(ForecastMethod.MONTE_CARLO);
    exact = DeliveryForecaster.fromThroughput(history).withMethod(ForecastMethod.EXACT);
    DeliveryPlan.Builder plan = DeliveryPlan.builder().scopeGrowth(ScopeGrowth.between(1, 1.3));
    TeamId[] teams = {TeamId.of("team-a"), TeamId.of("team-b"), TeamId.of("team-c")};
    for (int t = 0; t < teams.length; t++) {
      plan.putThroughput(teams[t], history(100 + t));
    }
    for (int f = 0; f < 20; f++) {
      Feature.Builder feature = Feature.builder().id(FeatureId.of("F-" + f)).priority(1 + f)
          .putWork(teams[f % 3], 10 + f % 7);
      if (f % 4 == 0) {
        feature.putWork(teams[(f + 1) % 3], 5);
      }
      plan.addFeature(feature.build());
    }
    roadmap = DeliveryForecaster.forPlan(plan.build()).withSeed(7);
    queue = QueueStaffing.of(10_000, Duration.ofMinutes(3)); // 500 Erlangs
  }

  /**
   * When will 500 items be done: 10,000 Monte Carlo trials.
   *
   * @return the forecast
   */
  @Benchmark
  public DeliveryForecast monteCarloWhen500() {
    return monteCarlo.when(500, AS_OF);
  }

  /**
   * When will 500 items be done: the exact convolution.
   *
   * @return the forecast
   */
  @Benchmark
  public DeliveryForecast exactWhen500() {
    return exact.when(500, AS_OF);
  }

  /**
   * How many items in 13 weeks: 10,000 Monte Carlo trials.
   *
   * @return the forecast
   */
  @Benchmark
  public ItemsForecast monteCarloHowMany13Weeks() {
    return monteCarlo.howMany(AS_OF, AS_OF.plusWeeks(13));
  }

  /**
   * 20 features over 3 teams with scope growth: 10,000 trials.
   *
   * @return the forecast
   */
  @Benchmark
  public RoadmapForecast roadmap20Features3Teams() {
    return roadmap.roadmap(AS_OF);
  }

  /**
   * Agents for 80 % within 20 s at 500 Erlangs.
   *
   * @return the plan
   */
  @Benchmark
  public StaffingPlan erlangC500() {
    return queue.staffFor(0.8, Duration.ofSeconds(20));
  }

  /**
   * Erlang C figures with 520 agents at 500 Erlangs.
   *
   * @return the metrics
   */
  @Benchmark
  public QueueMetrics erlangCMetrics520() {
    return queue.metrics(520);
  }
}

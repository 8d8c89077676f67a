package io.github.ctokit.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.delivery.WorkingCalendar;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The invariants DeliveryForecaster's javadoc promises. */
class DeliveryForecasterProperties {

  private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday
  private static final LocalDate AS_OF = LocalDate.of(2027, 6, 6); // a Sunday after the histories
  private static final double[] LEVELS = {0, 0.1, 0.3, 0.5, 0.7, 0.85, 0.9, 0.95, 0.99, 1};

  /** Daily Monday–Friday histories of 2 to 8 weeks, 0–6 items a working day, at least 5 non-zero days. */
  @Provide
  Arbitrary<ThroughputHistory> histories() {
    return Combinators.combine(Arbitraries.integers().between(2, 8), Arbitraries.longs(), Arbitraries.integers().between(1, 6))
        .as((weeks, seed, max) -> {
          java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
          int[] counts = new int[weeks * 7];
          for (int d = 0; d < counts.length; d++) {
            counts[d] = d % 7 < 5 ? r.nextInt(max + 1) : 0;
          }
          int nonZero = 0;
          for (int d = 0; d < counts.length && nonZero < 5; d++) {
            if (d % 7 < 5 && counts[d] == 0) {
              counts[d] = 1 + r.nextInt(max);
            }
            nonZero += d % 7 < 5 && counts[d] > 0 ? 1 : 0;
          }
          return ThroughputHistory.daily(START, WorkingCalendar.mondayToFriday(), counts);
        });
  }

  private static DeliveryForecaster forecaster(ThroughputHistory history) {
    return DeliveryForecaster.fromThroughput(history).withSufficiency(DataSufficiency.of(10, 5));
  }

  @Property(tries = 40)
  void exactAndMonteCarloAgreeWithinTheStandardError(@ForAll("histories") ThroughputHistory history,
      @ForAll @IntRange(min = 1, max = 80) int items, @ForAll long seed) {
    int trials = 20_000;
    DeliveryForecast exact = forecaster(history).withMethod(ForecastMethod.EXACT).when(items, AS_OF);
    DeliveryForecast mc = forecaster(history).withMethod(ForecastMethod.MONTE_CARLO).withTrials(trials).withSeed(seed)
        .when(items, AS_OF);
    assertThat(exact.explanation().method()).isEqualTo(ForecastMethod.EXACT);
    for (Map.Entry<LocalDate, Double> e : exact.likelihoods().entrySet()) {
      double f = e.getValue();
      double se = Math.sqrt(f * (1 - f) / trials);
      // 6 standard errors: a per-date false alarm below 1e-8, yet an off-by-one period is caught.
      // Plus 6²/n, the Wilson allowance: where n·f is tiny, one rare trial is many "errors" away.
      assertThat(mc.likelihoodBy(e.getKey())).as("P(done by %s)", e.getKey()).isCloseTo(f,
          org.assertj.core.api.Assertions.within(6 * se + 36.0 / trials));
    }
    LocalDate until = AS_OF.plusDays(items % 30 + 1);
    ItemsForecast exactMany = forecaster(history).withMethod(ForecastMethod.EXACT).howMany(AS_OF, until);
    ItemsForecast mcMany = forecaster(history).withMethod(ForecastMethod.MONTE_CARLO).withTrials(trials).withSeed(seed)
        .howMany(AS_OF, until);
    for (long x = 0; x <= exactMany.itemsAt(0) + 1; x++) {
      double f = exactMany.likelihoodOfAtLeast(x);
      double se = Math.sqrt(f * (1 - f) / trials);
      assertThat(mcMany.likelihoodOfAtLeast(x)).as("P(≥ %s)", x).isCloseTo(f,
          org.assertj.core.api.Assertions.within(6 * se + 36.0 / trials));
    }
  }

  @Property(tries = 15)
  void exactAndMonteCarloRoadmapsAgree(@ForAll("histories") ThroughputHistory first,
      @ForAll("histories") ThroughputHistory second, @ForAll @IntRange(min = 0, max = 40) int a,
      @ForAll @IntRange(min = 1, max = 40) int b, @ForAll @IntRange(min = 0, max = 40) int c, @ForAll long seed) {
    io.github.ctokit.core.TeamId one = io.github.ctokit.core.TeamId.of("team-1");
    io.github.ctokit.core.TeamId two = io.github.ctokit.core.TeamId.of("team-2");
    io.github.ctokit.core.delivery.DeliveryPlan plan = io.github.ctokit.core.delivery.DeliveryPlan.builder()
        .putThroughput(one, first).putThroughput(two, second)
        .addFeature(io.github.ctokit.core.delivery.Feature.builder()
            .id(io.github.ctokit.core.delivery.FeatureId.of("X")).priority(1).putWork(one, a).putWork(two, b).build())
        .addFeature(io.github.ctokit.core.delivery.Feature.of(io.github.ctokit.core.delivery.FeatureId.of("Y"), 2, one, c))
        .build();
    int trials = 20_000;
    DeliveryForecaster f = DeliveryForecaster.forPlan(plan).withSufficiency(DataSufficiency.of(10, 5));
    RoadmapForecast exact = f.withMethod(ForecastMethod.EXACT).roadmap(AS_OF);
    RoadmapForecast mc = f.withMethod(ForecastMethod.MONTE_CARLO).withTrials(trials).withSeed(seed).roadmap(AS_OF);
    for (int k = 0; k < 2; k++) {
      DeliveryForecast e = exact.features().get(k).forecast();
      for (Map.Entry<LocalDate, Double> entry : e.likelihoods().entrySet()) {
        double p = entry.getValue();
        assertThat(mc.features().get(k).forecast().likelihoodBy(entry.getKey())).isCloseTo(p,
            org.assertj.core.api.Assertions.within(6 * Math.sqrt(p * (1 - p) / trials) + 36.0 / trials));
      }
    }
  }

  @Property(tries = 60)
  void percentilesAreMonotone(@ForAll("histories") ThroughputHistory history, @ForAll @IntRange(min = 0, max = 200) int items,
      @ForAll long seed, @ForAll boolean exact) {
    DeliveryForecaster f = forecaster(history).withSeed(seed).withTrials(1_000)
        .withMethod(exact ? ForecastMethod.EXACT : ForecastMethod.MONTE_CARLO);
    DeliveryForecast when = f.when(items, AS_OF);
    ItemsForecast many = f.howMany(AS_OF, AS_OF.plusDays(items % 60));
    Optional<LocalDate> previousDate = Optional.of(AS_OF);
    long previousItems = Long.MAX_VALUE;
    for (double p : LEVELS) {
      Optional<LocalDate> date = when.dateAt(p);
      if (previousDate.isEmpty()) {
        assertThat(date).as("beyond the horizon stays beyond").isEmpty();
      } else if (date.isPresent()) {
        assertThat(date.get()).isAfterOrEqualTo(previousDate.get());
      }
      previousDate = date;
      long x = many.itemsAt(p);
      assertThat(x).isLessThanOrEqualTo(previousItems).isGreaterThanOrEqualTo(0);
      assertThat(many.likelihoodOfAtLeast(x)).isGreaterThanOrEqualTo(p - 1e-9);
      previousItems = x;
    }
  }

  @Property(tries = 60)
  void moreItemsNeverFinishEarlier(@ForAll("histories") ThroughputHistory history, @ForAll @IntRange(min = 0, max = 150) int items,
      @ForAll @IntRange(min = 1, max = 50) int more, @ForAll long seed, @ForAll boolean exact, @ForAll boolean grows) {
    DeliveryForecaster f = forecaster(history).withSeed(seed).withTrials(1_000);
    f = grows ? f.withScopeGrowth(ScopeGrowth.between(1, 1.4)) : f.withMethod(exact ? ForecastMethod.EXACT : ForecastMethod.AUTO);
    DeliveryForecast fewer = f.when(items, AS_OF);
    DeliveryForecast larger = f.when(items + more, AS_OF);
    for (double p : LEVELS) {
      Optional<LocalDate> a = fewer.dateAt(p);
      Optional<LocalDate> b = larger.dateAt(p);
      if (b.isPresent()) {
        assertThat(a).isPresent();
        assertThat(b.get()).isAfterOrEqualTo(a.get());
      }
    }
    for (LocalDate d : larger.likelihoods().keySet()) {
      assertThat(larger.likelihoodBy(d)).isLessThanOrEqualTo(fewer.likelihoodBy(d) + 1e-12);
    }
  }

  @Property(tries = 40)
  void lessCapacityNeverFinishesEarlier(@ForAll("histories") ThroughputHistory history, @ForAll @IntRange(min = 1, max = 150) int items,
      @ForAll long seed, @ForAll @IntRange(min = 0, max = 100) int percent) {
    DeliveryForecaster f = forecaster(history).withSeed(seed).withTrials(1_000).withMethod(ForecastMethod.MONTE_CARLO);
    CapacityOutlook dip = CapacityOutlook.baseline(40).withPlanned(AS_OF.plusDays(3), AS_OF.plusDays(40), 40 * percent / 100.0);
    DeliveryForecast full = f.when(items, AS_OF);
    DeliveryForecast dipped = f.withCapacity(dip).when(items, AS_OF);
    for (double p : LEVELS) {
      dipped.dateAt(p).ifPresent(d -> assertThat(d).isAfterOrEqualTo(full.dateAt(p).orElseThrow()));
    }
  }

  @Property(tries = 30)
  void sameSeedSameNumbers(@ForAll("histories") ThroughputHistory history, @ForAll @IntRange(min = 1, max = 100) int items,
      @ForAll @LongRange(min = -5, max = 5) long seed) {
    DeliveryForecast a = forecaster(history).withSeed(seed).withTrials(2_000).withMethod(ForecastMethod.MONTE_CARLO)
        .withScopeGrowth(ScopeGrowth.between(1, 1.5)).when(items, AS_OF);
    DeliveryForecast b = forecaster(history).withMethod(ForecastMethod.MONTE_CARLO).withScopeGrowth(ScopeGrowth.between(1, 1.5))
        .withTrials(2_000).withSeed(seed).when(items, AS_OF);
    assertThat(a.likelihoods()).isEqualTo(b.likelihoods());
    assertThat(a.explain()).isEqualTo(b.explain());
  }
}

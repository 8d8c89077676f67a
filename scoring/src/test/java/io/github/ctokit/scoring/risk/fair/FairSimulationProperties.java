package io.github.ctokit.scoring.risk.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.internal.SpecialFunctions;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.joda.money.CurrencyUnit;

/**
 * Analytic cross-checks (REFERENCES §3.5) within a few standard errors, and determinism. Every
 * tolerance is 4.5 analytic standard errors, so a correct engine fails one try in about 150,000.
 */
class FairSimulationProperties {

  private static final double K = 4.5;

  static LossScenario scenario(String id, Distribution frequency, Distribution magnitude) {
    return LossScenario.builder().id(ScenarioId.of(id)).currency(CurrencyUnit.EUR)
        .lossEventFrequency(frequency).primaryLoss(magnitude).build();
  }

  static LossPortfolio portfolio(List<LossScenario> scenarios) {
    return LossPortfolio.builder().currency(CurrencyUnit.EUR).addAllScenarios(scenarios).build();
  }

  @Property(tries = 30)
  void poissonLognormalMean(@ForAll @DoubleRange(min = 0.05, max = 3) double rate,
      @ForAll @DoubleRange(min = 0, max = 12) double mu, @ForAll @DoubleRange(min = 0.1, max = 1.2) double sigma,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    int years = 40_000;
    LossExposure e = FairSimulation.of(portfolio(List.of(scenario("s", Distribution.constant(rate),
        Distribution.lognormal(mu, sigma))))).withYears(years).withSeed(seed).withTailLevels().simulate();
    double ale = rate * Math.exp(mu + sigma * sigma / 2);
    double var = rate * Math.exp(2 * mu + 2 * sigma * sigma);
    assertThat(e.total().mean()).isCloseTo(ale, within(K * Math.sqrt(var / years)));
    assertThat(e.total().probabilityOfNoLoss()).isCloseTo(Math.exp(-rate),
        within(proportionTolerance(Math.exp(-rate), years)));
    assertThat(e.total().meanEvents()).isCloseTo(rate, within(K * Math.sqrt(rate / years)));
  }

  @Provide
  Arbitrary<Distribution> magnitudes() {
    Arbitrary<Double> a = Arbitraries.doubles().between(0, 1000);
    Arbitrary<Double> w = Arbitraries.doubles().between(1, 5000);
    Arbitrary<Double> f = Arbitraries.doubles().between(0, 1);
    return Arbitraries.oneOf(
        Combinators.combine(a, w, f).as((lo, width, m) -> Distribution.pert(lo, lo + m * width, lo + width)),
        Combinators.combine(a, w, f, Arbitraries.doubles().between(0.5, 8))
            .as((lo, width, m, g) -> Distribution.pert(lo, lo + m * width, lo + width, g)),
        Combinators.combine(a, w, f).as((lo, width, m) -> Distribution.pertMomentMatched(lo, lo + m * width, lo + width, 4)),
        Combinators.combine(a, w, f).as((lo, width, m) -> Distribution.triangular(lo, lo + m * width, lo + width)),
        Combinators.combine(a, w).as((lo, width) -> Distribution.uniform(lo, lo + width)),
        Combinators.combine(Arbitraries.doubles().between(1, 1000), Arbitraries.doubles().between(1.5, 100))
            .as((lo, ratio) -> Distribution.lognormal90(lo, lo * ratio)),
        Combinators.combine(a, w).as((m, s) -> Distribution.truncatedNormal(m, s, 0, Double.POSITIVE_INFINITY)),
        Arbitraries.doubles().between(0, 50).map(Distribution::poisson),
        Arbitraries.doubles().between(0, 1).map(Distribution::bernoulli),
        a.map(Distribution::constant),
        a.array(double[].class).ofMinSize(1).ofMaxSize(20).map(Distribution::empirical));
  }

  @Property(tries = 40)
  void bernoulliTimesAnyMagnitude(@ForAll @DoubleRange(min = 0, max = 1) double p,
      @ForAll("magnitudes") Distribution magnitude, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    int years = 40_000;
    LossExposure e = FairSimulation.of(portfolio(List.of(scenario("s", Distribution.constant(p), magnitude))))
        .withYears(years).withSeed(seed).withFrequencyModel(FrequencyModel.BERNOULLI).withTailLevels().simulate();
    double m = magnitude.mean();
    double var = p * (magnitude.variance() + m * m) - p * p * m * m;
    assertThat(e.total().mean()).isCloseTo(p * m, within(K * Math.sqrt(var / years) + 1e-9 * (1 + p * m)));
    assertThat(e.total().eventCounts().keySet()).isSubsetOf(0, 1);
  }

  /** Under BERNOULLI with p = 1 a year's loss is exactly one draw: the sample is the distribution's. */
  @Property(tries = 40)
  void drawsFollowTheDistribution(@ForAll("magnitudes") Distribution magnitude,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    int years = 30_000;
    LossExposure e = FairSimulation.of(portfolio(List.of(scenario("s", Distribution.constant(1), magnitude))))
        .withYears(years).withSeed(seed).withFrequencyModel(FrequencyModel.BERNOULLI)
        .withStatistics(StatisticsMode.EXACT).withTailLevels().simulate();
    LossStatistics l = e.total();
    assertThat(l.mean()).isCloseTo(magnitude.mean(), within(K * Math.sqrt(magnitude.variance() / years) + 1e-9 * (1 + magnitude.mean())));
    // The sample standard deviation of a heavy-tailed lognormal (σ up to 1.4 here, kurtosis in the
    // thousands) misses the true one by more than 10 % in about one run in five at 30,000 draws;
    // its shape is checked by the CDF counts below instead.
    if (magnitude.variance() > 0 && magnitude.kind() != Distribution.Kind.LOGNORMAL) {
      double sd = l.standardDeviation();
      assertThat(sd).isCloseTo(magnitude.standardDeviation(), within(0.1 * magnitude.standardDeviation()));
    }
    // #(samples ≤ x) ~ Binomial(n, F(x)) at the mean and one standard deviation either side
    for (double x : new double[] {magnitude.mean() - magnitude.standardDeviation(), magnitude.mean(),
        magnitude.mean() + magnitude.standardDeviation()}) {
      double cdf = magnitude.cdf(x);
      double observed = 1 - l.exceedanceProbability(x);
      assertThat(observed).isCloseTo(cdf, within(proportionTolerance(cdf, years)));
    }
  }

  @Property(tries = 25)
  void bernoulliLognormalExceedance(@ForAll @DoubleRange(min = 0.05, max = 0.95) double p,
      @ForAll @DoubleRange(min = 0, max = 10) double mu, @ForAll @DoubleRange(min = 0.2, max = 2) double sigma,
      @ForAll @DoubleRange(min = -1.5, max = 2.5) double z, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    int years = 40_000;
    LossExposure e = FairSimulation.of(portfolio(List.of(scenario("s", Distribution.constant(p),
        Distribution.lognormal(mu, sigma))))).withYears(years).withSeed(seed)
        .withFrequencyModel(FrequencyModel.BERNOULLI).withStatistics(StatisticsMode.EXACT).withTailLevels().simulate();
    double x = Math.exp(mu + sigma * z);
    double expected = p * (1 - SpecialFunctions.normalCdf(z));
    assertThat(e.total().exceedanceProbability(x))
        .isCloseTo(expected, within(proportionTolerance(expected, years)));
    assertThat(e.total().mean()).isCloseTo(p * Math.exp(mu + sigma * sigma / 2),
        within(K * Math.sqrt((p * Math.exp(2 * mu + 2 * sigma * sigma) - Math.pow(p * Math.exp(mu + sigma * sigma / 2), 2)) / years)));
  }

  @Property(tries = 25)
  void poissonConstantExceedance(@ForAll @DoubleRange(min = 0.05, max = 8) double rate,
      @ForAll @IntRange(min = 0, max = 12) int k, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    // L = 1000·N with N ~ Poisson(λ): P(L > 1000k + 500) = 1 − P(N ≤ k)
    int years = 40_000;
    LossExposure e = FairSimulation.of(portfolio(List.of(scenario("s", Distribution.constant(rate),
        Distribution.constant(1000))))).withYears(years).withSeed(seed).withTailLevels().simulate();
    double expected = 1 - Distribution.poisson(rate).cdf(k);
    assertThat(e.total().exceedanceProbability(1000.0 * k + 500))
        .isCloseTo(expected, within(proportionTolerance(expected, years)));
  }

  /**
   * K standard errors of a simulated proportion, plus K²/n: when n·p is tiny (an exceedance
   * probability of 2.5e-7 over 40,000 years) a single observed year is already many "standard
   * errors" away, and the normal approximation fails. The K²/n term is the continuity allowance of
   * the Wilson score interval.
   */
  private static double proportionTolerance(double p, int years) {
    return K * Math.sqrt(p * (1 - p) / years) + K * K / years;
  }

  @Provide
  Arbitrary<List<LossScenario>> portfolios() {
    Arbitrary<LossScenario> one = Combinators.combine(Arbitraries.doubles().between(0, 3),
        Arbitraries.of(FrequencyModel.POISSON, FrequencyModel.DRAWN_RATE_POISSON), magnitudes(),
        Arbitraries.integers().between(0, 999))
        .as((rate, model, magnitude, id) -> scenario("s" + id,
            model == FrequencyModel.POISSON ? Distribution.constant(rate) : Distribution.uniform(0, 2 * rate + 0.01),
            magnitude).withFrequencyModel(model));
    return one.list().ofMinSize(1).ofMaxSize(5).uniqueElements(LossScenario::id);
  }

  @Property(tries = 15)
  void identicalForOneTwoAndEightThreads(@ForAll("portfolios") List<LossScenario> scenarios,
      @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll boolean exact) {
    FairSimulation sim = FairSimulation.of(portfolio(scenarios)).withYears(40_000).withSeed(seed)
        .withStatistics(exact ? StatisticsMode.EXACT : StatisticsMode.STREAMING);
    LossExposure one = sim.sequential().simulate();
    List<Object> reference = fingerprint(one);
    for (int threads : new int[] {2, 8}) {
      assertThat(fingerprint(sim.withThreads(threads).simulate())).isEqualTo(reference);
    }
    if (one.total().mean() > 0) {
      assertThat(sim.withSeed(seed + 1L).sequential().simulate().total().mean()).isNotEqualTo(one.total().mean());
    }
  }

  private static List<Object> fingerprint(LossExposure e) {
    List<Object> out = new ArrayList<>();
    out.add(e.total().mean());
    out.add(e.total().standardError());
    out.add(e.total().percentiles());
    out.add(e.total().expectedShortfall(0.99));
    out.add(e.total().exceedanceCurve());
    out.add(e.total().eventCounts());
    out.add(e.contributions());
    for (LossStatistics s : e.scenarios().values()) {
      out.add(s.mean());
      out.add(s.percentiles());
      out.add(s.expectedShortfall(0.95));
    }
    return out;
  }

  @Property(tries = 15)
  void streamingPercentilesWithinTheirError(@ForAll("portfolios") List<LossScenario> scenarios,
      @ForAll @IntRange(min = 0, max = 1000) int seed, @ForAll @DoubleRange(min = 0, max = 1) double p) {
    FairSimulation sim = FairSimulation.of(portfolio(scenarios)).withYears(20_000).withSeed(seed).withTailLevels();
    LossStatistics streaming = sim.simulate().total();
    LossStatistics exact = sim.withStatistics(StatisticsMode.EXACT).simulate().total();
    double x = exact.percentile(p);
    assertThat(streaming.percentile(p)).isCloseTo(x, within(streaming.percentileRelativeError() * x + 1e-9));
    assertThat(streaming.mean()).isEqualTo(exact.mean());
  }
}

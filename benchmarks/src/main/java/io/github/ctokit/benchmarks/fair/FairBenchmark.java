package io.github.ctokit.benchmarks.fair;

import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import io.github.ctokit.scoring.risk.fair.FairSimulation;
import io.github.ctokit.scoring.risk.fair.LossExposure;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.joda.money.CurrencyUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * FAIR simulation of Poisson × lognormal portfolios (rates from 0.01 to 1 a year):
 * {@code portfolio-100x100000} (100 scenarios × 100,000 years, target under 100 ms on one core,
 * that is 1e8 scenario-years a second) and {@code single-1x10000000} (1 scenario × 10,000,000
 * years).
 *
 * <ul>
 *   <li>{@code simulateSequential}: the default statistics (streaming, with expected shortfall and
 *       tail contributions at 0.95, 0.99 and 0.999 from the same pass), one thread;
 *   <li>{@code simulateSequentialNoTail}: no tail levels (no co-tail sums), one thread;
 *   <li>{@code simulateParallel}: the default statistics on every available processor;
 *   <li>{@code naiveBaseline}: what a straightforward port of riskquant's loop does with the same
 *       commons-rng generator and samplers: every scenario, every year, a Poisson count and that
 *       many lognormal draws, summed into a per-year array; no statistics at all.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FairBenchmark {

  /** Scenarios × years. */
  @Param({"portfolio-100x100000", "single-1x10000000"})
  public String shape;

  private LossPortfolio portfolio;
  private int years;
  private double[] rates;
  private double[] mus;
  private double[] sigmas;

  /** Builds the portfolio. */
  @Setup
  public void setUp() {
    int scenarios = shape.startsWith("portfolio") ? 100 : 1;
    years = shape.startsWith("portfolio") ? 100_000 : 10_000_000;
    LossPortfolio.Builder b = LossPortfolio.builder().currency(CurrencyUnit.EUR);
    rates = new double[scenarios];
    mus = new double[scenarios];
    sigmas = new double[scenarios];
    for (int i = 0; i < scenarios; i++) {
      double rate = scenarios == 1 ? 0.5 : 0.01 + 0.99 * i / (scenarios - 1);
      Distribution loss = Distribution.lognormal90(1e4 * (1 + i % 7), 1e6 * (1 + i % 5));
      rates[i] = rate;
      mus[i] = loss.parameter("mu");
      sigmas[i] = loss.parameter("sigma");
      b.addScenarios(LossScenario.builder().id(ScenarioId.of("s" + i)).currency(CurrencyUnit.EUR)
          .lossEventFrequency(Distribution.constant(rate)).primaryLoss(loss).build());
    }
    portfolio = b.build();
  }

  /**
   * The default simulation on one thread.
   *
   * @return the exposure
   */
  @Benchmark
  public LossExposure simulateSequential() {
    return FairSimulation.of(portfolio).withYears(years).withSeed(42).sequential().simulate();
  }

  /**
   * One pass, no tail levels, one thread.
   *
   * @return the exposure
   */
  @Benchmark
  public LossExposure simulateSequentialNoTail() {
    return FairSimulation.of(portfolio).withYears(years).withSeed(42).withTailLevels().sequential().simulate();
  }

  /**
   * The default simulation on every processor.
   *
   * @return the exposure
   */
  @Benchmark
  public LossExposure simulateParallel() {
    return FairSimulation.of(portfolio).withYears(years).withSeed(42).simulate();
  }

  /**
   * The naive per-year loop, for comparison.
   *
   * @return the mean annual loss
   */
  @Benchmark
  public double naiveBaseline() {
    UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(42L);
    ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
    double[] total = new double[years];
    for (int s = 0; s < rates.length; s++) {
      DiscreteSampler poisson = PoissonSampler.of(rng, rates[s]);
      double mu = mus[s];
      double sigma = sigmas[s];
      for (int y = 0; y < years; y++) {
        int k = poisson.sample();
        double loss = 0;
        for (int e = 0; e < k; e++) {
          loss += Math.exp(mu + sigma * gauss.sample());
        }
        total[y] += loss;
      }
    }
    double sum = 0;
    for (double t : total) {
      sum += t;
    }
    return sum / years;
  }
}

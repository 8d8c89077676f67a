package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.risk.fair.CorrelationMatrix;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.scoring.PercentileConvention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The FAIR Monte Carlo simulation: a portfolio of loss scenarios simulated over many years with a
 * named frequency model and a seed, giving the distribution of annual loss of each scenario and of
 * the portfolio.
 *
 * <p>An immutable, thread-safe, reusable engine configured with {@code withX} copies; the terminal
 * calls are {@link #simulate()} and {@link #compare(List)}. Defaults: 100,000 years, seed 0,
 * {@link FrequencyModel#POISSON}, all available processors, {@link StatisticsMode#STREAMING},
 * nearest-rank percentiles (exact mode), tail levels 0.95, 0.99 and 0.999, no stopping rule.
 *
 * <p><b>Determinism.</b> The years are split into blocks of 16,384; each scenario's random numbers
 * in a block come from two xoshiro256++ streams (frequency and magnitude) whose seeds are a hash of
 * (seed, scenario id, block), and every sum is combined in block order: the same seed gives
 * bit-identical results on any machine and any number of threads, and a scenario keeps its random
 * numbers when other scenarios change (common random numbers for {@link #compare(List)}).
 *
 * <p><b>Speed.</b> Under POISSON and BERNOULLI the cost is per loss event, not per year: POISSON
 * events are a Poisson process (one exponential gap per event, so every year's count is
 * Poisson(λ) and independent), BERNOULLI event years are separated by geometric gaps (one
 * exponential each), and each event costs one magnitude draw. DRAWN_RATE_POISSON draws a rate
 * every year and costs per year.
 *
 * <pre>{@code
 * LossExposure exposure = FairSimulation.of(portfolio)
 *     .withYears(100_000).withSeed(42).withFrequencyModel(FrequencyModel.POISSON)
 *     .simulate();
 * exposure.total().percentile(0.95);
 * exposure.total().exceedanceCurve();
 * exposure.contributions();
 * }</pre>
 */
public final class FairSimulation {

  private static final double[] DEFAULT_TAIL = {0.95, 0.99, 0.999};
  private static final long MAX_YEARS = Integer.MAX_VALUE - 8L;

  private final LossPortfolio portfolio;
  private final long years;
  private final long seed;
  private final FrequencyModel model;
  private final int threads;
  private final StatisticsMode mode;
  private final PercentileConvention convention;
  private final double[] tailLevels;
  private final double stopFraction;

  private FairSimulation(LossPortfolio portfolio, long years, long seed, FrequencyModel model, int threads,
      StatisticsMode mode, PercentileConvention convention, double[] tailLevels, double stopFraction) {
    this.portfolio = portfolio;
    this.years = years;
    this.seed = seed;
    this.model = model;
    this.threads = threads;
    this.mode = mode;
    this.convention = convention;
    this.tailLevels = tailLevels;
    this.stopFraction = stopFraction;
  }

  /**
   * Returns a simulation of a portfolio with the defaults above.
   *
   * @param portfolio the portfolio; validated when simulated
   * @return the simulation
   * @throws NullPointerException if {@code portfolio} is null
   */
  public static FairSimulation of(LossPortfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    return new FairSimulation(portfolio, 100_000, 0, FrequencyModel.POISSON,
        Math.max(1, Runtime.getRuntime().availableProcessors()), StatisticsMode.STREAMING,
        PercentileConvention.NEAREST_RANK, DEFAULT_TAIL, Double.NaN);
  }

  /**
   * Returns a copy that simulates the given number of years (the maximum, with a stopping rule).
   *
   * @param years 1 to 2,147,483,639
   * @return the copy
   * @throws IllegalArgumentException if {@code years} is out of range
   */
  public FairSimulation withYears(long years) {
    if (years < 1 || years > MAX_YEARS) {
      throw new IllegalArgumentException("years must be within [1, " + MAX_YEARS + "] (was " + years + ")");
    }
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, tailLevels, stopFraction);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param seed any value
   * @return the copy
   */
  public FairSimulation withSeed(long seed) {
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, tailLevels, stopFraction);
  }

  /**
   * Returns a copy with another default frequency model; a scenario's own model takes precedence.
   *
   * @param model the model
   * @return the copy
   * @throws NullPointerException if {@code model} is null
   */
  public FairSimulation withFrequencyModel(FrequencyModel model) {
    Objects.requireNonNull(model, "model");
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, tailLevels, stopFraction);
  }

  /**
   * Returns a copy that runs on the given number of threads; results do not depend on it.
   *
   * @param threads 1 to 1024
   * @return the copy
   * @throws IllegalArgumentException if {@code threads} is out of range
   */
  public FairSimulation withThreads(int threads) {
    if (threads < 1 || threads > 1024) {
      throw new IllegalArgumentException("threads must be within [1, 1024] (was " + threads + ")");
    }
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, tailLevels, stopFraction);
  }

  /**
   * Returns a copy that runs on the calling thread only.
   *
   * @return the copy
   */
  public FairSimulation sequential() {
    return withThreads(1);
  }

  /**
   * Returns a copy with another statistics mode.
   *
   * @param mode streaming (memory independent of years) or exact (every annual loss kept)
   * @return the copy
   * @throws NullPointerException if {@code mode} is null
   */
  public FairSimulation withStatistics(StatisticsMode mode) {
    Objects.requireNonNull(mode, "mode");
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, tailLevels, stopFraction);
  }

  /**
   * Returns a copy that reads exact-mode percentiles with another convention.
   *
   * @param convention the convention
   * @return the copy
   * @throws NullPointerException if {@code convention} is null
   */
  public FairSimulation withPercentileConvention(PercentileConvention convention) {
    Objects.requireNonNull(convention, "convention");
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, tailLevels, stopFraction);
  }

  /**
   * Returns a copy with other levels for expected shortfall and tail contributions.
   *
   * @param levels zero or more levels, each within (0, 1), in any order (kept ascending, without
   *     repeats); none skips the co-tail sums
   * @return the copy
   * @throws NullPointerException if {@code levels} is null
   * @throws IllegalArgumentException if a level is out of range
   */
  public FairSimulation withTailLevels(double... levels) {
    Objects.requireNonNull(levels, "levels");
    double[] copy = levels.clone();
    for (int i = 0; i < copy.length; i++) {
      double q = Checks.requireWithin("levels[" + i + "]", copy[i], 0, 1);
      if (q == 0 || q == 1) {
        throw new IllegalArgumentException("levels[" + i + "] must be within (0, 1) (was " + Checks.format(q) + ")");
      }
    }
    copy = Arrays.stream(copy).distinct().sorted().toArray();
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, copy, stopFraction);
  }

  /**
   * Returns a copy that stops early, after a whole number of 65,536-year rounds (four blocks), once the 95 %
   * confidence half-width of the portfolio's mean annual loss is at most {@code fraction} of the
   * mean (or the mean is 0); at most {@link #withYears(long)} years are simulated. Deterministic:
   * the check runs at fixed points, so the stopping year does not depend on the thread count.
   *
   * @param fraction the target relative half-width, within (0, 1], such as 0.01
   * @return the copy
   * @throws IllegalArgumentException if {@code fraction} is out of range
   */
  public FairSimulation withStoppingRule(double fraction) {
    double f = Checks.requireWithin("fraction", fraction, 0, 1);
    if (f == 0) {
      throw new IllegalArgumentException("fraction must be greater than 0 (was 0)");
    }
    return new FairSimulation(portfolio, years, seed, model, threads, mode, convention, tailLevels, f);
  }

  /**
   * Simulates the portfolio.
   *
   * @return the exposure
   * @throws io.github.ctokit.core.validation.ValidationException if the portfolio has errors
   *     ({@link LossPortfolio#validator()}, plus {@code fair.bernoulli-rate} for scenarios simulated
   *     under the default BERNOULLI model with a mean frequency above 1)
   */
  public LossExposure simulate() {
    return simulate(portfolio);
  }

  /**
   * Simulates the baseline and each treatment with common random numbers, and ranks the
   * treatments by net benefit.
   *
   * @param treatments the treatments
   * @return the comparison
   * @throws NullPointerException if {@code treatments} or one is null
   * @throws IllegalArgumentException if a treatment changes a scenario that is not in the portfolio
   * @throws io.github.ctokit.core.validation.ValidationException if a portfolio has errors
   */
  public TreatmentComparison compare(List<Treatment> treatments) {
    Objects.requireNonNull(treatments, "treatments");
    LossExposure baseline = simulate();
    List<TreatmentEffect> effects = new ArrayList<>();
    for (Treatment t : treatments) {
      Objects.requireNonNull(t, "treatments[]");
      LossExposure treated = simulate(t.applyTo(portfolio));
      double reduction = baseline.total().mean() - treated.total().mean();
      Map<Double, Double> var = new LinkedHashMap<>();
      Map<Double, Double> es = new LinkedHashMap<>();
      for (double q : tailLevels) {
        var.put(q, baseline.total().valueAtRisk(q) - treated.total().valueAtRisk(q));
        es.put(q, baseline.total().expectedShortfall(q) - treated.total().expectedShortfall(q));
      }
      double cost = t.annualCost();
      double rosi = cost > 0 ? (reduction - cost) / cost : reduction > 0 ? Double.POSITIVE_INFINITY : 0;
      effects.add(new TreatmentEffect(t.name(), cost, treated, reduction, pairedStandardError(t, baseline), var, es,
          reduction - cost, rosi));
    }
    List<TreatmentEffect> ranked = new ArrayList<>(effects);
    ranked.sort((a, b) -> Double.compare(b.netBenefit(), a.netBenefit()));
    return new TreatmentComparison(baseline, ranked);
  }

  /**
   * The standard error of the mean reduction from the paired yearly differences: the changed
   * scenarios simulated again, baseline added and treated subtracted, with the same streams.
   * Empty for a correlated portfolio, whose copula pairs years across scenarios.
   */
  private OptionalDouble pairedStandardError(Treatment t, LossExposure baseline) {
    CorrelationMatrix rho = portfolio.correlation().orElse(null);
    if (rho != null && !rho.equals(CorrelationMatrix.identity(rho.size()))) {
      return OptionalDouble.empty();
    }
    List<Compiled> both = new ArrayList<>();
    for (Map.Entry<ScenarioId, LossScenario> change : t.changes().entrySet()) {
      LossScenario before = portfolio.scenario(change.getKey()).orElseThrow();
      both.add(new Compiled(before, model, 1));
      both.add(new Compiled(change.getValue(), model, -1));
    }
    long n = baseline.total().years();
    Engine engine = new Engine(both.toArray(new Compiled[0]), seed, n,
        Math.max(1, (int) Math.min(threads, (n + Engine.BLOCK - 1) / Engine.BLOCK)), false, Double.NaN,
        new double[0], null, portfolio.dependenceTarget());
    engine.run();
    double[] sums = engine.combinedSums();
    int total = 2 * both.size();
    double mean = sums[total] / n;
    double variance = n > 1 ? Math.max(0, (sums[total + 1] - n * mean * mean) / (n - 1)) : 0;
    return OptionalDouble.of(Math.sqrt(variance / n));
  }

  private LossExposure simulate(LossPortfolio p) {
    ValidationResult.Builder found = ValidationResult.builder().addAll(p.validate());
    List<LossScenario> list = p.scenarios();
    for (int i = 0; i < list.size(); i++) {
      LossScenario s = list.get(i);
      if (s.frequencyModel().isEmpty() && model == FrequencyModel.BERNOULLI && s.meanLossEventFrequency() > 1) {
        found.error(ModelPath.of("scenarios").index(i).field("lossEventFrequency"), "fair.bernoulli-rate",
            "mean loss event frequency must be at most 1 under BERNOULLI (was "
                + Checks.format(s.meanLossEventFrequency()) + ")");
      }
    }
    found.build().orThrow();
    int n = list.size();
    Compiled[] compiled = new Compiled[n];
    for (int i = 0; i < n; i++) {
      compiled[i] = new Compiled(list.get(i), model);
    }
    double @Nullable [][] cholesky = null;
    CorrelationMatrix rho = p.correlation().orElse(null);
    if (rho != null && !rho.equals(CorrelationMatrix.identity(rho.size()))) {
      cholesky = rho.choleskyOrNull();
    }
    boolean exact = mode == StatisticsMode.EXACT;
    int workers = (int) Math.min(threads, (years + Engine.BLOCK - 1) / Engine.BLOCK);
    Engine engine = new Engine(compiled, seed, years, Math.max(1, workers), exact, stopFraction, tailLevels, cholesky,
        p.dependenceTarget());
    engine.run();
    return Results.build(this, p, engine);
  }

  long years() {
    return years;
  }

  long seed() {
    return seed;
  }

  FrequencyModel model() {
    return model;
  }

  int threads() {
    return threads;
  }

  StatisticsMode mode() {
    return mode;
  }

  PercentileConvention convention() {
    return convention;
  }

  double[] tailLevels() {
    return tailLevels;
  }

  OptionalDouble stopFraction() {
    return Double.isNaN(stopFraction) ? OptionalDouble.empty() : OptionalDouble.of(stopFraction);
  }

  /**
   * Returns the configuration, such as {@code FairSimulation[100000 years, seed 42, POISSON, …]}.
   */
  @Override
  public String toString() {
    return "FairSimulation[" + years + " years, seed " + seed + ", " + model + ", " + threads + " thread(s), " + mode
        + ", tail " + Arrays.toString(tailLevels) + (Double.isNaN(stopFraction) ? "" : ", stop at ±" + stopFraction)
        + ", " + portfolio.scenarios().size() + " scenarios]";
  }

  static ScenarioId idOf(Compiled c) {
    return c.scenario.id();
  }
}

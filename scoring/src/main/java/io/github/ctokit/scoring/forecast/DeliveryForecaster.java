package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.DeliveryPlan;
import io.github.ctokit.core.delivery.Feature;
import io.github.ctokit.core.delivery.ScopeGrowth;
import io.github.ctokit.core.delivery.ThroughputHistory;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.scoring.PercentileConvention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of delivery forecasting: "when will N items be done", "how many by a date", a
 * roadmap of features over several teams, and backtests, from throughput histories.
 *
 * <p>{@link #fromThroughput(ThroughputHistory)} forecasts for one team;
 * {@link #forPlan(DeliveryPlan)} for a roadmap. Both validate their input (throwing
 * {@link ValidationException} with every error); the engine is then immutable, thread-safe and
 * reusable, and {@code withX} methods return configured copies.
 *
 * <p><b>Model.</b> The history's periods become i.i.d. samples (REFERENCES §5.3): zero periods
 * stay in; a daily history samples its working days (items on non-working days count on the
 * previous working day), a weekly one its weeks with a working day, normalised to a full week.
 * The projection runs over working days (or 7-day blocks) after {@code asOf} by the same
 * calendar, so weekends and holidays are handled alike on both sides. Each projected period's
 * sample is multiplied by its capacity factor ({@link CapacityOutlook}: planned over baseline
 * hours; for a week also its working days over a full week). "When" draws until the cumulative
 * total reaches N; "how many" sums the periods up to the date and keeps whole items.
 *
 * <p><b>Methods.</b> {@link ForecastMethod#EXACT} convolves the empirical distribution exactly
 * (no simulation noise); it applies when samples are whole numbers, no factor differs from 1, no
 * scope growth needs sampling and a roadmap's feature WIP is 1 (several teams multiply their
 * exact CDFs). Otherwise seeded Monte
 * Carlo: the same seed and inputs give the same numbers on any machine and thread count (one
 * xoshiro128++ stream from commons-rng per trial, seeded from the seed and the trial number, so
 * that forecasts of N and N + k items share their random numbers trial by trial). {@link ForecastMethod#AUTO} (the default) picks
 * EXACT where it applies and its cost is bounded.
 *
 * <p><b>Policies and defaults.</b> Seed 0 ({@link #withSeed(long)}), {@value #DEFAULT_TRIALS}
 * trials, method AUTO, {@link PercentileConvention#NEAREST_RANK} (as ActionableAgile and
 * Lighthouse read percentiles), {@link DataSufficiency#defaults()}, a horizon of
 * {@value #DEFAULT_HORIZON_DAYS} calendar days (trials not done by then are reported as
 * unfinished, never given a date), the whole history (no sliding window), no scope growth beyond
 * the plan's, and no capacity scaling.
 *
 * <pre>{@code
 * DeliveryForecast when = DeliveryForecaster.fromThroughput(history).withSeed(7).when(120, asOf);
 * when.dateAt(0.85);
 * ItemsForecast many = DeliveryForecaster.fromThroughput(history).howMany(asOf, LocalDate.of(2027, 6, 30));
 * many.itemsAt(0.85);   // the 15th percentile of items: "85 % sure of at least"
 * }</pre>
 */
public final class DeliveryForecaster {

  /** The default number of Monte Carlo trials. */
  public static final int DEFAULT_TRIALS = 10_000;

  /** The most Monte Carlo trials accepted. */
  public static final int MAX_TRIALS = 10_000_000;

  /** The default horizon: five years of calendar days. */
  public static final int DEFAULT_HORIZON_DAYS = 1_826;

  /** The longest horizon accepted, in calendar days. */
  public static final int MAX_HORIZON_DAYS = 36_525;

  /** The default confidence level of backtests. */
  public static final double DEFAULT_BACKTEST_LEVEL = 0.85;

  /** The team id a single-history forecaster uses for its one team. */
  public static final TeamId SINGLE_TEAM = TeamId.of("team");

  /** AUTO uses the exact method only below this many estimated operations. */
  static final double MAX_EXACT_COST = 2e8;

  private final Map<TeamId, ThroughputHistory> histories;
  private final List<Feature> features;
  private final @Nullable ScopeGrowth planGrowth;
  private final Settings settings;

  /** The configuration, copied whole by each {@code withX}. */
  private record Settings(long seed, int trials, ForecastMethod method, PercentileConvention convention,
      DataSufficiency sufficiency, int horizonDays, int window, @Nullable ScopeGrowth growth,
      @Nullable CapacityOutlook capacity, Map<TeamId, CapacityOutlook> teamCapacity, int featureWip) {}

  private DeliveryForecaster(Map<TeamId, ThroughputHistory> histories, List<Feature> features,
      @Nullable ScopeGrowth planGrowth, Settings settings) {
    this.histories = histories;
    this.features = features;
    this.planGrowth = planGrowth;
    this.settings = settings;
  }

  private static Settings defaults() {
    return new Settings(0, DEFAULT_TRIALS, ForecastMethod.AUTO, PercentileConvention.NEAREST_RANK,
        DataSufficiency.defaults(), DEFAULT_HORIZON_DAYS, 0, null, null, Map.of(), 1);
  }

  /**
   * Returns a forecaster for one team's throughput.
   *
   * @param history the history
   * @return the forecaster, with the default policies
   * @throws NullPointerException if {@code history} is null
   * @throws ValidationException if {@link ThroughputHistory#validate()} finds errors (an empty or all-zero history)
   */
  public static DeliveryForecaster fromThroughput(ThroughputHistory history) {
    Objects.requireNonNull(history, "history");
    history.validate().orThrow();
    return new DeliveryForecaster(Map.of(SINGLE_TEAM, history), List.of(), null, defaults());
  }

  /**
   * Returns a forecaster for a roadmap: several teams and their features.
   *
   * @param plan the plan
   * @return the forecaster, with the default policies and the plan's scope growth
   * @throws NullPointerException if {@code plan} is null
   * @throws ValidationException if {@link DeliveryPlan#validator()} finds errors (all of them are carried)
   */
  public static DeliveryForecaster forPlan(DeliveryPlan plan) {
    Objects.requireNonNull(plan, "plan");
    DeliveryPlan.validator().requireValid(plan);
    return new DeliveryForecaster(Collections.unmodifiableMap(new LinkedHashMap<>(plan.throughput())), plan.features(),
        plan.scopeGrowth().orElse(null), defaults());
  }

  private DeliveryForecaster with(Settings s) {
    return new DeliveryForecaster(histories, features, planGrowth, s);
  }

  /**
   * Returns a copy with another seed.
   *
   * @param seed any value
   * @return the configured forecaster
   */
  public DeliveryForecaster withSeed(long seed) {
    Settings s = settings;
    return with(new Settings(seed, s.trials, s.method, s.convention, s.sufficiency, s.horizonDays, s.window, s.growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy with another number of Monte Carlo trials.
   *
   * @param trials 100 to {@value #MAX_TRIALS}
   * @return the configured forecaster
   * @throws IllegalArgumentException if {@code trials} is out of range
   */
  public DeliveryForecaster withTrials(int trials) {
    if (trials < 100 || trials > MAX_TRIALS) {
      throw new IllegalArgumentException("trials must be within [100, " + MAX_TRIALS + "] (was " + trials + ")");
    }
    Settings s = settings;
    return with(new Settings(s.seed, trials, s.method, s.convention, s.sufficiency, s.horizonDays, s.window, s.growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy with another method. {@link ForecastMethod#EXACT} makes a forecast whose
   * model the exact method cannot handle throw, naming the reason.
   *
   * @param method the method
   * @return the configured forecaster
   * @throws NullPointerException if {@code method} is null
   */
  public DeliveryForecaster withMethod(ForecastMethod method) {
    Objects.requireNonNull(method, "method");
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, method, s.convention, s.sufficiency, s.horizonDays, s.window, s.growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy that reads Monte Carlo percentiles with another convention. AUTO then uses
   * Monte Carlo unless the convention is nearest rank, the exact method's reading.
   *
   * @param convention the convention
   * @return the configured forecaster
   * @throws NullPointerException if {@code convention} is null
   */
  public DeliveryForecaster withPercentileConvention(PercentileConvention convention) {
    Objects.requireNonNull(convention, "convention");
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, convention, s.sufficiency, s.horizonDays, s.window, s.growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy with other data-sufficiency thresholds.
   *
   * @param sufficiency the thresholds
   * @return the configured forecaster
   * @throws NullPointerException if {@code sufficiency} is null
   */
  public DeliveryForecaster withSufficiency(DataSufficiency sufficiency) {
    Objects.requireNonNull(sufficiency, "sufficiency");
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, s.convention, sufficiency, s.horizonDays, s.window, s.growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy with another horizon: trials not done this many calendar days after the
   * as-of date are reported as unfinished.
   *
   * @param days 1 to {@value #MAX_HORIZON_DAYS}
   * @return the configured forecaster
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public DeliveryForecaster withHorizonDays(int days) {
    if (days < 1 || days > MAX_HORIZON_DAYS) {
      throw new IllegalArgumentException("days must be within [1, " + MAX_HORIZON_DAYS + "] (was " + days + ")");
    }
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, s.convention, s.sufficiency, days, s.window, s.growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy that uses only the last periods of each history: a sliding window, so that an
   * old process does not speak for the current one.
   *
   * @param periods 1 or more
   * @return the configured forecaster
   * @throws IllegalArgumentException if {@code periods} is less than 1
   */
  public DeliveryForecaster withWindow(int periods) {
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be 1 or more (was " + periods + ")");
    }
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, s.convention, s.sufficiency, s.horizonDays, periods, s.growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy with a scope growth that replaces the plan's for features that state none, and
   * applies to {@link #when(long, LocalDate)}.
   *
   * @param growth the split-rate range
   * @return the configured forecaster
   * @throws NullPointerException if {@code growth} is null
   */
  public DeliveryForecaster withScopeGrowth(ScopeGrowth growth) {
    Objects.requireNonNull(growth, "growth");
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, s.convention, s.sufficiency, s.horizonDays, s.window, growth,
        s.capacity, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy that scales every team's projected throughput by a capacity outlook (unless the
   * team has its own, see {@link #withCapacity(TeamId, CapacityOutlook)}).
   *
   * @param outlook planned effective capacity against the history's baseline
   * @return the configured forecaster
   * @throws NullPointerException if {@code outlook} is null
   */
  public DeliveryForecaster withCapacity(CapacityOutlook outlook) {
    Objects.requireNonNull(outlook, "outlook");
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, s.convention, s.sufficiency, s.horizonDays, s.window, s.growth,
        outlook, s.teamCapacity, s.featureWip));
  }

  /**
   * Returns a copy that scales one team's projected throughput by a capacity outlook.
   *
   * @param team the team
   * @param outlook planned effective capacity against the team's history baseline
   * @return the configured forecaster
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the forecaster has no history for {@code team}
   */
  public DeliveryForecaster withCapacity(TeamId team, CapacityOutlook outlook) {
    Objects.requireNonNull(team, "team");
    Objects.requireNonNull(outlook, "outlook");
    if (!histories.containsKey(team)) {
      throw new IllegalArgumentException("team must have a throughput history in this forecaster (was '" + team + "')");
    }
    Map<TeamId, CapacityOutlook> copy = new HashMap<>(settings.teamCapacity);
    copy.put(team, outlook);
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, s.convention, s.sufficiency, s.horizonDays, s.window, s.growth,
        s.capacity, Collections.unmodifiableMap(copy), s.featureWip));
  }

  /**
   * Returns a copy in which each team works on up to {@code wip} features at once in a roadmap
   * (Lighthouse's feature WIP): every whole item a team finishes goes to a feature drawn
   * uniformly among its first {@code min(wip, unfinished)} unfinished features in priority order.
   * With 1 (the default) features run one after another, FocusedObjective's cut line. A WIP above
   * 1 is sampled, so the roadmap is Monte Carlo; with capacity scaling, fractional throughput is
   * carried until it makes a whole item.
   *
   * @param wip 1 to 1,000
   * @return the configured forecaster
   * @throws IllegalArgumentException if {@code wip} is out of range
   */
  public DeliveryForecaster withFeatureWip(int wip) {
    if (wip < 1 || wip > 1_000) {
      throw new IllegalArgumentException("wip must be within [1, 1000] (was " + wip + ")");
    }
    Settings s = settings;
    return with(new Settings(s.seed, s.trials, s.method, s.convention, s.sufficiency, s.horizonDays, s.window, s.growth,
        s.capacity, s.teamCapacity, wip));
  }

  /**
   * Returns the seed in force.
   *
   * @return the seed
   */
  public long seed() {
    return settings.seed;
  }

  /**
   * Returns the number of Monte Carlo trials in force.
   *
   * @return the trials
   */
  public int trials() {
    return settings.trials;
  }

  /**
   * Returns the method in force.
   *
   * @return the method
   */
  public ForecastMethod method() {
    return settings.method;
  }

  // ---------------------------------------------------------------------------------------------
  // when

  /**
   * Forecasts when a number of items will be done.
   *
   * @param items the items remaining, 0 to {@value Feature#MAX_ITEMS} (0 is done on {@code asOf})
   * @param asOf the last day already counted; the projection starts the day after
   * @return the forecast
   * @throws NullPointerException if {@code asOf} is null
   * @throws IllegalArgumentException if {@code items} is out of range, this forecaster has several
   *     teams, or the method EXACT was required where it does not apply
   * @throws InsufficientDataException if the history is too short or too sparse
   */
  public DeliveryForecast when(long items, LocalDate asOf) {
    return when(items, items, asOf);
  }

  /**
   * Forecasts when a number of items, known only as a range, will be done: each trial draws the
   * count uniformly from {@code lowItems..highItems} (FocusedObjective's story-count range), then
   * applies scope growth. The exact method averages the distributions of every count in the range.
   *
   * @param lowItems the fewest items, 0 to {@value Feature#MAX_ITEMS}
   * @param highItems the most items, {@code lowItems} to {@value Feature#MAX_ITEMS}
   * @param asOf the last day already counted; the projection starts the day after
   * @return the forecast
   * @throws NullPointerException if {@code asOf} is null
   * @throws IllegalArgumentException if a count is out of range, this forecaster has several
   *     teams, or the method EXACT was required where it does not apply
   * @throws InsufficientDataException if the history is too short or too sparse
   */
  public DeliveryForecast when(long lowItems, long highItems, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (lowItems < 0 || lowItems > Feature.MAX_ITEMS) {
      throw new IllegalArgumentException("items must be within [0, " + Feature.MAX_ITEMS + "] (was " + lowItems + ")");
    }
    if (highItems < lowItems || highItems > Feature.MAX_ITEMS) {
      throw new IllegalArgumentException(
          "highItems must be within [lowItems, " + Feature.MAX_ITEMS + "] = [" + lowItems + ", " + Feature.MAX_ITEMS
              + "] (was " + highItems + ")");
    }
    TeamId team = singleTeam("when");
    TeamSamples samples = samples(team);
    Projection projection = projection(team, samples, asOf, settings.horizonDays);
    ScopeGrowth growth = settings.growth;
    boolean grows = growth != null && !growth.isNone();
    String refusal = samples.integral ? projection.scale != null ? "a capacity factor or a short week scales throughput"
        : grows ? "scope growth is sampled" : "" : "weekly samples were normalised to fractions";
    Convolution conv = Convolution.of(samples.integral ? samples.values : new double[] {0});
    double cost = refusal.isEmpty() ? conv.reachCost(highItems, projection.periods, mean(samples.values))
        : Double.MAX_VALUE;
    ForecastMethod used = choose(refusal, cost, highItems - lowItems + 1 <= 10_000);
    DateDistribution dist;
    String reason;
    if (used == ForecastMethod.EXACT) {
      reason = "exact: i.i.d. whole-number samples, one team, no scaling or growth";
      dist = exactWhen(conv, lowItems, highItems, projection);
    } else {
      reason = reasonForSimulation(refusal, cost);
      dist = new DateDistribution.Simulated(
          simulateWhen(samples.values, projection, lowItems, highItems, grows ? growth : null, settings.trials,
              settings.seed),
          settings.convention);
    }
    ForecastExplanation explanation = explanation(used, reason, samples.size(), samples.nonZero, samples.history,
        projection, grows ? growth : null, whenRule(used));
    return new DeliveryForecast(asOf, lowItems, highItems, dist, explanation);
  }

  private static DateDistribution exactWhen(Convolution conv, long low, long high, Projection projection) {
    if (high == 0) {
      return new DateDistribution.Exact(new int[] {0}, new double[] {1});
    }
    int count = (int) (high - low + 1);
    long[] thresholds = new long[count];
    for (int i = 0; i < count; i++) {
      thresholds[i] = low + i;
    }
    double[][] reach = conv.reach(thresholds, projection.periods);
    int periods = reach[0].length;
    double[] cdf = new double[periods];
    for (double[] row : reach) {
      for (int t = 0; t < periods; t++) {
        cdf[t] += row[t] / count;
      }
    }
    if (low == 0) {
      // A zero-item outcome is done on asOf itself.
      int[] offsets = new int[periods + 1];
      double[] withZero = new double[periods + 1];
      withZero[0] = 1.0 / count;
      System.arraycopy(projection.offset, 0, offsets, 1, periods);
      for (int t = 0; t < periods; t++) {
        withZero[t + 1] = Math.max(withZero[0], cdf[t]);
      }
      return new DateDistribution.Exact(offsets, withZero);
    }
    if (periods > 0 && cdf[periods - 1] >= Convolution.DONE) {
      cdf[periods - 1] = 1;
    }
    return new DateDistribution.Exact(Arrays.copyOf(projection.offset, periods), cdf);
  }

  /** One trial per element: the completion offset, or UNFINISHED. No allocation per trial. */
  static double[] simulateWhen(double[] values, Projection projection, long low, long high,
      @Nullable ScopeGrowth growth, int trials, long seed) {
    double[] out = new double[trials];
    int m = values.length;
    int horizon = projection.periods;
    int[] offset = projection.offset;
    double[] scale = projection.scale;
    long span = high - low + 1;
    for (int trial = 0; trial < trials; trial++) {
      UniformRandomProvider rng = TrialStreams.forTrial(seed, trial);
      long n = span == 1 ? low : low + rng.nextLong(span);
      if (growth != null) {
        n = ScopeGrowth.grow(n, growth.low() + rng.nextDouble() * (growth.high() - growth.low()));
      }
      if (n == 0) {
        out[trial] = 0;
        continue;
      }
      double cum = 0;
      int t = 0;
      if (scale == null) {
        while (t < horizon && cum < n) {
          cum += values[rng.nextInt(m)];
          t++;
        }
      } else {
        while (t < horizon && cum < n) {
          cum += values[rng.nextInt(m)] * scale[t];
          t++;
        }
      }
      out[trial] = cum >= n ? offset[t - 1] : DateDistribution.UNFINISHED;
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // how many

  /**
   * Forecasts how many items will be done after {@code asOf} up to and including {@code until}:
   * every projected working day (or every whole 7-day block, for a weekly history) in between.
   *
   * @param asOf the last day already counted
   * @param until the last day counted, on or after {@code asOf}, within {@value #MAX_HORIZON_DAYS} days
   * @return the forecast
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code until} is before {@code asOf} or too far, this
   *     forecaster has several teams, or the method EXACT was required where it does not apply
   * @throws InsufficientDataException if the history is too short or too sparse
   */
  public ItemsForecast howMany(LocalDate asOf, LocalDate until) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(until, "until");
    Checks.requireNotAfter("asOf", asOf, "until", until);
    long days = until.toEpochDay() - asOf.toEpochDay();
    if (days > MAX_HORIZON_DAYS) {
      throw new IllegalArgumentException(
          "until must be at most " + MAX_HORIZON_DAYS + " days after asOf (was " + days + " days)");
    }
    TeamId team = singleTeam("howMany");
    return howMany(samples(team), projectionFor(team), asOf, until, settings);
  }

  private @Nullable CapacityOutlook projectionFor(TeamId team) {
    CapacityOutlook own = settings.teamCapacity.get(team);
    return own != null ? own : settings.capacity;
  }

  private ItemsForecast howMany(TeamSamples samples, @Nullable CapacityOutlook outlook, LocalDate asOf, LocalDate until,
      Settings s) {
    long days = until.toEpochDay() - asOf.toEpochDay();
    Projection projection = Projection.of(samples.history.period(), samples.history.calendar(), asOf,
        (int) Math.max(days, 1), outlook);
    int k = projection.periodsEndingBy(days);
    boolean unscaled = projection.unscaled(k);
    String refusal = !samples.integral ? "weekly samples were normalised to fractions"
        : unscaled ? "" : "a capacity factor or a short week scales throughput";
    Convolution conv = Convolution.of(samples.integral ? samples.values : new double[] {0});
    double cost = refusal.isEmpty() ? conv.sumCost(k) : Double.MAX_VALUE;
    ForecastMethod used = choose(refusal, cost, true);
    ItemsDistribution dist;
    String reason;
    if (used == ForecastMethod.EXACT) {
      reason = "exact: i.i.d. whole-number samples, one team, no scaling";
      dist = new ItemsDistribution.Exact(conv.sum(k));
    } else {
      reason = reasonForSimulation(refusal, cost);
      dist = new ItemsDistribution.Simulated(simulateHowMany(samples.values, projection, k, s.trials, s.seed),
          s.convention);
    }
    String rule = "how many at p: the largest X with P(items ≥ X) ≥ p, so 85 % reads the 15th percentile of items ("
        + (used == ForecastMethod.EXACT ? "exact distribution" : s.convention + ", read descending") + ")";
    ForecastExplanation explanation = explanation(used, reason, samples.size(), samples.nonZero, samples.history,
        projection, null, rule);
    return new ItemsForecast(asOf, until, k, dist, explanation);
  }

  /** One trial per element: whole items finished in the first {@code k} periods. */
  static double[] simulateHowMany(double[] values, Projection projection, int k, int trials, long seed) {
    double[] out = new double[trials];
    int m = values.length;
    double[] scale = projection.scale;
    for (int trial = 0; trial < trials; trial++) {
      UniformRandomProvider rng = TrialStreams.forTrial(seed, trial);
      double cum = 0;
      if (scale == null) {
        for (int t = 0; t < k; t++) {
          cum += values[rng.nextInt(m)];
        }
      } else {
        for (int t = 0; t < k; t++) {
          cum += values[rng.nextInt(m)] * scale[t];
        }
      }
      out[trial] = Math.floor(cum + 1e-9);
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // roadmap

  /**
   * Forecasts every feature of the plan. Each team works on its features in priority order
   * (then id), one at a time unless {@link #withFeatureWip(int)} says otherwise; a feature is done when its last team is done, trial by trial, so
   * the joint date carries the teams' independence and is later than any one team's. Scope
   * growth: the feature's own, else {@link #withScopeGrowth(ScopeGrowth)}, else the plan's; one
   * rate per trial and feature, applied to every team's share.
   *
   * @param asOf the last day already counted
   * @return the forecast
   * @throws NullPointerException if {@code asOf} is null
   * @throws IllegalArgumentException if the forecaster has no features, or the method EXACT was
   *     required where it does not apply
   * @throws InsufficientDataException if a team's history is too short or too sparse
   */
  public RoadmapForecast roadmap(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (features.isEmpty()) {
      throw new IllegalArgumentException("features must not be empty for a roadmap forecast\n"
          + "Maybe build the forecaster with forPlan(plan), or use when(items, asOf)");
    }
    List<Feature> ordered = new ArrayList<>(features);
    ordered.sort(Comparator.comparingInt(Feature::priority).thenComparing(Feature::id));
    int featureCount = ordered.size();
    @Nullable ScopeGrowth[] growth = new ScopeGrowth[featureCount];
    boolean anyGrowth = false;
    for (int f = 0; f < featureCount; f++) {
      ScopeGrowth g = ordered.get(f).scopeGrowth().orElse(settings.growth != null ? settings.growth : planGrowth);
      growth[f] = g == null || g.isNone() ? null : g;
      anyGrowth |= growth[f] != null;
    }
    List<TeamId> teams = new ArrayList<>();
    for (Feature f : ordered) {
      for (TeamId t : f.work().keySet()) {
        if (!teams.contains(t)) {
          teams.add(t);
        }
      }
    }
    int teamCount = teams.size();
    TeamSamples[] samples = new TeamSamples[teamCount];
    Projection[] projections = new Projection[teamCount];
    int[][] queue = new int[teamCount][];
    long[][] items = new long[teamCount][];
    int totalSamples = 0;
    int totalNonZero = 0;
    boolean scaled = false;
    boolean integral = true;
    for (int i = 0; i < teamCount; i++) {
      TeamId team = teams.get(i);
      samples[i] = samples(team);
      projections[i] = projection(team, samples[i], asOf, settings.horizonDays);
      totalSamples += samples[i].size();
      totalNonZero += samples[i].nonZero;
      scaled |= projections[i].scale != null;
      integral &= samples[i].integral;
      List<Integer> fs = new ArrayList<>();
      for (int f = 0; f < featureCount; f++) {
        if (ordered.get(f).work().containsKey(team)) {
          fs.add(f);
        }
      }
      queue[i] = fs.stream().mapToInt(Integer::intValue).toArray();
      items[i] = new long[queue[i].length];
      for (int j = 0; j < queue[i].length; j++) {
        items[i][j] = Objects.requireNonNull(ordered.get(queue[i][j]).work().get(team), "work");
      }
    }
    String refusal = settings.featureWip > 1 ? "feature WIP above 1 is sampled"
        : !integral ? "weekly samples were normalised to fractions"
        : scaled ? "a capacity factor or a short week scales throughput"
        : anyGrowth ? "scope growth is sampled" : "";
    Convolution[] conv = new Convolution[teamCount];
    long[][] thresholds = new long[teamCount][];
    double cost = refusal.isEmpty() ? 0 : Double.MAX_VALUE;
    for (int i = 0; i < teamCount; i++) {
      conv[i] = Convolution.of(integral ? samples[i].values : new double[] {0});
      thresholds[i] = new long[items[i].length];
      long cum = 0;
      for (int j = 0; j < items[i].length; j++) {
        cum += items[i][j];
        thresholds[i][j] = cum;
      }
      if (refusal.isEmpty()) {
        cost += conv[i].reachCost(cum, projections[i].periods, mean(samples[i].values));
      }
    }
    ForecastMethod used = choose(refusal, cost, true);
    DateDistribution[][] perTeam = new DateDistribution[teamCount][];
    DateDistribution[] joint = new DateDistribution[featureCount];
    String reason;
    if (used == ForecastMethod.EXACT) {
      reason = teamCount == 1 ? "exact: one team, i.i.d. whole-number samples, no scaling or growth"
          : "exact: i.i.d. whole-number samples, no scaling or growth; independent teams, so a feature's CDF is the"
              + " product of its teams' CDFs";
      List<List<DateDistribution.Exact>> byFeature = new ArrayList<>();
      for (int f = 0; f < featureCount; f++) {
        byFeature.add(new ArrayList<>());
      }
      for (int i = 0; i < teamCount; i++) {
        Projection p = projections[i];
        long[] c = thresholds[i];
        perTeam[i] = new DateDistribution[c.length];
        double[][] reach = c[c.length - 1] == 0 ? new double[c.length][0] : conv[i].reach(c, p.periods);
        for (int j = 0; j < c.length; j++) {
          DateDistribution.Exact d = c[j] == 0 ? new DateDistribution.Exact(new int[] {0}, new double[] {1})
              : new DateDistribution.Exact(Arrays.copyOf(p.offset, reach[j].length), reach[j]);
          perTeam[i][j] = d;
          byFeature.get(queue[i][j]).add(d);
        }
      }
      for (int f = 0; f < featureCount; f++) {
        joint[f] = DateDistribution.Exact.product(byFeature.get(f));
      }
    } else {
      reason = reasonForSimulation(refusal, cost);
      double[][][] outcomes = simulateRoadmap(samples, projections, queue, items, growth, settings.trials,
          settings.seed, settings.featureWip);
      int[] teamsOf = new int[featureCount];
      for (int[] q : queue) {
        for (int f : q) {
          teamsOf[f]++;
        }
      }
      // A single-team feature's joint distribution is its team's: only multi-team features need a copy.
      double[][] jointOutcomes = new double[featureCount][0]; // length 0: not needed
      for (int i = 0; i < teamCount; i++) {
        perTeam[i] = new DateDistribution[queue[i].length];
        for (int j = 0; j < queue[i].length; j++) {
          int f = queue[i][j];
          double[] o = outcomes[i][j];
          if (teamsOf[f] > 1) {
            if (jointOutcomes[f].length == 0) {
              jointOutcomes[f] = new double[settings.trials];
            }
            double[] target = jointOutcomes[f];
            for (int trial = 0; trial < o.length; trial++) {
              target[trial] = Math.max(target[trial], o[trial]);
            }
          }
          perTeam[i][j] = new DateDistribution.Simulated(o, settings.convention); // sorts o in place
          if (teamsOf[f] == 1) {
            joint[f] = perTeam[i][j];
          }
        }
      }
      for (int f = 0; f < featureCount; f++) {
        double[] outcomesOfF = jointOutcomes[f];
        if (outcomesOfF.length > 0) {
          joint[f] = new DateDistribution.Simulated(outcomesOfF, settings.convention);
        }
      }
    }
    ThroughputHistory first = samples[0].history;
    ForecastExplanation explanation = explanation(used, reason, totalSamples, totalNonZero, first, projections[0],
        anyGrowth ? firstGrowth(growth) : null, whenRule(used), scaled);
    List<FeatureForecast> result = new ArrayList<>(featureCount);
    for (int f = 0; f < featureCount; f++) {
      Feature feature = ordered.get(f);
      Map<TeamId, DeliveryForecast> byTeam = new LinkedHashMap<>();
      for (int i = 0; i < teamCount; i++) {
        for (int j = 0; j < queue[i].length; j++) {
          if (queue[i][j] == f) {
            long n = items[i][j];
            ForecastExplanation teamExplanation = explanation(used, reason, samples[i].size(), samples[i].nonZero,
                samples[i].history, projections[i], growth[f], whenRule(used), projections[i].scale != null);
            byTeam.put(teams.get(i), new DeliveryForecast(asOf, n, n, perTeam[i][j], teamExplanation));
          }
        }
      }
      long total = feature.totalItems();
      result.add(new FeatureForecast(feature.id(), feature.priority(),
          new DeliveryForecast(asOf, total, total, joint[f], explanation), Collections.unmodifiableMap(byTeam)));
    }
    return new RoadmapForecast(asOf, Collections.unmodifiableList(result), explanation);
  }

  private static @Nullable ScopeGrowth firstGrowth(@Nullable ScopeGrowth[] growth) {
    for (ScopeGrowth g : growth) {
      if (g != null) {
        return g;
      }
    }
    return null;
  }

  /**
   * {@code [team][position in the team's queue][trial]}: the offset at which the team finishes its
   * share of the feature, or UNFINISHED. Rates are drawn per trial in feature order, then each
   * team is simulated in team order: one stream, fixed consumption order.
   */
  static double[][][] simulateRoadmap(TeamSamples[] samples, Projection[] projections, int[][] queue, long[][] items,
      @Nullable ScopeGrowth[] growth, int trials, long seed, int wip) {
    int teamCount = samples.length;
    double[][][] out = new double[teamCount][][];
    int maxQueue = 0;
    for (int i = 0; i < teamCount; i++) {
      out[i] = new double[queue[i].length][trials];
      maxQueue = Math.max(maxQueue, queue[i].length);
    }
    double[] rate = new double[growth.length];
    double[] threshold = new double[maxQueue];
    int[] slots = new int[maxQueue];
    double[] left = new double[maxQueue];
    for (int trial = 0; trial < trials; trial++) {
      UniformRandomProvider rng = TrialStreams.forTrial(seed, trial);
      for (int f = 0; f < growth.length; f++) {
        ScopeGrowth g = growth[f];
        rate[f] = g == null ? 1 : g.low() + rng.nextDouble() * (g.high() - g.low());
      }
      for (int i = 0; i < teamCount; i++) {
        int[] q = queue[i];
        double cumItems = 0;
        for (int j = 0; j < q.length; j++) {
          long n = items[i][j];
          cumItems += rate[q[j]] == 1 ? n : ScopeGrowth.grow(n, rate[q[j]]);
          threshold[j] = cumItems;
        }
        if (wip > 1) {
          shareWork(samples[i], projections[i], q, threshold, wip, rng, out[i], trial, slots, left);
          continue;
        }
        double[] values = samples[i].values;
        int m = values.length;
        Projection p = projections[i];
        double[] scale = p.scale;
        int horizon = p.periods;
        double cum = 0;
        int t = 0;
        int j = 0;
        while (j < q.length && threshold[j] <= 0) {
          out[i][j++][trial] = 0;
        }
        while (j < q.length && t < horizon) {
          cum += scale == null ? values[rng.nextInt(m)] : values[rng.nextInt(m)] * scale[t];
          t++;
          while (j < q.length && cum >= threshold[j]) {
            out[i][j++][trial] = p.offset[t - 1];
          }
        }
        while (j < q.length) {
          out[i][j++][trial] = DateDistribution.UNFINISHED;
        }
      }
    }
    return out;
  }

  /**
   * One team, one trial, feature WIP above 1: {@code cumulative[j]} holds the cumulative grown
   * items up to feature j; each whole item finished goes to a feature drawn among the first
   * {@code wip} unfinished ones. {@code order} and {@code left} are scratch space, reused across
   * trials: the unfinished features in priority order, and the items each still needs.
   */
  private static void shareWork(TeamSamples samples, Projection p, int[] q, double[] cumulative, int wip,
      UniformRandomProvider rng, double[][] out, int trial, int[] order, double[] left) {
    int unfinished = 0;
    for (int j = 0; j < q.length; j++) {
      left[j] = cumulative[j] - (j == 0 ? 0 : cumulative[j - 1]);
      if (left[j] <= 0) {
        out[j][trial] = 0;
      } else {
        order[unfinished++] = j;
      }
    }
    double[] values = samples.values;
    int m = values.length;
    double[] scale = p.scale;
    double cum = 0;
    long assigned = 0;
    int t = 0;
    while (unfinished > 0 && t < p.periods) {
      cum += scale == null ? values[rng.nextInt(m)] : values[rng.nextInt(m)] * scale[t];
      t++;
      long whole = (long) Math.floor(cum + 1e-9) - assigned;
      assigned += whole;
      for (long k = 0; k < whole && unfinished > 0; k++) {
        int pick = rng.nextInt(Math.min(wip, unfinished));
        int j = order[pick];
        if (--left[j] <= 0) {
          out[j][trial] = p.offset[t - 1];
          System.arraycopy(order, pick + 1, order, pick, unfinished - pick - 1);
          unfinished--;
        }
      }
    }
    for (int k = 0; k < unfinished; k++) {
      out[order[k]][trial] = DateDistribution.UNFINISHED;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // backtest

  /**
   * Backtests "how many" forecasts at the default level ({@value #DEFAULT_BACKTEST_LEVEL}).
   *
   * @param cutoffs the cut-off dates; each forecast uses only periods ending on or before its cut-off
   * @param periods the test window after each cut-off, in history periods (days or weeks), 1 or more
   * @return the backtest
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code periods} is less than 1 or this forecaster has several teams
   */
  public Backtest backtest(List<LocalDate> cutoffs, int periods) {
    return backtest(cutoffs, periods, DEFAULT_BACKTEST_LEVEL);
  }

  /**
   * Backtests "how many" forecasts: at each cut-off, the history known then (and the window, if
   * one is set) forecasts the items of the next {@code periods} history periods at {@code level};
   * the forecast holds if at least that many were finished. A cut-off whose history is
   * insufficient, or whose test window reaches past the history, is skipped with the reason.
   * Capacity outlooks are not applied: the past had its own capacity.
   *
   * @param cutoffs the cut-off dates
   * @param periods the test window after each cut-off, in history periods, 1 or more
   * @param level the confidence level, within [0, 1]
   * @return the backtest
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code periods} is less than 1, {@code level} is out of
   *     range, or this forecaster has several teams
   */
  public Backtest backtest(List<LocalDate> cutoffs, int periods, double level) {
    Objects.requireNonNull(cutoffs, "cutoffs");
    if (periods < 1) {
      throw new IllegalArgumentException("periods must be 1 or more (was " + periods + ")");
    }
    Checks.requireWithin("level", level, 0, 1);
    ThroughputHistory full = history(singleTeam("backtest"));
    int len = full.period().days();
    List<BacktestPoint> points = new ArrayList<>(cutoffs.size());
    for (LocalDate cutoff : cutoffs) {
      Objects.requireNonNull(cutoff, "cutoff");
      ThroughputHistory train = full.until(cutoff);
      int first = train.size();
      if (first + periods > full.size()) {
        points.add(new BacktestPoint(cutoff, 0, 0, Optional.of("the test window reaches past the history")));
        continue;
      }
      if (settings.window > 0 && train.size() > 0) {
        train = train.last(settings.window);
      }
      TeamSamples samples = TeamSamples.of(train);
      if (!settings.sufficiency.isSufficient(samples.size(), samples.nonZero)) {
        points.add(new BacktestPoint(cutoff, 0, 0, Optional.of("insufficient data (" + samples.size() + " samples, "
            + samples.nonZero + " non-zero; " + settings.sufficiency + ")")));
        continue;
      }
      LocalDate testStart = full.periodStart(first);
      LocalDate testEnd = testStart.plusDays((long) periods * len - 1);
      ItemsForecast forecast = howMany(samples, null, testStart.minusDays(1), testEnd, settings);
      long actual = 0;
      for (int i = first; i < first + periods; i++) {
        actual += full.count(i);
      }
      points.add(new BacktestPoint(cutoff, forecast.itemsAt(level), actual, Optional.empty()));
    }
    return new Backtest(level, periods, Collections.unmodifiableList(points));
  }

  /**
   * Backtests at rolling cut-offs: after every {@code step} periods of the history, as long as a
   * full test window of {@code periods} periods follows. Early cut-offs with too little history
   * are reported as skipped.
   *
   * @param periods the test window, in history periods, 1 or more
   * @param step periods between cut-offs, 1 or more
   * @return the backtest at the default level
   * @throws IllegalArgumentException if an argument is less than 1 or this forecaster has several teams
   */
  public Backtest backtestRolling(int periods, int step) {
    if (periods < 1 || step < 1) {
      throw new IllegalArgumentException("periods and step must be 1 or more (were " + periods + ", " + step + ")");
    }
    ThroughputHistory full = history(singleTeam("backtest"));
    List<LocalDate> cutoffs = new ArrayList<>();
    for (int i = step; i + periods <= full.size(); i += step) {
      cutoffs.add(full.periodStart(i));
    }
    return backtest(cutoffs, periods);
  }

  // ---------------------------------------------------------------------------------------------
  // shared

  private TeamId singleTeam(String call) {
    if (histories.size() != 1) {
      throw new IllegalArgumentException(call + " needs a forecaster of one team (this one has " + histories.size()
          + ")\nMaybe use roadmap(asOf), or fromThroughput(history) for one team");
    }
    return histories.keySet().iterator().next();
  }

  private ThroughputHistory history(TeamId team) {
    return Objects.requireNonNull(histories.get(team), "team");
  }

  private TeamSamples samples(TeamId team) {
    ThroughputHistory history = history(team);
    if (settings.window > 0) {
      history = history.last(settings.window);
    }
    TeamSamples samples = TeamSamples.of(history);
    settings.sufficiency.require(team.equals(SINGLE_TEAM) && histories.size() == 1 ? "" : " of team " + team,
        samples.size(), samples.nonZero);
    return samples;
  }

  private Projection projection(TeamId team, TeamSamples samples, LocalDate asOf, int horizonDays) {
    return Projection.of(samples.history.period(), samples.history.calendar(), asOf, horizonDays, projectionFor(team));
  }

  private ForecastMethod choose(String refusal, double cost, boolean sizeOk) {
    switch (settings.method) {
      case MONTE_CARLO:
        return ForecastMethod.MONTE_CARLO;
      case EXACT:
        if (!refusal.isEmpty()) {
          throw new IllegalArgumentException("method EXACT does not apply: " + refusal
              + "\nMaybe use ForecastMethod.AUTO or MONTE_CARLO");
        }
        return ForecastMethod.EXACT;
      default:
        return refusal.isEmpty() && sizeOk && cost <= MAX_EXACT_COST
            && settings.convention == PercentileConvention.NEAREST_RANK ? ForecastMethod.EXACT : ForecastMethod.MONTE_CARLO;
    }
  }

  private String reasonForSimulation(String refusal, double cost) {
    if (settings.method == ForecastMethod.MONTE_CARLO) {
      return "Monte Carlo as configured";
    }
    if (!refusal.isEmpty()) {
      return "Monte Carlo: " + refusal;
    }
    if (settings.convention != PercentileConvention.NEAREST_RANK) {
      return "Monte Carlo: percentile convention " + settings.convention + " is read from trials";
    }
    return "Monte Carlo: the exact method would cost about " + Checks.format(Math.round(cost / 1e6)) + " million steps";
  }

  private String whenRule(ForecastMethod used) {
    return "when at p: the p-th percentile of completion dates by "
        + (used == ForecastMethod.EXACT ? "nearest rank on the exact distribution (the first date with P(done) ≥ p)"
            : settings.convention == PercentileConvention.NEAREST_RANK
                ? "nearest rank over the trials (the first date by which at least p of the trials are done)"
                : settings.convention + " over the trials' completion days, rounded up to a whole day");
  }

  private ForecastExplanation explanation(ForecastMethod used, String reason, int samples, int nonZero,
      ThroughputHistory history, Projection projection, @Nullable ScopeGrowth growth, String rule) {
    return explanation(used, reason, samples, nonZero, history, projection, growth, rule, projection.scale != null);
  }

  private ForecastExplanation explanation(ForecastMethod used, String reason, int samples, int nonZero,
      ThroughputHistory history, Projection projection, @Nullable ScopeGrowth growth, String rule, boolean scaled) {
    return new ForecastExplanation(used, reason, used == ForecastMethod.EXACT ? 0 : settings.trials, settings.seed,
        samples, nonZero, history.period(), history.start(), history.endExclusive(), projection.periods, scaled,
        Optional.ofNullable(growth), settings.convention, rule);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  /** Returns the number of teams and features and the policies in force. */
  @Override
  public String toString() {
    Settings s = settings;
    return "DeliveryForecaster[" + histories.size() + (histories.size() == 1 ? " team, " : " teams, ") + features.size()
        + " features, seed " + s.seed + ", " + s.trials + " trials, " + s.method + ", " + s.convention + "]";
  }
}

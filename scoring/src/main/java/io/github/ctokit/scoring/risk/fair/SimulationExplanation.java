package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.scoring.PercentileConvention;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What produced a {@link LossExposure}: the inputs as resolved, the frequency model, the number of
 * years, the seed, the statistics mode and the convergence reached; as data, and as text by
 * {@link #toString()}.
 *
 * @param seed the seed
 * @param yearsRequested the years asked for (the maximum, with a stopping rule)
 * @param years the years simulated
 * @param frequencyModel the simulation's default frequency model
 * @param threads the number of threads (results do not depend on it)
 * @param statisticsMode streaming or exact
 * @param percentileConvention the convention of exact percentiles
 * @param tailLevels the levels of expected shortfall and tail contributions
 * @param stoppingFraction the stopping rule's target relative half-width, or empty
 * @param stoppedEarly whether the stopping rule ended the simulation before {@code yearsRequested}
 * @param relativeHalfWidth95 the 95 % half-width of the portfolio mean over the mean (0 when the mean is 0)
 * @param dependence "independent" or the copula used
 * @param scenarios each scenario's resolved inputs and simulated mean
 */
public record SimulationExplanation(
    long seed,
    long yearsRequested,
    long years,
    FrequencyModel frequencyModel,
    int threads,
    StatisticsMode statisticsMode,
    PercentileConvention percentileConvention,
    List<Double> tailLevels,
    OptionalDouble stoppingFraction,
    boolean stoppedEarly,
    double relativeHalfWidth95,
    String dependence,
    List<ScenarioInput> scenarios) {

  /**
   * Checks and copies the explanation.
   *
   * @param seed the seed
   * @param yearsRequested the requested years
   * @param years the simulated years
   * @param frequencyModel the model
   * @param threads the threads
   * @param statisticsMode the mode
   * @param percentileConvention the convention
   * @param tailLevels the tail levels
   * @param stoppingFraction the stopping fraction
   * @param stoppedEarly whether it stopped early
   * @param relativeHalfWidth95 the relative half-width
   * @param dependence the dependence
   * @param scenarios the scenario inputs
   * @throws NullPointerException if an argument is null
   */
  public SimulationExplanation {
    Objects.requireNonNull(frequencyModel, "frequencyModel");
    Objects.requireNonNull(statisticsMode, "statisticsMode");
    Objects.requireNonNull(percentileConvention, "percentileConvention");
    tailLevels = List.copyOf(tailLevels);
    Objects.requireNonNull(stoppingFraction, "stoppingFraction");
    Objects.requireNonNull(dependence, "dependence");
    scenarios = List.copyOf(scenarios);
  }

  /**
   * Returns the explanation as text, one line for the run and one per scenario.
   *
   * @return the text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT,
        "%d years (of %d requested%s), seed %d, frequency model %s, %s statistics, %s, %d thread(s); "
            + "95 %% half-width %.2f %% of the mean",
        years, yearsRequested, stoppedEarly ? ", stopped by the rule" : "", seed, frequencyModel,
        statisticsMode.name().toLowerCase(Locale.ROOT), dependence, threads, 100 * relativeHalfWidth95));
    for (ScenarioInput s : scenarios) {
      sb.append(String.format(Locale.ROOT,
          "%n  %s: %s, LEF %.4f/yr (susceptibility %.4f) × LM %.2f = %.2f analytic; simulated %.2f ± %.2f",
          s.scenario(), s.frequencyModel(), s.meanLossEventFrequency(), s.susceptibility(), s.meanLossMagnitude(),
          s.analyticAnnualLoss(), s.simulatedMean(), s.standardError()));
    }
    return sb.toString();
  }
}

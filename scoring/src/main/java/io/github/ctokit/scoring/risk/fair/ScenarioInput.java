package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.Objects;

/**
 * How one scenario entered a simulation: its resolved frequency model and the analytic figures
 * its inputs imply, next to what was simulated.
 *
 * @param scenario the scenario
 * @param frequencyModel the frequency model used (the scenario's own, or the simulation's)
 * @param meanLossEventFrequency mean TEF × susceptibility, or the LEF's mean
 * @param susceptibility the susceptibility as one probability (1 when the LEF is direct)
 * @param meanLossMagnitude mean loss of one event before caps
 * @param analyticAnnualLoss {@code meanLossEventFrequency × meanLossMagnitude}: the expected annual
 *     loss without caps (under PER_EVENT with strengths, the same product with the susceptibility
 *     as computed)
 * @param simulatedMean the simulated mean annual loss
 * @param standardError its standard error
 */
public record ScenarioInput(
    ScenarioId scenario,
    FrequencyModel frequencyModel,
    double meanLossEventFrequency,
    double susceptibility,
    double meanLossMagnitude,
    double analyticAnnualLoss,
    double simulatedMean,
    double standardError) {

  /**
   * Checks the input.
   *
   * @param scenario the scenario
   * @param frequencyModel the model
   * @param meanLossEventFrequency the mean LEF
   * @param susceptibility the susceptibility
   * @param meanLossMagnitude the mean magnitude
   * @param analyticAnnualLoss the analytic ALE
   * @param simulatedMean the simulated mean
   * @param standardError the standard error
   * @throws NullPointerException if an id or the model is null
   */
  public ScenarioInput {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(frequencyModel, "frequencyModel");
  }
}

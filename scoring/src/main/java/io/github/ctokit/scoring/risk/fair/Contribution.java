package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.Map;
import java.util.Objects;

/**
 * One scenario's share of the portfolio's annual loss.
 *
 * <p>The mean contributions add up to the portfolio mean exactly (the same years). The tail
 * contribution at level q is the Euler (co-tail) allocation {@code E[L_i | L ≥ VaR_q]}, the
 * scenario's mean loss in the years when the portfolio loss is at or above its value at risk; the
 * contributions at a level add up to the portfolio's expected shortfall at that level.
 *
 * @param scenario the scenario
 * @param mean the scenario's mean annual loss
 * @param shareOfMean {@code mean} over the portfolio mean, within [0, 1]; 0 when the portfolio mean is 0
 * @param tail tail level → {@code E[L_i | L ≥ VaR_q]}, for the simulation's tail levels
 */
public record Contribution(ScenarioId scenario, double mean, double shareOfMean, Map<Double, Double> tail) {

  /**
   * Checks and copies the contribution.
   *
   * @param scenario the scenario
   * @param mean the mean
   * @param shareOfMean the share
   * @param tail the tail contributions
   * @throws NullPointerException if an argument is null
   */
  public Contribution {
    Objects.requireNonNull(scenario, "scenario");
    tail = Map.copyOf(Objects.requireNonNull(tail, "tail"));
  }

  /**
   * Returns the co-tail contribution at a level.
   *
   * @param level one of the simulation's tail levels, such as 0.99
   * @return {@code E[L_i | L ≥ VaR_q]}
   * @throws IllegalArgumentException if the level was not simulated
   */
  public double tail(double level) {
    Double v = tail.get(level);
    if (v == null) {
      throw new IllegalArgumentException("level must be one of the tail levels " + tail.keySet() + " (was "
          + Checks.format(level) + ")\nMaybe add it with FairSimulation.withTailLevels");
    }
    return v;
  }
}

package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.joda.money.CurrencyUnit;

/**
 * The simulated annual loss of a portfolio and of each of its scenarios, with each scenario's
 * contribution and the explanation of how it was produced. Immutable and thread-safe.
 *
 * <pre>{@code
 * LossExposure exposure = FairSimulation.of(portfolio).withYears(100_000).withSeed(42).simulate();
 * exposure.total().mean();                 // ALE
 * exposure.total().valueAtRisk(0.99);
 * exposure.total().exceedanceCurve();
 * exposure.contributions().get(0).tail(0.99);
 * exposure.explanation();
 * }</pre>
 */
public final class LossExposure {

  private final CurrencyUnit currency;
  private final LossStatistics total;
  private final Map<ScenarioId, LossStatistics> scenarios;
  private final List<Contribution> contributions;
  private final SimulationExplanation explanation;

  LossExposure(CurrencyUnit currency, LossStatistics total, Map<ScenarioId, LossStatistics> scenarios,
      List<Contribution> contributions, SimulationExplanation explanation) {
    this.currency = currency;
    this.total = total;
    this.scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
    this.contributions = List.copyOf(contributions);
    this.explanation = explanation;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the portfolio's currency
   */
  public CurrencyUnit currency() {
    return currency;
  }

  /**
   * Returns the portfolio's annual loss: per year, the sum of the scenarios' losses.
   *
   * @return the statistics
   */
  public LossStatistics total() {
    return total;
  }

  /**
   * Returns one scenario's annual loss.
   *
   * @param id the scenario id
   * @return the statistics
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if the portfolio has no such scenario
   */
  public LossStatistics scenario(ScenarioId id) {
    Objects.requireNonNull(id, "id");
    LossStatistics s = scenarios.get(id);
    if (s == null) {
      throw new IllegalArgumentException("scenario must be in the portfolio (was " + id + ")");
    }
    return s;
  }

  /**
   * Returns every scenario's annual loss.
   *
   * @return scenario id → statistics, in portfolio order
   */
  public Map<ScenarioId, LossStatistics> scenarios() {
    return scenarios;
  }

  /**
   * Returns each scenario's contribution to the portfolio mean and tail, in portfolio order.
   *
   * @return the contributions
   */
  public List<Contribution> contributions() {
    return contributions;
  }

  /**
   * Returns how these results were produced.
   *
   * @return the explanation
   */
  public SimulationExplanation explanation() {
    return explanation;
  }

  /**
   * Returns the portfolio summary and the explanation.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return currency + " " + total + "\n" + explanation;
  }
}

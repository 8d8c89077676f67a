package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A control or treatment, stated as the changed inputs of the scenarios it affects and its annual
 * cost. {@link FairSimulation#compare(List)} simulates the portfolio with the changed scenarios
 * using the same random streams (common random numbers: each scenario's streams follow its id,
 * frequency and magnitude apart), so the difference from the baseline is due to the change, not
 * to sampling noise. Immutable.
 *
 * <pre>{@code
 * Treatment edr = Treatment.of("edr", 120_000,
 *     ransomware.withSusceptibility(Distribution.pert(0.02, 0.05, 0.15)));
 * }</pre>
 */
public final class Treatment {

  private final String name;
  private final double annualCost;
  private final Map<ScenarioId, LossScenario> replacements;

  private Treatment(String name, double annualCost, Map<ScenarioId, LossScenario> replacements) {
    this.name = name;
    this.annualCost = annualCost;
    this.replacements = replacements;
  }

  /**
   * Returns a treatment.
   *
   * @param name a short name, 1 to 128 characters, shown in results and messages (not personal data)
   * @param annualCost the annual cost in the portfolio's currency, zero or more
   * @param changed the scenarios as changed by the treatment; each replaces the scenario with the same id
   * @return the treatment
   * @throws NullPointerException if an argument or a scenario is null
   * @throws IllegalArgumentException if the name is blank or too long, the cost negative or not
   *     finite, no scenario is given, or two share an id
   */
  public static Treatment of(String name, double annualCost, LossScenario... changed) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(changed, "changed");
    if (name.isBlank() || name.length() > 128) {
      throw new IllegalArgumentException("treatment name must be 1 to 128 characters, not blank (was "
          + Checks.quote(name) + ")");
    }
    double cost = Checks.requireNonNegative("annualCost", annualCost);
    if (changed.length == 0) {
      throw new IllegalArgumentException("treatment " + Checks.quote(name) + " must change at least one scenario");
    }
    Map<ScenarioId, LossScenario> map = new LinkedHashMap<>();
    for (LossScenario s : changed) {
      Objects.requireNonNull(s, "changed[]");
      if (map.put(s.id(), s) != null) {
        throw new IllegalArgumentException("treatment " + Checks.quote(name) + " changes scenario " + s.id()
            + " twice");
      }
    }
    return new Treatment(name, cost, Collections.unmodifiableMap(map));
  }

  /**
   * Returns the name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the annual cost.
   *
   * @return zero or more, in the portfolio's currency
   */
  public double annualCost() {
    return annualCost;
  }

  /**
   * Returns the changed scenarios.
   *
   * @return scenario id → changed scenario
   */
  public Map<ScenarioId, LossScenario> changes() {
    return replacements;
  }

  /**
   * Returns the portfolio with this treatment's changes.
   *
   * @param portfolio the baseline
   * @return the treated portfolio
   * @throws NullPointerException if {@code portfolio} is null
   * @throws IllegalArgumentException if a changed scenario is not in the portfolio
   */
  public LossPortfolio applyTo(LossPortfolio portfolio) {
    Objects.requireNonNull(portfolio, "portfolio");
    List<LossScenario> out = new ArrayList<>();
    int found = 0;
    for (LossScenario s : portfolio.scenarios()) {
      LossScenario r = replacements.get(s.id());
      if (r != null) {
        found++;
      }
      out.add(r != null ? r : s);
    }
    if (found < replacements.size()) {
      throw new IllegalArgumentException("treatment " + Checks.quote(name)
          + " must change scenarios of the portfolio (was " + replacements.keySet() + ")");
    }
    return portfolio.withScenarios(out);
  }

  @Override
  public String toString() {
    return "Treatment[" + name + ", cost " + Checks.format(annualCost) + ", changes " + replacements.keySet() + "]";
  }
}

package io.github.ctokit.core.risk.fair;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The whole-model rules of {@link LossPortfolio}; see its table. */
final class PortfolioValidator implements Validator<LossPortfolio> {

  static final PortfolioValidator INSTANCE = new PortfolioValidator();

  private PortfolioValidator() {}

  @Override
  public ValidationResult validate(LossPortfolio portfolio) {
    ValidationResult.Builder found = ValidationResult.builder();
    List<LossScenario> scenarios = portfolio.scenarios();
    ModelPath list = ModelPath.of("scenarios");
    if (scenarios.isEmpty()) {
      found.warning(list, "fair.empty", "scenarios must not be empty (was 0 scenarios): every loss is 0");
    }
    Map<ScenarioId, Integer> seen = new HashMap<>();
    for (int i = 0; i < scenarios.size(); i++) {
      LossScenario s = scenarios.get(i);
      Integer first = seen.putIfAbsent(s.id(), i);
      if (first != null) {
        found.error(list.index(i).field("id"), "fair.duplicate-id",
            "id must be unique within the portfolio (was '" + s.id() + "', also at scenarios[" + first + "])");
      }
      if (!s.currency().equals(portfolio.currency())) {
        found.error(list.index(i).field("currency"), "fair.currency-mismatch",
            "currency must be the portfolio's " + portfolio.currency() + " (was " + s.currency() + ")");
      }
      if (s.frequencyModel().orElse(null) == FrequencyModel.BERNOULLI && s.meanLossEventFrequency() > 1) {
        found.error(list.index(i).field("frequencyModel"), "fair.bernoulli-rate",
            "mean loss event frequency must be at most 1 under BERNOULLI (was "
                + Checks.format(s.meanLossEventFrequency()) + ")");
      }
    }
    portfolio.correlation().ifPresent(c -> correlation(c, scenarios.size(), found));
    return found.build();
  }

  private static void correlation(CorrelationMatrix c, int scenarios, ValidationResult.Builder found) {
    ModelPath at = ModelPath.of("correlation");
    int n = c.size();
    if (n != scenarios) {
      found.error(at, "fair.correlation-size",
          "correlation must have one row per scenario, " + scenarios + " (was " + n + ")");
    }
    boolean wellFormed = true;
    for (int i = 0; i < n; i++) {
      if (c.get(i, i) != 1) {
        wellFormed = false;
        found.error(at.index(i).index(i), "fair.correlation-diagonal",
            "diagonal entry must be 1 (was " + Checks.format(c.get(i, i)) + ")");
      }
      for (int j = 0; j < n; j++) {
        double v = c.get(i, j);
        if (v < -1 || v > 1) {
          wellFormed = false;
          found.error(at.index(i).index(j), "fair.correlation-range",
              "correlation must be within [-1, 1] (was " + Checks.format(v) + ")");
        }
        if (i < j && Math.abs(v - c.get(j, i)) > 1e-12) {
          wellFormed = false;
          found.error(at.index(i).index(j), "fair.correlation-asymmetric",
              "correlation must be symmetric (was " + Checks.format(v) + " here, " + Checks.format(c.get(j, i))
                  + " at [" + j + "][" + i + "])");
        }
      }
    }
    if (wellFormed && c.choleskyOrNull() == null) {
      found.error(at, "fair.correlation-not-psd",
          "correlation must be positive semi-definite (was not: no Cholesky factor within 1e-10)");
    }
  }
}

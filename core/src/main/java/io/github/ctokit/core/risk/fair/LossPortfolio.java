package io.github.ctokit.core.risk.fair;

import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * The loss scenarios simulated together, in one currency, with their optional dependence. A
 * simulated year's portfolio loss is the sum of the scenarios' losses that year.
 *
 * <p>Whole-model rules are checked by {@link #validator()}, every problem at once:
 *
 * <table>
 *   <caption>Validation rules</caption>
 *   <tr><th>code</th><th>severity</th><th>path</th><th>rule</th></tr>
 *   <tr><td>{@code fair.duplicate-id}</td><td>error</td><td>{@code scenarios[i].id}</td><td>scenario ids are unique</td></tr>
 *   <tr><td>{@code fair.currency-mismatch}</td><td>error</td><td>{@code scenarios[i].currency}</td><td>every scenario uses the portfolio's currency</td></tr>
 *   <tr><td>{@code fair.bernoulli-rate}</td><td>error</td><td>{@code scenarios[i].frequencyModel}</td><td>a scenario under {@link FrequencyModel#BERNOULLI} has a mean loss event frequency of at most 1</td></tr>
 *   <tr><td>{@code fair.empty}</td><td>warning</td><td>{@code scenarios}</td><td>the portfolio has a scenario</td></tr>
 *   <tr><td>{@code fair.correlation-size}</td><td>error</td><td>{@code correlation}</td><td>one row per scenario</td></tr>
 *   <tr><td>{@code fair.correlation-diagonal}</td><td>error</td><td>{@code correlation[i][i]}</td><td>diagonal entries are 1</td></tr>
 *   <tr><td>{@code fair.correlation-range}</td><td>error</td><td>{@code correlation[i][j]}</td><td>entries lie within [−1, 1]</td></tr>
 *   <tr><td>{@code fair.correlation-asymmetric}</td><td>error</td><td>{@code correlation[i][j]}, i &lt; j</td><td>{@code ρ[i][j] = ρ[j][i]} within 1e-12</td></tr>
 *   <tr><td>{@code fair.correlation-not-psd}</td><td>error</td><td>{@code correlation}</td><td>positive semi-definite (a Cholesky factor exists within 1e-10); checked only when the others hold</td></tr>
 * </table>
 *
 * <pre>{@code
 * LossPortfolio portfolio = LossPortfolio.builder().currency(CurrencyUnit.EUR)
 *     .addScenarios(ransomware, outage, breach).build();
 * portfolio.validate().orThrow();
 * }</pre>
 */
@Value.Immutable
public abstract class LossPortfolio implements WithLossPortfolio {

  LossPortfolio() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LossPortfolio}; the currency is required. */
  public static final class Builder extends ImmutableLossPortfolio.Builder {
    Builder() {}
  }

  /**
   * Returns the validator of the whole-model rules listed above.
   *
   * @return a stateless, thread-safe validator
   */
  public static Validator<LossPortfolio> validator() {
    return PortfolioValidator.INSTANCE;
  }

  /**
   * Returns the currency of every amount.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns the scenarios, in the order given.
   *
   * @return the scenarios
   */
  public abstract List<LossScenario> scenarios();

  /**
   * Returns the correlation between scenarios, in scenario order.
   *
   * @return the matrix, or empty for independent scenarios
   */
  public abstract Optional<CorrelationMatrix> correlation();

  /**
   * Returns what the correlation applies to.
   *
   * @return the target; {@link DependenceTarget#ANNUAL_LOSS} by default
   */
  @Value.Default
  public DependenceTarget dependenceTarget() {
    return DependenceTarget.ANNUAL_LOSS;
  }

  /**
   * Finds a scenario by id; with duplicate ids, the first wins.
   *
   * @param id the id
   * @return the scenario, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<LossScenario> scenario(ScenarioId id) {
    Objects.requireNonNull(id, "id");
    for (LossScenario s : scenarios()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Validates this portfolio; shorthand for {@code LossPortfolio.validator().validate(this)}.
   *
   * @return every violation found
   */
  public final ValidationResult validate() {
    return validator().validate(this);
  }
}

package io.github.ctokit.core.delivery;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A roadmap to forecast: each team's {@link ThroughputHistory}, the {@link Feature}s with their
 * remaining items per team and priority, and an optional {@link ScopeGrowth} for every feature
 * that states none.
 *
 * <p>Building a plan checks each value on its own; whole-model rules are checked by
 * {@link #validator()}, which reports every problem at once with a stable code and a path:
 *
 * <table>
 *   <caption>Validation rules</caption>
 *   <tr><th>code</th><th>severity</th><th>path</th><th>rule</th></tr>
 *   <tr><td>{@code delivery.duplicate-id}</td><td>error</td><td>{@code features[i].id}</td><td>feature ids are unique</td></tr>
 *   <tr><td>{@code delivery.empty-feature}</td><td>error</td><td>{@code features[i].work}</td><td>a feature names at least one team</td></tr>
 *   <tr><td>{@code delivery.unknown-team}</td><td>error</td><td>{@code features[i].work}</td><td>every team of a feature has a throughput history</td></tr>
 *   <tr><td>{@code delivery.empty-history}, {@code delivery.all-zero-history}</td><td>error</td><td>{@code throughput[k].counts}</td><td>see {@link ThroughputHistory#validate()}; {@code k} is the team's position in {@link #throughput()}</td></tr>
 *   <tr><td>{@code delivery.work-on-non-working-day}, {@code delivery.no-working-day}</td><td>warning</td><td>{@code throughput[k].counts[i]}</td><td>see {@link ThroughputHistory#validate()}</td></tr>
 * </table>
 *
 * <pre>{@code
 * DeliveryPlan plan = DeliveryPlan.builder()
 *     .putThroughput(web, webHistory).putThroughput(payments, paymentsHistory)
 *     .addFeatures(checkout, wallet).scopeGrowth(ScopeGrowth.between(1, 1.3)).build();
 * plan.validate().errors();
 * }</pre>
 */
@Value.Immutable
public abstract class DeliveryPlan implements WithDeliveryPlan {

  DeliveryPlan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeliveryPlan}; every collection may be empty. */
  public static final class Builder extends ImmutableDeliveryPlan.Builder {
    Builder() {}
  }

  /**
   * Returns the validator of the whole-model rules listed above.
   *
   * @return a stateless, thread-safe validator
   */
  public static Validator<DeliveryPlan> validator() {
    return DeliveryPlanValidator.INSTANCE;
  }

  /**
   * Returns each team's throughput history.
   *
   * @return the histories, in insertion order
   */
  public abstract Map<TeamId, ThroughputHistory> throughput();

  /**
   * Returns the features.
   *
   * @return the features, in the order given (priority decides the forecast order)
   */
  public abstract List<Feature> features();

  /**
   * Returns the scope growth of features that state none.
   *
   * @return the split-rate range, or empty for no growth
   */
  public abstract Optional<ScopeGrowth> scopeGrowth();

  /**
   * Validates this plan; shorthand for {@code DeliveryPlan.validator().validate(this)}.
   *
   * @return every violation found
   */
  public final ValidationResult validate() {
    return validator().validate(this);
  }
}

package io.github.ctokit.core.risk;

import java.util.Map;
import org.immutables.value.Value;

/**
 * How much risk the organisation is prepared to bear, per category: a default
 * {@link AppetiteLimit} and overrides for some categories.
 *
 * <p>ISO Guide 73 and NIST IR 8286 distinguish <em>appetite</em> (the risk willingly pursued) from
 * <em>tolerance</em> (the readiness to bear it after treatment). A limit here is the line a scored
 * risk must not cross; use the tolerance figures when both are known.
 *
 * <pre>{@code
 * RiskAppetite appetite = RiskAppetite.builder()
 *     .defaultLimit(AppetiteLimit.maxScore(5))
 *     .putLimit(StandardRiskCategory.PRIVACY, AppetiteLimit.maxScore(3))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class RiskAppetite {

  RiskAppetite() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskAppetite}; {@code defaultLimit} is required. */
  public static final class Builder extends ImmutableRiskAppetite.Builder {
    Builder() {}
  }

  /**
   * Returns an appetite with one limit for every category.
   *
   * @param limit the limit
   * @return the appetite
   */
  public static RiskAppetite of(AppetiteLimit limit) {
    return builder().defaultLimit(limit).build();
  }

  /**
   * Returns the limit for categories without an override.
   *
   * @return the default limit
   */
  public abstract AppetiteLimit defaultLimit();

  /**
   * Returns the overrides by category.
   *
   * @return an unmodifiable map
   */
  public abstract Map<RiskCategory, AppetiteLimit> limits();

  /**
   * Returns the limit that applies to a category.
   *
   * @param category the category
   * @return its override, or else the default limit
   */
  public final AppetiteLimit limitFor(RiskCategory category) {
    AppetiteLimit limit = limits().get(category);
    return limit != null ? limit : defaultLimit();
  }
}

package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.delivery.FeatureId;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The forecast of a roadmap: every feature, in the order the teams work on them (priority, then
 * id), each with its joint and per-team completion dates. Features share each team's simulated
 * throughput in that order: a feature's items are finished once the items of every feature
 * before it on that team are. Immutable.
 */
public final class RoadmapForecast {

  private final LocalDate asOf;
  private final List<FeatureForecast> features;
  private final ForecastExplanation explanation;

  RoadmapForecast(LocalDate asOf, List<FeatureForecast> features, ForecastExplanation explanation) {
    this.asOf = asOf;
    this.features = features;
    this.explanation = explanation;
  }

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the features in forecast order.
   *
   * @return an unmodifiable list
   */
  public List<FeatureForecast> features() {
    return features;
  }

  /**
   * Finds a feature's forecast.
   *
   * @param id the feature id
   * @return the forecast, or empty if the plan has no such feature
   * @throws NullPointerException if {@code id} is null
   */
  public Optional<FeatureForecast> feature(FeatureId id) {
    Objects.requireNonNull(id, "id");
    return features.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * Returns how the forecast was computed.
   *
   * @return the explanation
   */
  public ForecastExplanation explanation() {
    return explanation;
  }

  /**
   * Returns one line per feature with its dates at 50, 85 and 95 %, then the explanation.
   *
   * @return the text
   */
  public String explain() {
    StringBuilder sb = new StringBuilder("Roadmap as of ").append(asOf).append('\n');
    for (FeatureForecast f : features) {
      DeliveryForecast d = f.forecast();
      sb.append(String.format(Locale.ROOT, "%-24s P%-3d 50 %% %s  85 %% %s  95 %% %s%n", f.id(), f.priority(),
          date(d, 0.5), date(d, 0.85), date(d, 0.95)));
    }
    return sb.append(explanation).toString();
  }

  private static String date(DeliveryForecast d, double p) {
    return d.dateAt(p).map(LocalDate::toString).orElse("beyond    ");
  }

  /** Returns the as-of date and the number of features. */
  @Override
  public String toString() {
    return "Roadmap as of " + asOf + ": " + features.size() + " features";
  }
}

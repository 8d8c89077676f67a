package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.delivery.FeatureId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The forecast of one feature of a roadmap: when it is done (when its last team is done, within
 * each trial) and, so that the band is visible and not only the worst team, when each of its
 * teams is done with its share. Immutable.
 */
public final class FeatureForecast {

  private final FeatureId id;
  private final int priority;
  private final DeliveryForecast forecast;
  private final Map<TeamId, DeliveryForecast> byTeam;

  FeatureForecast(FeatureId id, int priority, DeliveryForecast forecast, Map<TeamId, DeliveryForecast> byTeam) {
    this.id = id;
    this.priority = priority;
    this.forecast = forecast;
    this.byTeam = byTeam;
  }

  /**
   * Returns the feature's id.
   *
   * @return the id
   */
  public FeatureId id() {
    return id;
  }

  /**
   * Returns the feature's priority.
   *
   * @return 1 or more
   */
  public int priority() {
    return priority;
  }

  /**
   * Returns when the whole feature is done: the last of its teams, trial by trial.
   *
   * @return the forecast
   */
  public DeliveryForecast forecast() {
    return forecast;
  }

  /**
   * Returns when each team is done with its share of the feature.
   *
   * @return an unmodifiable map in the feature's team order
   */
  public Map<TeamId, DeliveryForecast> byTeam() {
    return byTeam;
  }

  /**
   * Returns one team's forecast for this feature.
   *
   * @param team the team
   * @return the forecast, or empty if the team has no work in this feature
   * @throws NullPointerException if {@code team} is null
   */
  public Optional<DeliveryForecast> team(TeamId team) {
    return Optional.ofNullable(byTeam.get(Objects.requireNonNull(team, "team")));
  }

  /** Returns the id and the first line of the joint forecast. */
  @Override
  public String toString() {
    return id + ": " + forecast;
  }
}

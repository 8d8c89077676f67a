package io.github.ctokit.core.delivery;

import io.github.ctokit.core.TeamId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A feature (epic, backlog item) of a roadmap: the items that remain to be finished by each team
 * it needs, and its priority among the features those teams share.
 *
 * <p>A feature needing several teams is done when the last of them is done. Features share a
 * team's throughput in priority order: a lower {@link #priority()} comes first, ties broken by id.
 *
 * <pre>{@code
 * Feature checkout = Feature.builder().id(FeatureId.of("EPIC-checkout")).priority(1)
 *     .putWork(TeamId.of("team:web"), 18).putWork(TeamId.of("team:payments"), 7).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Feature implements WithFeature {

  /** The most items a feature may hold for one team. */
  public static final int MAX_ITEMS = 1_000_000;

  Feature() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Feature}; id, priority and at least one team's work are required. */
  public static final class Builder extends ImmutableFeature.Builder {
    Builder() {}
  }

  /**
   * Returns a single-team feature.
   *
   * @param id the feature's id
   * @param priority the priority, 1 or more (1 first)
   * @param team the team that does the work
   * @param items the remaining items, 0 to {@value #MAX_ITEMS}
   * @return the feature
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code priority} or {@code items} is out of range
   */
  public static Feature of(FeatureId id, int priority, TeamId team, int items) {
    return builder().id(id).priority(priority).putWork(team, items).build();
  }

  /**
   * Returns the feature's id.
   *
   * @return the id, unique within a plan
   */
  public abstract FeatureId id();

  /**
   * Returns the priority: features with a lower number draw on a shared team's throughput first.
   *
   * @return 1 or more
   */
  public abstract int priority();

  /**
   * Returns the remaining items per team.
   *
   * @return the work, in insertion order; a plan's validator requires at least one team
   */
  public abstract Map<TeamId, Integer> work();

  /**
   * Returns this feature's own scope growth, which overrides the plan's.
   *
   * @return the split-rate range, or empty to use the plan's
   */
  public abstract Optional<ScopeGrowth> scopeGrowth();

  /**
   * Returns the total remaining items over all teams.
   *
   * @return zero or more
   */
  public final long totalItems() {
    long sum = 0;
    for (int items : work().values()) {
      sum += items;
    }
    return sum;
  }

  @Value.Check
  final void check() {
    if (priority() < 1) {
      throw new IllegalArgumentException("priority must be 1 or more for feature " + id() + " (was " + priority() + ")");
    }
    for (Map.Entry<TeamId, Integer> e : work().entrySet()) {
      int items = e.getValue();
      if (items < 0 || items > MAX_ITEMS) {
        throw new IllegalArgumentException("work[" + e.getKey() + "] must be within [0, " + MAX_ITEMS
            + "] for feature " + id() + " (was " + items + ")");
      }
    }
  }
}

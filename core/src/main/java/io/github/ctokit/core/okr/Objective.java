package io.github.ctokit.core.okr;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An objective: owned by a team or a role, at a {@link ObjectiveLevel}, committed or aspirational,
 * set for an {@link OkrCycle}, measured by {@link KeyResult}s and aligned to parent objectives by
 * weighted {@link Alignment} edges (several parents allowed).
 *
 * <p>Exactly one of {@link #ownerTeam()} and {@link #ownerRole()} is set (checked at construction).
 *
 * <pre>{@code
 * Objective platform = Objective.builder()
 *     .id(ObjectiveId.of("O-platform")).title("A platform teams love")
 *     .ownerTeam(TeamId.of("team-platform")).level(ObjectiveLevel.TEAM)
 *     .commitment(Commitment.COMMITTED).cycle(OkrCycle.of(YearQuarter.of(2027, 1)))
 *     .addKeyResults(latency)
 *     .addParents(Alignment.to(ObjectiveId.of("O-eng"), 2))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Objective implements WithObjective {

  Objective() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Objective}; id, title, level, commitment, cycle and one owner are required.
   */
  public static final class Builder extends ImmutableObjective.Builder {
    Builder() {}
  }

  /**
   * Returns the id, unique in the graph.
   *
   * @return the id
   */
  public abstract ObjectiveId id();

  /**
   * Returns the title. Free text: never put in messages or {@code toString}.
   *
   * @return the title
   */
  @Value.Redacted
  public abstract String title();

  /**
   * Returns the owning team, when a team owns the objective.
   *
   * @return the team, or empty when a role owns it
   */
  public abstract Optional<TeamId> ownerTeam();

  /**
   * Returns the owning role, when a role owns the objective.
   *
   * @return the role, or empty when a team owns it
   */
  public abstract Optional<RoleId> ownerRole();

  /**
   * Returns where in the organisation the objective sits.
   *
   * @return the level
   */
  public abstract ObjectiveLevel level();

  /**
   * Returns whether the objective is committed or aspirational.
   *
   * @return the commitment
   */
  public abstract Commitment commitment();

  /**
   * Returns the cycle the objective is set for.
   *
   * @return the cycle
   */
  public abstract OkrCycle cycle();

  /**
   * Returns the objective's own key results.
   *
   * @return the key results, possibly empty
   */
  public abstract List<KeyResult> keyResults();

  /**
   * Returns the objectives this one contributes to, with edge weights.
   *
   * @return the alignment edges, possibly empty for a root
   */
  public abstract List<Alignment> parents();

  /**
   * Tells whether the objective is committed.
   *
   * @return true if {@link #commitment()} is {@link Commitment#COMMITTED}
   */
  public final boolean isCommitted() {
    return commitment() == Commitment.COMMITTED;
  }

  @Value.Check
  final void check() {
    checkOwner(id().value(), ownerTeam().isPresent(), ownerRole().isPresent());
  }

  /** The owner rule (shared with {@link OkrTable}). */
  static void checkOwner(String id, boolean team, boolean role) {
    if (team == role) {
      throw new IllegalArgumentException("exactly one of ownerTeam and ownerRole must be set (objective " + id + ")");
    }
  }
}

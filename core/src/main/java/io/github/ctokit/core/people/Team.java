package io.github.ctokit.core.people;

import io.github.ctokit.core.TeamId;
import java.util.List;
import org.immutables.value.Value;

/**
 * A team and its {@link Membership}s: who gives what share of their time to it, when.
 *
 * <pre>{@code
 * Team payments = Team.builder().id(TeamId.of("payments")).name("Payments")
 *     .addMemberships(Membership.of(PersonId.of("P-001"), 100, q1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Team implements WithTeam {

  Team() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Team}; id and name are required. */
  public static final class Builder extends ImmutableTeam.Builder {
    Builder() {}
  }

  /**
   * Returns the id.
   *
   * @return the id, unique within an organisation
   */
  public abstract TeamId id();

  /**
   * Returns the display name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the memberships.
   *
   * @return the memberships; a person may appear several times over different periods
   */
  public abstract List<Membership> memberships();
}

package io.github.ctokit.core.people;

import io.github.ctokit.core.RoleId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a piece of demand needs: a skill at a minimum proficiency (1 to 4; anyone at that level or
 * above can do the work), or a role (anyone holding it can). Two efforts with the same need compete
 * for the same people.
 *
 * <pre>{@code
 * Need backend = Need.skill(SkillId.of("backend"), 2);   // prints backend@2+
 * Need pm = Need.role(Role.PROJECT_MANAGER.id());        // prints role ROLE-project-manager
 * }</pre>
 */
public final class Need implements Comparable<Need> {

  private final @Nullable SkillId skill;
  private final @Nullable RoleId role;
  private final int minProficiency;

  private Need(@Nullable SkillId skill, @Nullable RoleId role, int minProficiency) {
    this.skill = skill;
    this.role = role;
    this.minProficiency = minProficiency;
  }

  /**
   * Returns a skill need.
   *
   * @param skill the skill
   * @param minProficiency 1 to 4
   * @return the need
   * @throws IllegalArgumentException if {@code minProficiency} is outside [1, 4]
   */
  public static Need skill(SkillId skill, int minProficiency) {
    Objects.requireNonNull(skill, "skill");
    if (minProficiency < 1 || minProficiency > 4) {
      throw new IllegalArgumentException(
          "minProficiency must be within [1, 4] for skill " + skill + " (was " + minProficiency + ")");
    }
    return new Need(skill, null, minProficiency);
  }

  /**
   * Returns a role need.
   *
   * @param role the role
   * @return the need
   */
  public static Need role(RoleId role) {
    Objects.requireNonNull(role, "role");
    return new Need(null, role, 0);
  }

  /**
   * Returns the skill.
   *
   * @return the skill, or empty for a role need
   */
  public Optional<SkillId> skill() {
    return Optional.ofNullable(skill);
  }

  /**
   * Returns the role.
   *
   * @return the role, or empty for a skill need
   */
  public Optional<RoleId> role() {
    return Optional.ofNullable(role);
  }

  /**
   * Returns the minimum proficiency of a skill need.
   *
   * @return 1 to 4, or 0 for a role need
   */
  public int minProficiency() {
    return minProficiency;
  }

  /** Orders skill needs (by skill, then proficiency) before role needs (by role). */
  @Override
  public int compareTo(Need other) {
    if (skill != null && other.skill != null) {
      int c = skill.compareTo(other.skill);
      return c != 0 ? c : Integer.compare(minProficiency, other.minProficiency);
    }
    if (skill != null) {
      return -1;
    }
    if (other.skill != null) {
      return 1;
    }
    return Objects.requireNonNull(role).compareTo(Objects.requireNonNull(other.role));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Need other && Objects.equals(other.skill, skill) && Objects.equals(other.role, role)
        && other.minProficiency == minProficiency;
  }

  @Override
  public int hashCode() {
    return Objects.hash(skill, role, minProficiency);
  }

  /** Returns {@code backend@2+} or {@code role ROLE-sre}. */
  @Override
  public String toString() {
    return skill != null ? skill + "@" + minProficiency + "+" : "role " + role;
  }
}

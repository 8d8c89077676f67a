package io.github.ctokit.core.people;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person's proficiency in one skill of the catalogue, on the 0–4 scale used by skills matrices:
 * 0 aware (cannot do the work), 1 beginner, 2 practitioner, 3 expert, 4 authority (can teach it).
 * People at level {@value #EXPERT} or above count towards a skill's bus factor.
 *
 * <pre>{@code
 * Skill backend = Skill.of(SkillId.of("backend"), 3);
 * }</pre>
 */
public final class Skill implements Comparable<Skill> {

  /** The lowest proficiency: aware of the skill, cannot do the work alone. */
  public static final int AWARE = 0;

  /** The lowest proficiency that contributes capacity: can do simple work with help. */
  public static final int BEGINNER = 1;

  /** Can do the usual work alone. */
  public static final int PRACTITIONER = 2;

  /** Can do the hard work; counts towards the bus factor. */
  public static final int EXPERT = 3;

  /** The highest proficiency: recognised authority, teaches others. */
  public static final int AUTHORITY = 4;

  private final SkillId skill;
  private final int proficiency;

  private Skill(SkillId skill, int proficiency) {
    this.skill = skill;
    this.proficiency = proficiency;
  }

  /**
   * Returns a skill at a proficiency.
   *
   * @param skill the skill of the catalogue
   * @param proficiency 0 to 4
   * @return the value
   * @throws NullPointerException if {@code skill} is null
   * @throws IllegalArgumentException if {@code proficiency} is outside [0, 4]
   */
  public static Skill of(SkillId skill, int proficiency) {
    Objects.requireNonNull(skill, "skill");
    if (proficiency < AWARE || proficiency > AUTHORITY) {
      throw new IllegalArgumentException(
          "proficiency must be within [0, 4] for skill " + skill + " (was " + proficiency + ")");
    }
    return new Skill(skill, proficiency);
  }

  /**
   * Returns the skill.
   *
   * @return the skill id
   */
  public SkillId skill() {
    return skill;
  }

  /**
   * Returns the proficiency.
   *
   * @return 0 to 4
   */
  public int proficiency() {
    return proficiency;
  }

  /**
   * Tells whether the proficiency is at least a level.
   *
   * @param level the level required, 0 to 4
   * @return true if {@code proficiency() ≥ level}
   */
  public boolean atLeast(int level) {
    return proficiency >= level;
  }

  /** Orders by skill id, then proficiency. */
  @Override
  public int compareTo(Skill other) {
    int c = skill.compareTo(other.skill);
    return c != 0 ? c : Integer.compare(proficiency, other.proficiency);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Skill other && other.skill.equals(skill) && other.proficiency == proficiency;
  }

  @Override
  public int hashCode() {
    return skill.hashCode() * 31 + proficiency;
  }

  /** Returns {@code backend@3}. */
  @Override
  public String toString() {
    return skill + "@" + proficiency;
  }
}

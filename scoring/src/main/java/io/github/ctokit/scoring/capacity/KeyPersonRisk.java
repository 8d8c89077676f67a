package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.people.SkillId;
import java.util.Objects;

/**
 * A person whose loss would leave a demanded skill with fewer experts than the planner's threshold
 * (by default: the only expert).
 *
 * @param person the person
 * @param skill the skill
 * @param busFactor the skill's bus factor, including this person
 * @param demandHours hours of the skill the demand asks for during the plan
 */
public record KeyPersonRisk(PersonId person, SkillId skill, int busFactor, double demandHours) {

  /**
   * Creates the value.
   *
   * @param person the person
   * @param skill the skill
   * @param busFactor the bus factor
   * @param demandHours hours demanded
   * @throws NullPointerException if an argument is null
   */
  public KeyPersonRisk {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(skill, "skill");
  }
}

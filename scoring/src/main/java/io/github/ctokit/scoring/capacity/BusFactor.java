package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.people.SkillId;
import java.util.List;
import java.util.Objects;

/**
 * The bus factor of a skill: how many people hold it at proficiency 3 (expert) or more and are
 * employed at some time during the plan.
 *
 * @param skill the skill
 * @param experts the experts, by id
 * @param demandHours hours of the skill the demand asks for during the plan
 */
public record BusFactor(SkillId skill, List<PersonId> experts, double demandHours) {

  /**
   * Creates the value.
   *
   * @param skill the skill
   * @param experts the experts
   * @param demandHours hours demanded
   * @throws NullPointerException if an argument is null
   */
  public BusFactor {
    Objects.requireNonNull(skill, "skill");
    experts = List.copyOf(experts);
  }

  /**
   * Returns the number of experts.
   *
   * @return zero or more
   */
  public int value() {
    return experts.size();
  }
}

package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.people.SkillId;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Supply and demand of one skill in one period. Supply is the effective capacity of everyone
 * holding the skill at proficiency 1 or more (a person counts under each of their skills, so
 * supplies do not add up across skills); demand is every effort line of the skill, whatever its
 * minimum level; allocated is what the optimal allocation gave those lines.
 *
 * @param skill the skill
 * @param period the period
 * @param demandHours hours wanted
 * @param supplyHours hours of the skill's holders
 * @param allocatedHours hours allocated to the skill's effort lines
 */
public record SkillBalance(SkillId skill, LocalDateRange period, double demandHours, double supplyHours,
    double allocatedHours) {

  /**
   * Creates the value.
   *
   * @param skill the skill
   * @param period the period
   * @param demandHours hours wanted
   * @param supplyHours hours supplied
   * @param allocatedHours hours allocated
   * @throws NullPointerException if an argument is null
   */
  public SkillBalance {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(period, "period");
  }

  /**
   * Returns demand over supply; undefined when supply is zero.
   *
   * @return the utilisation
   */
  public Utilisation utilisation() {
    return Utilisation.of(demandHours, supplyHours);
  }

  /**
   * Returns the demand left uncovered by the allocation: the gap.
   *
   * @return {@code max(0, demandHours − allocatedHours)}
   */
  public double gapHours() {
    return Math.max(0, demandHours - allocatedHours);
  }

  /**
   * Returns the supply beyond demand.
   *
   * @return {@code max(0, supplyHours − demandHours)}
   */
  public double surplusHours() {
    return Math.max(0, supplyHours - demandHours);
  }
}

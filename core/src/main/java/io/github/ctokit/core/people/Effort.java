package io.github.ctokit.core.people;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * Effort an initiative needs: hours of one skill (at a minimum proficiency) or of one role, over a
 * period. Planners spread the hours over the period's weekdays (Monday to Friday), pro rata.
 *
 * <pre>{@code
 * Effort backend = Effort.ofSkill(SkillId.of("backend"), 2, q1, 480);   // 480 h of backend, level ≥ 2
 * Effort pm = Effort.ofRole(Role.PROJECT_MANAGER.id(), q1, 120);
 * }</pre>
 */
public final class Effort {

  /** The largest number of hours one effort line may ask for (10 million). */
  public static final double MAX_HOURS = 1e7;

  private final @Nullable SkillId skill;
  private final @Nullable RoleId role;
  private final int minProficiency;
  private final LocalDateRange period;
  private final double hours;

  private Effort(@Nullable SkillId skill, @Nullable RoleId role, int minProficiency, LocalDateRange period,
      double hours) {
    this.skill = skill;
    this.role = role;
    this.minProficiency = minProficiency;
    this.period = period;
    this.hours = hours;
  }

  /**
   * Returns effort of a skill.
   *
   * @param skill the skill
   * @param minProficiency the lowest proficiency that can do the work, 1 to 4
   * @param period the half-open period {@code [start, end)}, finite and not empty
   * @param hours the hours needed, 0 to 10 million
   * @return the effort
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Effort ofSkill(SkillId skill, int minProficiency, LocalDateRange period, double hours) {
    Objects.requireNonNull(skill, "skill");
    if (minProficiency < Skill.BEGINNER || minProficiency > Skill.AUTHORITY) {
      throw new IllegalArgumentException(
          "minProficiency must be within [1, 4] for skill " + skill + " (was " + minProficiency + ")");
    }
    return new Effort(skill, null, minProficiency, checkPeriod(period), checkHours(hours));
  }

  /**
   * Returns effort of a role: anyone holding the role can do it.
   *
   * @param role the role
   * @param period the half-open period {@code [start, end)}, finite and not empty
   * @param hours the hours needed, 0 to 10 million
   * @return the effort
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Effort ofRole(RoleId role, LocalDateRange period, double hours) {
    Objects.requireNonNull(role, "role");
    return new Effort(null, role, 0, checkPeriod(period), checkHours(hours));
  }

  private static LocalDateRange checkPeriod(LocalDateRange period) {
    Checks.requireBounded("period", period);
    if (period.isEmpty()) {
      throw new IllegalArgumentException("period must not be empty (was " + period + ")");
    }
    return period;
  }

  private static double checkHours(double hours) {
    return Checks.requireWithin("hours", hours, 0, MAX_HOURS);
  }

  /**
   * Returns the skill needed.
   *
   * @return the skill, or empty for role effort
   */
  public Optional<SkillId> skill() {
    return Optional.ofNullable(skill);
  }

  /**
   * Returns the role needed.
   *
   * @return the role, or empty for skill effort
   */
  public Optional<RoleId> role() {
    return Optional.ofNullable(role);
  }

  /**
   * Returns the lowest proficiency that can do skill effort.
   *
   * @return 1 to 4 for skill effort, 0 for role effort
   */
  public int minProficiency() {
    return minProficiency;
  }

  /**
   * Returns the period.
   *
   * @return the half-open period
   */
  public LocalDateRange period() {
    return period;
  }

  /**
   * Returns the hours needed over the period.
   *
   * @return 0 to 10 million
   */
  public double hours() {
    return hours;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Effort other && Objects.equals(other.skill, skill) && Objects.equals(other.role, role)
        && other.minProficiency == minProficiency && other.period.equals(period) && other.hours == hours;
  }

  @Override
  public int hashCode() {
    return Objects.hash(skill, role, minProficiency, period, hours);
  }

  /** Returns {@code Effort[backend@2+ 480 h 2027-01-01/2027-04-01]}. */
  @Override
  public String toString() {
    String what = skill != null ? skill + "@" + minProficiency + "+" : "role " + role;
    return "Effort[" + what + " " + Checks.format(hours) + " h " + period + "]";
  }
}

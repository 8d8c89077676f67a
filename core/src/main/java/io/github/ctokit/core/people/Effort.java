package io.github.ctokit.core.people;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
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

  private final Need need;
  private final LocalDateRange period;
  private final double hours;

  private Effort(Need need, LocalDateRange period, double hours) {
    this.need = need;
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
    Objects.requireNonNull(period, "period");
    return new Effort(Need.skill(skill, minProficiency), checkPeriod(period), checkHours(hours));
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
    Objects.requireNonNull(period, "period");
    return new Effort(Need.role(role), checkPeriod(period), checkHours(hours));
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
   * Returns what the effort needs.
   *
   * @return a skill at a minimum proficiency, or a role
   */
  public Need need() {
    return need;
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
    return obj instanceof Effort other && other.need.equals(need) && other.period.equals(period)
        && other.hours == hours;
  }

  @Override
  public int hashCode() {
    return Objects.hash(need, period, hours);
  }

  /** Returns {@code Effort[backend@2+ 480 h 2027-01-01/2027-04-01]}. */
  @Override
  public String toString() {
    return "Effort[" + need + " " + Checks.format(hours) + " h " + period + "]";
  }
}

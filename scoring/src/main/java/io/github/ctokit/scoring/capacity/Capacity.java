package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Effective capacity of an organisation over a plan, per person, team, skill and role, per day,
 * week, month or quarter (REFERENCES §5.1). For each person and day:
 *
 * <pre>
 * contracted = the work-week hours of that weekday, on employed days only
 * available  = contracted − (holiday ? contracted : min(contracted, time off))
 * effective  = available × allocation × focusFactor × rampUp(days since start) × survival × (1 − mentoring drag)
 *              (allocation summed over team memberships, each × (1 − communication overhead of that team))
 * </pre>
 *
 * <p>A holiday removes a day once, and only on a working day; overlapping absences count once;
 * a person with no membership at all counts at 100 % allocation and in no team. Every value is
 * finite, zero or more, and at most the contracted hours. Skill capacity counts a person under
 * every skill they hold at proficiency 1 or more, so skill figures do not add up across skills.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Capacity capacity = CapacityPlanner.of(org).over(YearQuarter.of(2027, 1)).capacity();
 * capacity.team(TeamId.of("payments"), Granularity.WEEK).hours(0);
 * capacity.teamHoursPerDay(TeamId.of("payments"));   // feeds a delivery forecast
 * }</pre>
 */
public final class Capacity {

  final Grid grid;

  Capacity(Grid grid) {
    this.grid = grid;
  }

  /**
   * Returns the plan period.
   *
   * @return the half-open period
   */
  public LocalDateRange plan() {
    return grid.plan;
  }

  /**
   * Returns the people, in organisation order.
   *
   * @return the person ids
   */
  public List<PersonId> people() {
    List<PersonId> ids = new ArrayList<>(grid.people.size());
    for (Person p : grid.people) {
      ids.add(p.id());
    }
    return Collections.unmodifiableList(ids);
  }

  /**
   * Returns the teams, in organisation order.
   *
   * @return the team ids
   */
  public List<TeamId> teams() {
    return List.of(grid.teamIds);
  }

  int personIndex(PersonId id) {
    Objects.requireNonNull(id, "person");
    int p = grid.personIndex.get(id);
    if (p < 0) {
      throw new IllegalArgumentException("person must be a person of the organisation (was '" + id + "')");
    }
    return p;
  }

  int teamIndex(TeamId id) {
    Objects.requireNonNull(id, "team");
    int t = grid.teamIndex.get(id);
    if (t < 0) {
      throw new IllegalArgumentException("team must be a team of the organisation (was '" + id + "')");
    }
    return t;
  }

  /**
   * Returns one person's effective hours on one day.
   *
   * @param person the person
   * @param date a day of the plan
   * @return hours, zero or more
   * @throws IllegalArgumentException if the person is unknown or the day outside the plan
   */
  public double hours(PersonId person, LocalDate date) {
    int p = personIndex(person);
    return grid.effective[p * grid.days + dayIndex(date)];
  }

  private int dayIndex(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!grid.plan.contains(date)) {
      throw new IllegalArgumentException("date must lie within the plan " + grid.plan + " (was " + date + ")");
    }
    return (int) (date.toEpochDay() - grid.startEpoch);
  }

  /**
   * Returns one person's effective hours per period.
   *
   * @param person the person
   * @param granularity the periods
   * @return the series
   * @throws IllegalArgumentException if the person is unknown
   */
  public HoursSeries person(PersonId person, Granularity granularity) {
    Objects.requireNonNull(granularity, "granularity");
    int p = personIndex(person);
    return HoursSeries.of(grid.plan, grid.effective, p * grid.days, granularity);
  }

  /**
   * Returns one person's contracted hours per period: the work-week pattern on employed days,
   * before holidays, time off and every factor. Effective hours never exceed them.
   *
   * @param person the person
   * @param granularity the periods
   * @return the series
   * @throws IllegalArgumentException if the person is unknown
   */
  public HoursSeries contracted(PersonId person, Granularity granularity) {
    Objects.requireNonNull(granularity, "granularity");
    return HoursSeries.of(grid.plan, grid.contracted(personIndex(person)), 0, granularity);
  }

  /**
   * Returns one team's effective hours per period: each member's hours times their allocation to
   * the team.
   *
   * @param team the team
   * @param granularity the periods
   * @return the series
   * @throws IllegalArgumentException if the team is unknown
   */
  public HoursSeries team(TeamId team, Granularity granularity) {
    Objects.requireNonNull(granularity, "granularity");
    return HoursSeries.of(grid.plan, grid.team, teamIndex(team) * grid.days, granularity);
  }

  /**
   * Returns one team's planned effective hours per day, day 0 being the plan's first day: the
   * series a delivery forecast scales throughput by.
   *
   * @param team the team
   * @return a new array of {@code plan().lengthInDays()} values, zero or more
   * @throws IllegalArgumentException if the team is unknown
   */
  public double[] teamHoursPerDay(TeamId team) {
    int t = teamIndex(team);
    return Arrays.copyOfRange(grid.team, t * grid.days, (t + 1) * grid.days);
  }

  /**
   * Returns the effective hours of everyone holding a skill at proficiency 1 or more, per period.
   *
   * @param skill the skill
   * @param granularity the periods
   * @return the series; all zeros if no one holds the skill
   */
  public HoursSeries skill(SkillId skill, Granularity granularity) {
    Objects.requireNonNull(skill, "skill");
    Objects.requireNonNull(granularity, "granularity");
    double[] sum = new double[grid.days];
    for (int p = 0; p < grid.people.size(); p++) {
      for (Skill s : grid.people.get(p).skills()) {
        if (s.skill().equals(skill) && s.proficiency() >= Skill.BEGINNER) {
          add(sum, p);
        }
      }
    }
    return HoursSeries.of(grid.plan, sum, 0, granularity);
  }

  /**
   * Returns the effective hours of everyone holding a role, per period.
   *
   * @param role the role
   * @param granularity the periods
   * @return the series; all zeros if no one holds the role
   */
  public HoursSeries role(RoleId role, Granularity granularity) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(granularity, "granularity");
    double[] sum = new double[grid.days];
    for (int p = 0; p < grid.people.size(); p++) {
      if (grid.people.get(p).role().equals(role)) {
        add(sum, p);
      }
    }
    return HoursSeries.of(grid.plan, sum, 0, granularity);
  }

  /**
   * Returns the organisation's effective hours per period.
   *
   * @param granularity the periods
   * @return the series
   */
  public HoursSeries total(Granularity granularity) {
    Objects.requireNonNull(granularity, "granularity");
    double[] sum = new double[grid.days];
    for (int p = 0; p < grid.people.size(); p++) {
      add(sum, p);
    }
    return HoursSeries.of(grid.plan, sum, 0, granularity);
  }

  private void add(double[] sum, int p) {
    int base = p * grid.days;
    for (int i = 0; i < grid.days; i++) {
      sum[i] += grid.effective[base + i];
    }
  }

  /**
   * Returns the total effective hours over the plan.
   *
   * @return hours, zero or more
   */
  public double totalHours() {
    double sum = 0;
    for (double h : grid.effective) {
      sum += h;
    }
    return sum;
  }

  /** Returns {@code Capacity[plan, people, teams, total hours]}. */
  @Override
  public String toString() {
    return "Capacity[" + grid.plan + ", " + grid.people.size() + " people, " + grid.teamIds.length + " teams, "
        + Math.round(totalHours()) + " h]";
  }
}

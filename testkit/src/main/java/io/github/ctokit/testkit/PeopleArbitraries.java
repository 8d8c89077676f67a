package io.github.ctokit.testkit;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.people.AttritionAssumption;
import io.github.ctokit.core.people.CalendarId;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.Effort;
import io.github.ctokit.core.people.HolidayCalendar;
import io.github.ctokit.core.people.Initiative;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Membership;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.Requisition;
import io.github.ctokit.core.people.RequisitionId;
import io.github.ctokit.core.people.Role;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.core.people.Team;
import io.github.ctokit.core.people.TimeOff;
import io.github.ctokit.core.people.WorkWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.threeten.extra.LocalDateRange;

/**
 * jqwik {@link Arbitrary} generators for {@code io.github.ctokit.core.people}: organisations
 * (people, teams with memberships, skills, holiday calendars, time off, mentors, ramp-ups,
 * requisitions, attrition) and demand, valid by construction: {@code Organisation.validator()}
 * and {@code Demand.validate(org, PLAN)} report nothing, not even a warning.
 *
 * <p>Values are drawn from a size and a seed, so jqwik shrinks towards fewer people and smaller
 * seeds. Employment starts between 2020 and early 2027; absences and memberships lie within
 * employment; a person's memberships add up to at most 100 %; every calendar lists at least one
 * holiday around {@link #PLAN}, the first quarter of 2027; demand lies within {@link #PLAN}.
 *
 * <pre>{@code
 * @Property
 * void planningNeverThrows(@ForAll("orgs") Organisation org, @ForAll long seed) {
 *   Demand demand = PeopleArbitraries.demand(org, PeopleArbitraries.PLAN, 10, seed);
 *   CapacityPlanner.of(org).over(PeopleArbitraries.PLAN).plan(demand);
 * }
 *
 * @Provide
 * Arbitrary<Organisation> orgs() { return PeopleArbitraries.organisations(30); }
 * }</pre>
 */
public final class PeopleArbitraries {

  /** The plan period the generated demand lies in: 2027-01-01 (inclusive) to 2027-04-01 (exclusive). */
  public static final LocalDateRange PLAN = LocalDateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 4, 1));

  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
  private static final LocalDate OPEN_END = LocalDate.of(2030, 1, 1);
  private static final WorkWeek[] WEEKS = {
    WorkWeek.standard(), WorkWeek.standard().partTime(0.5), WorkWeek.of(8, 8, 8, 8, 0, 0, 0), WorkWeek.weekdays(6),
    WorkWeek.of(0, 0, 0, 0, 0, 8, 8), WorkWeek.of(7.5, 7.5, 7.5, 7.5, 7.5, 0, 0)
  };

  private PeopleArbitraries() {}

  /**
   * Generates skill ids such as {@code skill-3}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SkillId> skillIds() {
    return Arbitraries.integers().between(0, 99).map(i -> SkillId.of("skill-" + i));
  }

  /**
   * Generates work-week patterns: full time, part time, four days, weekends only.
   *
   * @return the arbitrary
   */
  public static Arbitrary<WorkWeek> workWeeks() {
    return Arbitraries.of(WEEKS);
  }

  /**
   * Generates ramp-up curves of every shape, 0 to 270 days.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RampUp> rampUps() {
    return Combinators.combine(Arbitraries.of(RampUp.Shape.class), Arbitraries.integers().between(0, 270),
        Arbitraries.integers().between(0, 100)).as((s, d, p) -> RampUp.of(s, d, p / 100.0));
  }

  /**
   * Generates holiday calendars of 1 to 12 holidays between December 2026 and June 2027.
   *
   * @return the arbitrary
   */
  public static Arbitrary<HolidayCalendar> calendars() {
    return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.longs())
        .as((i, seed) -> calendar(CalendarId.of("cal-" + i), new SplittableRandom(seed)));
  }

  /**
   * Generates valid organisations of 1 to 40 people.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Organisation> organisations() {
    return organisations(40);
  }

  /**
   * Generates valid organisations of 1 to {@code maxPeople} people.
   *
   * @param maxPeople the largest organisation, 1 to 100,000
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxPeople} is out of range
   */
  public static Arbitrary<Organisation> organisations(int maxPeople) {
    if (maxPeople < 1 || maxPeople > 100_000) {
      throw new IllegalArgumentException("maxPeople must be within [1, 100000] (was " + maxPeople + ")");
    }
    return Combinators.combine(Arbitraries.integers().between(1, maxPeople), Arbitraries.longs())
        .as(PeopleArbitraries::organisation);
  }

  /**
   * Generates valid demand of up to {@code maxInitiatives} initiatives on an organisation's
   * catalogues, within {@link #PLAN}.
   *
   * @param organisation the organisation whose skills the demand names
   * @param maxInitiatives the most initiatives, 0 to 10,000
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxInitiatives} is out of range
   */
  public static Arbitrary<Demand> demands(Organisation organisation, int maxInitiatives) {
    if (maxInitiatives < 0 || maxInitiatives > 10_000) {
      throw new IllegalArgumentException("maxInitiatives must be within [0, 10000] (was " + maxInitiatives + ")");
    }
    return Combinators.combine(Arbitraries.integers().between(0, maxInitiatives), Arbitraries.longs())
        .as((n, seed) -> demand(organisation, PLAN, n, seed));
  }

  /**
   * Builds the organisation of a given size and seed: the same arguments give the same
   * organisation on any machine.
   *
   * @param people the number of people, 1 or more
   * @param seed the seed
   * @return a valid organisation
   * @throws IllegalArgumentException if {@code people} is less than 1
   */
  public static Organisation organisation(int people, long seed) {
    if (people < 1) {
      throw new IllegalArgumentException("people must be 1 or more (was " + people + ")");
    }
    SplittableRandom r = new SplittableRandom(seed);
    int skillCount = 1 + r.nextInt(6);
    List<SkillId> skills = new ArrayList<>();
    for (int s = 0; s < skillCount; s++) {
      skills.add(SkillId.of("skill-" + s));
    }
    List<HolidayCalendar> calendars = new ArrayList<>();
    int calendarCount = r.nextInt(3);
    for (int c = 0; c < calendarCount; c++) {
      calendars.add(calendar(CalendarId.of("cal-" + c), r));
    }
    int teamCount = 1 + r.nextInt(4);
    List<List<Membership>> memberships = new ArrayList<>();
    for (int t = 0; t < teamCount; t++) {
      memberships.add(new ArrayList<>());
    }
    List<Role> roles = Role.standard();
    List<Person> list = new ArrayList<>(people);
    for (int i = 0; i < people; i++) {
      PersonId id = PersonId.of("P-" + i);
      LocalDate start = EPOCH.plusDays(r.nextInt(0, 2_650));
      LocalDate end = r.nextInt(5) == 0 ? start.plusDays(r.nextInt(30, 900)) : null;
      Person.Builder b = Person.builder().id(id).name("Person " + i).role(roles.get(r.nextInt(roles.size())).id())
          .employmentStart(start).workWeek(WEEKS[r.nextInt(WEEKS.length)]);
      if (end != null) {
        b.employmentEnd(end);
      }
      boolean[] has = new boolean[skillCount];
      int own = r.nextInt(4);
      for (int k = 0; k < own; k++) {
        int s = r.nextInt(skillCount);
        if (!has[s]) {
          has[s] = true;
          b.addSkills(Skill.of(skills.get(s), r.nextInt(5)));
        }
      }
      if (!calendars.isEmpty() && r.nextInt(4) > 0) {
        b.calendar(calendars.get(r.nextInt(calendars.size())).id());
      }
      LocalDate last = end != null ? end : OPEN_END;
      int absences = r.nextInt(4);
      for (int k = 0; k < absences; k++) {
        LocalDate from = later(start, PLAN.getStart().minusDays(20 + r.nextInt(60)).plusDays(r.nextInt(120)));
        LocalDate to = from.plusDays(1 + r.nextInt(10));
        if (to.isAfter(last)) {
          to = last;
        }
        if (from.isBefore(to)) {
          LocalDateRange period = LocalDateRange.of(from, to);
          b.addTimeOff(r.nextBoolean() ? TimeOff.days(period) : TimeOff.hours(period, 1 + r.nextInt(8)));
        }
      }
      if (i > 0 && r.nextInt(5) == 0) {
        b.mentor(PersonId.of("P-" + r.nextInt(i)));
      }
      if (r.nextInt(3) == 0) {
        b.rampUp(RampUp.of(RampUp.Shape.values()[r.nextInt(3)], r.nextInt(0, 270), r.nextInt(0, 101) / 100.0));
      }
      list.add(b.build());
      int ms = r.nextInt(3);
      double left = 100;
      for (int k = 0; k < ms && left > 0; k++) {
        double pct = k == ms - 1 ? left : Math.max(1, Math.min(left, 10 * (1 + r.nextInt(10))));
        LocalDate mFrom = later(start, PLAN.getStart().minusDays(r.nextInt(200)));
        LocalDate mTo = r.nextInt(3) == 0 ? mFrom.plusDays(1 + r.nextInt(120)) : last;
        if (mTo.isAfter(last)) {
          mTo = last;
        }
        if (mFrom.isBefore(mTo)) {
          memberships.get(r.nextInt(teamCount)).add(Membership.of(id, pct, LocalDateRange.of(mFrom, mTo)));
          left -= pct;
        }
      }
    }
    Organisation.Builder org = Organisation.builder().addAllSkills(skills).addAllCalendars(calendars).addAllPeople(list);
    for (int t = 0; t < teamCount; t++) {
      org.addTeams(Team.builder().id(TeamId.of("team-" + t)).name("Team " + t).addAllMemberships(memberships.get(t))
          .build());
    }
    int requisitions = r.nextInt(3);
    for (int q = 0; q < requisitions; q++) {
      double low = r.nextInt(10, 60);
      org.addRequisitions(Requisition.builder().id(RequisitionId.of("REQ-" + q)).team(TeamId.of("team-" + r.nextInt(teamCount)))
          .role(roles.get(r.nextInt(roles.size())).id()).skill(skills.get(r.nextInt(skillCount))).level(1 + r.nextInt(4))
          .wantedStart(PLAN.getStart().plusDays(r.nextInt(90)))
          .timeToFillDays(Estimate.threePoint(low, low + r.nextInt(30), low + 30 + r.nextInt(60)))
          .rampUp(RampUp.linear(r.nextInt(0, 180), 0.25)).build());
    }
    if (r.nextInt(3) == 0) {
      org.attrition(AttritionAssumption.annual(Probability.of(r.nextInt(0, 40) / 100.0)));
    }
    return org.build();
  }

  /**
   * Builds demand of a given size and seed on an organisation's catalogues within a plan period.
   *
   * @param organisation the organisation
   * @param plan the plan period, half-open, at least one day
   * @param initiatives the number of initiatives, 0 or more
   * @param seed the seed
   * @return valid demand: {@code demand.validate(organisation, plan)} is empty
   * @throws IllegalArgumentException if {@code initiatives} is negative, the plan is empty, or the
   *     organisation has no skill
   */
  public static Demand demand(Organisation organisation, LocalDateRange plan, int initiatives, long seed) {
    if (initiatives < 0) {
      throw new IllegalArgumentException("initiatives must be 0 or more (was " + initiatives + ")");
    }
    if (plan.isEmpty() || plan.isUnboundedEnd() || plan.isUnboundedStart() || organisation.skills().isEmpty()) {
      throw new IllegalArgumentException("plan must be finite and non-empty and the organisation must have skills");
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<SkillId> skills = organisation.skills();
    List<Role> roles = organisation.roles();
    int days = plan.lengthInDays();
    Demand.Builder demand = Demand.builder();
    for (int i = 0; i < initiatives; i++) {
      Initiative.Builder b = Initiative.builder().id(InitiativeId.of("INIT-" + i)).name("Initiative " + i)
          .priority(1 + r.nextInt(5));
      int efforts = 1 + r.nextInt(3);
      for (int e = 0; e < efforts; e++) {
        int from = r.nextInt(days);
        int to = from + 1 + r.nextInt(days - from);
        LocalDateRange period = LocalDateRange.of(plan.getStart().plusDays(from), plan.getStart().plusDays(to));
        double hours = r.nextInt(0, 300);
        b.addEfforts(r.nextInt(5) == 0 && !roles.isEmpty()
            ? Effort.ofRole(roles.get(r.nextInt(roles.size())).id(), period, hours)
            : Effort.ofSkill(skills.get(r.nextInt(skills.size())), 1 + r.nextInt(4), period, hours));
      }
      demand.addInitiatives(b.build());
    }
    return demand.build();
  }

  private static HolidayCalendar calendar(CalendarId id, SplittableRandom r) {
    HolidayCalendar.Builder b = HolidayCalendar.builder().id(id).region("Region " + id.value());
    int n = 1 + r.nextInt(12);
    for (int k = 0; k < n; k++) {
      b.putHoliday(PLAN.getStart().minusDays(31).plusDays(r.nextInt(200)), "holiday " + k);
    }
    return b.build();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * Returns the roles of the standard catalogue, for tests that need one.
   *
   * @return the role ids
   */
  public static Arbitrary<RoleId> standardRoles() {
    return Arbitraries.of(Role.standard()).map(Role::id);
  }
}

package io.github.ctokit.benchmarks.capacity;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.TeamId;
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
import io.github.ctokit.core.people.Role;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.core.people.Team;
import io.github.ctokit.core.people.TimeOff;
import io.github.ctokit.core.people.WorkWeek;
import io.github.ctokit.scoring.capacity.Capacity;
import io.github.ctokit.scoring.capacity.CapacityPlan;
import io.github.ctokit.scoring.capacity.CapacityPlanner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Capacity planning at scale. {@code effectiveCapacity10000x365}: effective hours of 10,000 people
 * (50 teams, 1–2 memberships each, 6 holiday calendars, 0–3 absences, a fifth part-time, a tenth
 * ramping up) for every day of 2027, on a planner built once. Target: under 100 ms.
 * {@code allocate1000x200x13}: capacity plus the exact allocation of 1,000 people (20 skills at levels 0–4,
 * the standard roles) to 200 initiatives of 1–4 effort lines over the 13 weeks of 2027-Q1, with gaps
 * explained. Target: under 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CapacityBenchmark {

  static final LocalDateRange YEAR = LocalDateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2028, 1, 1));
  static final YearQuarter QUARTER = YearQuarter.of(2027, 1);

  private CapacityPlanner yearPlanner;
  private CapacityPlanner quarterPlanner;
  private Demand demand;

  /** Builds the organisations, the planners and the demand once per trial. */
  @Setup
  public void setUp() {
    yearPlanner = CapacityPlanner.of(organisation(10_000, 50, 42)).over(YEAR);
    Organisation thousand = organisation(1_000, 12, 7);
    quarterPlanner = CapacityPlanner.of(thousand).over(QUARTER).withMaxUtilisation(0.9);
    demand = demand(thousand, 200, 11);
  }

  /**
   * Effective capacity of 10,000 people over 365 days.
   *
   * @return the capacity
   */
  @Benchmark
  public Capacity effectiveCapacity10000x365() {
    return yearPlanner.capacity();
  }

  /**
   * Capacity and exact allocation of 1,000 people to 200 initiatives over 13 weeks.
   *
   * @return the plan
   */
  @Benchmark
  public CapacityPlan allocate1000x200x13() {
    return quarterPlanner.plan(demand);
  }

  static Organisation organisation(int people, int teams, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<SkillId> skills = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      skills.add(SkillId.of("skill-" + s));
    }
    List<HolidayCalendar> calendars = new ArrayList<>();
    for (int c = 0; c < 6; c++) {
      HolidayCalendar.Builder b = HolidayCalendar.builder().id(CalendarId.of("cal-" + c)).region("Region " + c);
      for (int h = 0; h < 12; h++) {
        b.putHoliday(LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365)), "holiday " + h);
      }
      calendars.add(b.build());
    }
    List<Role> roles = Role.standard();
    List<Person> list = new ArrayList<>(people);
    List<List<Membership>> memberships = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      memberships.add(new ArrayList<>());
    }
    LocalDate open = LocalDate.of(2030, 1, 1);
    for (int i = 0; i < people; i++) {
      PersonId id = PersonId.of("P-" + i);
      boolean hire = r.nextInt(10) == 0;
      LocalDate start = hire ? LocalDate.of(2027, 1, 1).plusDays(r.nextInt(300)) : LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
      Person.Builder b = Person.builder().id(id).name("Person " + i).role(roles.get(r.nextInt(roles.size())).id())
          .employmentStart(start).calendar(calendars.get(r.nextInt(6)).id())
          .workWeek(r.nextInt(5) == 0 ? WorkWeek.standard().partTime(0.6) : WorkWeek.standard());
      if (hire) {
        b.rampUp(RampUp.logistic(120, 0.2));
      }
      int own = 1 + r.nextInt(3);
      boolean[] has = new boolean[skills.size()];
      for (int k = 0; k < own; k++) {
        int s = r.nextInt(skills.size());
        if (!has[s]) {
          has[s] = true;
          b.addSkills(Skill.of(skills.get(s), r.nextInt(5)));
        }
      }
      int absences = r.nextInt(4);
      for (int k = 0; k < absences; k++) {
        LocalDate from = start.isAfter(LocalDate.of(2027, 1, 1)) ? start : LocalDate.of(2027, 1, 1).plusDays(r.nextInt(350));
        if (from.isBefore(start)) {
          from = start;
        }
        b.addTimeOff(TimeOff.days(LocalDateRange.of(from, from.plusDays(1 + r.nextInt(10)))));
      }
      list.add(b.build());
      if (r.nextInt(4) == 0) {
        memberships.get(r.nextInt(teams)).add(Membership.of(id, 60, LocalDateRange.of(start, open)));
        memberships.get(r.nextInt(teams)).add(Membership.of(id, 40, LocalDateRange.of(start, open)));
      } else {
        memberships.get(r.nextInt(teams)).add(Membership.of(id, 100, LocalDateRange.of(start, open)));
      }
    }
    Organisation.Builder org = Organisation.builder().addAllSkills(skills).addAllCalendars(calendars).addAllPeople(list);
    for (int t = 0; t < teams; t++) {
      org.addTeams(Team.builder().id(TeamId.of("team-" + t)).name("Team " + t).addAllMemberships(memberships.get(t)).build());
    }
    return org.build();
  }

  static Demand demand(Organisation org, int initiatives, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = QUARTER.atDay(1);
    Demand.Builder d = Demand.builder();
    for (int i = 0; i < initiatives; i++) {
      Initiative.Builder b = Initiative.builder().id(InitiativeId.of("INIT-" + i)).name("Initiative " + i)
          .priority(1 + r.nextInt(5));
      int lines = 1 + r.nextInt(4);
      for (int l = 0; l < lines; l++) {
        int from = r.nextInt(60);
        LocalDateRange period = LocalDateRange.of(start.plusDays(from), start.plusDays(from + 14 + r.nextInt(90 - from - 13)));
        b.addEfforts(r.nextInt(6) == 0
            ? Effort.ofRole(Role.standard().get(r.nextInt(10)).id(), period, 50 + r.nextInt(400))
            : Effort.ofSkill(org.skills().get(r.nextInt(20)), 1 + r.nextInt(3), period, 100 + r.nextInt(900)));
      }
      d.addInitiatives(b.build());
    }
    return d.build();
  }
}

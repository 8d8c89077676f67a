package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.people.Demand;
import io.github.ctokit.core.people.Effort;
import io.github.ctokit.core.people.HolidayCalendar;
import io.github.ctokit.core.people.Initiative;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.Role;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.core.people.WorkWeek;
import io.github.ctokit.scoring.capacity.Assignment;
import io.github.ctokit.scoring.capacity.Capacity;
import io.github.ctokit.scoring.capacity.CapacityPlan;
import io.github.ctokit.scoring.capacity.CapacityPlanner;
import io.github.ctokit.scoring.capacity.CommunicationOverhead;
import io.github.ctokit.scoring.capacity.DemandSpread;
import io.github.ctokit.scoring.capacity.Granularity;
import io.github.ctokit.scoring.capacity.OnboardingDrag;
import io.github.ctokit.scoring.capacity.UnmetDemand;
import io.github.ctokit.scoring.capacity.UnmetReason;
import io.github.ctokit.scoring.capacity.WhatIf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.threeten.extra.LocalDateRange;

/**
 * The invariants {@code scoring.capacity} promises: capacity within [0, contracted], holidays never
 * add capacity, allocations respect every person's limit and are optimal against brute force.
 */
class CapacityProperties {

  private static final LocalDateRange PLAN = PeopleArbitraries.PLAN;

  @Property(tries = 150)
  void capacityIsNeverNegativeNorAboveContracted(@ForAll("orgs") Organisation org, @ForAll boolean policies) {
    CapacityPlanner planner = CapacityPlanner.of(org).over(PLAN);
    if (policies) {
      planner = planner.withFocusFactor(0.7).withOnboardingDrag(OnboardingDrag.madachy())
          .withCommunicationOverhead(CommunicationOverhead.madachy());
    }
    Capacity capacity = planner.capacity();
    for (Person p : org.people()) {
      double[] effective = capacity.person(p.id(), Granularity.DAY).toArray();
      double[] contracted = capacity.contracted(p.id(), Granularity.DAY).toArray();
      for (int i = 0; i < effective.length; i++) {
        assertThat(effective[i]).isFinite().isGreaterThanOrEqualTo(0).isLessThanOrEqualTo(contracted[i] + 1e-9);
      }
    }
  }

  @Property(tries = 150)
  void addingAHolidayNeverIncreasesCapacity(@ForAll("orgs") Organisation org, @ForAll @IntRange(max = 89) int day,
      @ForAll boolean policies) {
    if (org.calendars().isEmpty()) {
      return;
    }
    HolidayCalendar first = org.calendars().get(0);
    LocalDate date = PLAN.getStart().plusDays(day);
    List<HolidayCalendar> calendars = new ArrayList<>(org.calendars());
    calendars.set(0, HolidayCalendar.builder().from(first).putHoliday(date, "added").build());
    Organisation more = org.withCalendars(calendars);
    CapacityPlanner before = CapacityPlanner.of(org).over(PLAN);
    CapacityPlanner after = CapacityPlanner.of(more).over(PLAN);
    if (policies) {
      before = before.withOnboardingDrag(OnboardingDrag.madachy()).withCommunicationOverhead(CommunicationOverhead.madachy());
      after = after.withOnboardingDrag(OnboardingDrag.madachy()).withCommunicationOverhead(CommunicationOverhead.madachy());
    }
    Capacity a = before.capacity();
    Capacity b = after.capacity();
    for (Person p : org.people()) {
      double[] x = a.person(p.id(), Granularity.DAY).toArray();
      double[] y = b.person(p.id(), Granularity.DAY).toArray();
      for (int i = 0; i < x.length; i++) {
        assertThat(y[i]).isLessThanOrEqualTo(x[i] + 1e-12);
      }
    }
    assertThat(b.totalHours()).isLessThanOrEqualTo(a.totalHours() + 1e-9);
  }

  @Property(tries = 100)
  void allocationRespectsEveryLimitAndExplainsEveryGap(@ForAll("orgs") Organisation org, @ForAll long seed,
      @ForAll @IntRange(min = 50, max = 100) int maxUtilisationPercent) {
    Demand demand = PeopleArbitraries.demand(org, PLAN, 15, seed);
    double maxUtilisation = maxUtilisationPercent / 100.0;
    CapacityPlan plan = CapacityPlanner.of(org).over(PLAN).withMaxUtilisation(maxUtilisation).plan(demand);
    Map<String, Double> byPersonWeek = new HashMap<>();
    for (Assignment a : plan.assignments()) {
      assertThat(a.hours()).isPositive();
      Person p = org.person(a.person()).orElseThrow();
      if (a.need().skill().isPresent()) {
        assertThat(p.proficiency(a.need().skill().get()).orElse(0)).isGreaterThanOrEqualTo(a.need().minProficiency());
      } else {
        assertThat(p.role()).isEqualTo(a.need().role().orElseThrow());
      }
      byPersonWeek.merge(a.person() + "@" + a.week(), a.hours(), Double::sum);
    }
    Capacity capacity = plan.capacity();
    for (Person p : org.people()) {
      var weekly = capacity.person(p.id(), Granularity.WEEK);
      for (int k = 0; k < weekly.size(); k++) {
        double used = byPersonWeek.getOrDefault(p.id() + "@" + weekly.period(k), 0.0);
        assertThat(used).isLessThanOrEqualTo(weekly.hours(k) * maxUtilisation + 1e-9);
      }
    }
    for (Initiative init : demand.initiatives()) {
      assertThat(plan.coveredHours(init.id())).isLessThanOrEqualTo(plan.wantedHours(init.id()) + 1e-9);
    }
    for (UnmetDemand u : plan.unmetDemand()) {
      assertThat(u.unmetHours()).isPositive();
      assertThat(u.explain()).isNotBlank();
      if (u.reason() == UnmetReason.QUALIFIED_CAPACITY_EXHAUSTED) {
        assertThat(u.qualifiedPeople()).isPositive();
      }
    }
    assertThat(plan.utilisation().ratio().orElse(0)).isFinite();
  }

  /**
   * More people never cover less: with a calendar-blind demand spread (the default spread follows
   * the organisation's capacity, so a new person also moves demand between weeks), every allocation
   * of the smaller organisation is still feasible.
   */
  @Property(tries = 60)
  void addingAPersonNeverLowersWeightedCoverage(@ForAll("orgs") Organisation org, @ForAll long seed) {
    Demand demand = PeopleArbitraries.demand(org, PLAN, 12, seed);
    SplittableRandom r = new SplittableRandom(seed);
    Person.Builder extra = Person.builder().id(PersonId.of("extra")).name("Extra").role(Role.DEVELOPER.id())
        .employmentStart(PLAN.getStart().plusDays(r.nextInt(60)));
    extra.addSkills(Skill.of(org.skills().get(r.nextInt(org.skills().size())), 1 + r.nextInt(4)));
    Organisation more = WhatIf.adding(org, extra.build(), org.teams().get(0).id(), 50 + r.nextInt(51));
    double before = CapacityPlanner.of(org).over(PLAN).withDemandSpread(DemandSpread.WEEKDAYS).plan(demand)
        .weightedCoverage();
    double after = CapacityPlanner.of(more).over(PLAN).withDemandSpread(DemandSpread.WEEKDAYS).plan(demand)
        .weightedCoverage();
    assertThat(after).isGreaterThanOrEqualTo(before);
  }

  @Property(tries = 50)
  void sameInputsGiveTheSameAllocation(@ForAll("orgs") Organisation org, @ForAll long seed) {
    Demand demand = PeopleArbitraries.demand(org, PLAN, 10, seed);
    CapacityPlan a = CapacityPlanner.of(org).over(PLAN).plan(demand);
    CapacityPlan b = CapacityPlanner.of(org).over(PLAN).plan(demand);
    assertThat(b.assignments()).isEqualTo(a.assignments());
    assertThat(b.unmetDemand()).isEqualTo(a.unmetDemand());
    assertThat(b.hiringPlan()).isEqualTo(a.hiringPlan());
  }

  /**
   * One week, up to three people with whole-hour days, up to four effort lines: the planner's
   * weighted coverage equals the optimum found by exhaustive search over whole-hour allocations
   * (the transport polytope has integral vertices, so the minute optimum is 60 × the hour optimum).
   */
  @Property(tries = 300)
  void allocationIsOptimalAgainstBruteForce(@ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate monday = LocalDate.of(2027, 3, 1);
    LocalDateRange week = LocalDateRange.of(monday, monday.plusDays(7));
    List<SkillId> skills = List.of(SkillId.of("a"), SkillId.of("b"));
    int people = 1 + r.nextInt(3);
    Organisation.Builder org = Organisation.builder().addAllSkills(skills);
    int[] cap = new int[people];
    int[][] prof = new int[people][2];
    boolean[] qa = new boolean[people];
    for (int p = 0; p < people; p++) {
      int[] h = new int[5];
      for (int d = 0; d < 5; d++) {
        h[d] = r.nextInt(3);
        cap[p] += h[d];
      }
      qa[p] = r.nextInt(3) == 0;
      Person.Builder b = Person.builder().id(PersonId.of("P-" + p)).name("P" + p)
          .role(qa[p] ? Role.QA.id() : Role.DEVELOPER.id()).employmentStart(monday.minusYears(1))
          .workWeek(WorkWeek.of(h[0], h[1], h[2], h[3], h[4], 0, 0));
      for (int s = 0; s < 2; s++) {
        prof[p][s] = r.nextInt(5);
        b.addSkills(Skill.of(skills.get(s), prof[p][s]));
      }
      org.addPeople(b.build());
    }
    int lines = 1 + r.nextInt(4);
    int[] wanted = new int[lines];
    int[] priority = new int[lines];
    int[] skill = new int[lines];
    int[] level = new int[lines];
    Demand.Builder demand = Demand.builder();
    int maxRank = 1;
    for (int l = 0; l < lines; l++) {
      wanted[l] = r.nextInt(7);
      priority[l] = 1 + r.nextInt(3);
      maxRank = Math.max(maxRank, priority[l]);
      skill[l] = r.nextInt(3); // 2 = the QA role
      level[l] = 1 + r.nextInt(4);
      Effort e = skill[l] == 2 ? Effort.ofRole(Role.QA.id(), week, wanted[l])
          : Effort.ofSkill(skills.get(skill[l]), level[l], week, wanted[l]);
      demand.addInitiatives(Initiative.builder().id(InitiativeId.of("I-" + l)).name("I" + l).priority(priority[l])
          .addEfforts(e).build());
    }
    CapacityPlan plan = CapacityPlanner.of(org.build()).over(week).plan(demand.build());
    long[] weight = new long[lines];
    boolean[][] can = new boolean[people][lines];
    for (int l = 0; l < lines; l++) {
      weight[l] = maxRank + 1 - priority[l];
      for (int p = 0; p < people; p++) {
        can[p][l] = skill[l] == 2 ? qa[p] : prof[p][skill[l]] >= level[l];
      }
    }
    long best = best(0, wanted.clone(), cap, can, weight, new HashMap<>());
    assertThat(plan.weightedCoverage()).isEqualTo((double) best);
  }

  /** Exhaustive search: every whole-hour split of each person's hours over the lines they can do. */
  private static long best(int p, int[] left, int[] cap, boolean[][] can, long[] weight, Map<String, Long> memo) {
    if (p == cap.length) {
      return 0;
    }
    String key = p + ":" + java.util.Arrays.toString(left);
    Long known = memo.get(key);
    if (known != null) {
      return known;
    }
    long[] result = {0};
    split(p, 0, cap[p], left, cap, can, weight, memo, 0, result);
    memo.put(key, result[0]);
    return result[0];
  }

  private static void split(int p, int l, int hours, int[] left, int[] cap, boolean[][] can, long[] weight,
      Map<String, Long> memo, long gained, long[] result) {
    if (l == left.length) {
      result[0] = Math.max(result[0], gained + best(p + 1, left, cap, can, weight, memo));
      return;
    }
    int most = can[p][l] ? Math.min(hours, left[l]) : 0;
    for (int x = 0; x <= most; x++) {
      left[l] -= x;
      split(p, l + 1, hours - x, left, cap, can, weight, memo, gained + x * weight[l], result);
      left[l] += x;
    }
  }

  @Provide
  Arbitrary<Organisation> orgs() {
    return PeopleArbitraries.organisations(25);
  }
}

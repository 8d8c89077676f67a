package io.github.ctokit.scoring.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.people.AttritionAssumption;
import io.github.ctokit.core.people.CalendarId;
import io.github.ctokit.core.people.HolidayCalendar;
import io.github.ctokit.core.people.Membership;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.RampUp;
import io.github.ctokit.core.people.Role;
import io.github.ctokit.core.people.Team;
import io.github.ctokit.core.people.TimeOff;
import io.github.ctokit.core.people.WorkWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The capacity worked examples of REFERENCES §5.1, §5.2 and §5.7 (Runn, Float, Productive, Jira Plans, ADO, Madachy). */
class CapacityWorkedExamplesTest {

  static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
  static final LocalDateRange WEEK = LocalDateRange.of(MONDAY, MONDAY.plusDays(7));
  static final LocalDateRange FOUR_WEEKS = LocalDateRange.of(MONDAY, MONDAY.plusDays(28));
  static final PersonId ADA = PersonId.of("P-1");

  static Person.Builder person(String id) {
    return Person.builder().id(PersonId.of(id)).name("Someone " + id).role(Role.DEVELOPER.id())
        .employmentStart(LocalDate.of(2020, 1, 6));
  }

  static Capacity capacity(Organisation org, LocalDateRange period) {
    return CapacityPlanner.of(org).over(period).capacity();
  }

  @Test
  void runnEffectiveIsContractedMinusLeave() {
    // Runn: 40 h/week, 32 h off → effective 8 h
    Person p = person("P-1").addTimeOff(TimeOff.days(MONDAY, MONDAY.plusDays(3))).build();
    Capacity c = capacity(Organisation.builder().addPeople(p).build(), WEEK);
    assertThat(c.person(ADA, Granularity.WEEK).hours(0)).isEqualTo(8.0);
    assertThat(c.contracted(ADA, Granularity.WEEK).hours(0)).isEqualTo(40.0);
  }

  @Test
  void runnUtilisation() {
    // 32 h assigned on 40 h → 80 %; 8 h leave + 0 h → 0 %; 8 h leave + 32 h → 100 %
    assertThat(Utilisation.of(32, 40).ratio()).hasValue(0.8);
    Person leave = person("P-1").addTimeOff(TimeOff.days(MONDAY, MONDAY)).build();
    double effective = capacity(Organisation.builder().addPeople(leave).build(), WEEK)
        .person(ADA, Granularity.WEEK).hours(0);
    assertThat(effective).isEqualTo(32.0);
    assertThat(Utilisation.of(0, effective).ratio()).hasValue(0.0);
    assertThat(Utilisation.of(32, effective).ratio()).hasValue(1.0);
    assertThat(Utilisation.of(32, effective).toString()).isEqualTo("100 %");
  }

  @Test
  void runnGroupUtilisationIsRatioOfSumsAndLeaveIsUndefined() {
    assertThat(Utilisation.of(100, 80).ratio().getAsDouble()).isCloseTo(1.25, within(1e-12));
    assertThat(Utilisation.of(80, 112).toString()).isEqualTo("71.4 %");
    assertThat(Utilisation.of(20, 40).ratio()).hasValue(0.5);
    assertThat(Utilisation.of(100 + 80 + 20, 80 + 112 + 40).ratio().getAsDouble())
        .isCloseTo(200.0 / 232, within(1e-12));
    // whole period on leave → capacity 0 → undefined ("--"), never NaN
    Person away = person("P-1").addTimeOff(TimeOff.days(WEEK)).build();
    double zero = capacity(Organisation.builder().addPeople(away).build(), WEEK).person(ADA, Granularity.WEEK).hours(0);
    assertThat(zero).isZero();
    Utilisation u = Utilisation.of(8, zero);
    assertThat(u.isDefined()).isFalse();
    assertThat(u.ratio()).isEmpty();
    assertThat(u.toString()).isEqualTo("--");
    assertThat(u.isOverAllocated()).isTrue();
  }

  @Test
  void floatNonWorkingDayHasNoCapacity() {
    // Float: Sunday → capacity 0 (non-working day), whatever is scheduled
    Capacity c = capacity(Organisation.builder().addPeople(person("P-1").build()).build(), WEEK);
    assertThat(c.hours(ADA, MONDAY.plusDays(6))).isZero();
    assertThat(c.hours(ADA, MONDAY)).isEqualTo(8.0);
  }

  @Test
  void productiveTwentyDaysAndTwoBankHolidays() {
    // Productive: 20 d × 8 h → 160 h; with 2 bank holidays → 144 h
    Organisation plain = Organisation.builder().addPeople(person("P-1").build()).build();
    assertThat(capacity(plain, FOUR_WEEKS).person(ADA, Granularity.MONTH).total()).isEqualTo(160.0);
    HolidayCalendar bank = HolidayCalendar.builder().id(CalendarId.of("GB")).region("England")
        .putHoliday(MONDAY.plusDays(7), "bank holiday").putHoliday(MONDAY.plusDays(14), "another")
        .build();
    Organisation withHolidays = Organisation.builder().addCalendars(bank)
        .addPeople(person("P-1").calendar(bank.id()).build()).build();
    assertThat(capacity(withHolidays, FOUR_WEEKS).person(ADA, Granularity.MONTH).total()).isEqualTo(144.0);
  }

  @Test
  void holidaysCountOnceAndOnlyOnWorkingDays() {
    HolidayCalendar cal = HolidayCalendar.builder().id(CalendarId.of("X")).region("X")
        .putHoliday(MONDAY.plusDays(5), "a Saturday holiday")
        .putHoliday(MONDAY.plusDays(1), "Tuesday holiday")
        .build();
    // a day off on the holiday removes nothing more
    Person p = person("P-1").calendar(cal.id()).addTimeOff(TimeOff.days(MONDAY.plusDays(1), MONDAY.plusDays(1)))
        .addTimeOff(TimeOff.hours(LocalDateRange.ofClosed(MONDAY.plusDays(1), MONDAY.plusDays(2)), 2)).build();
    Capacity c = capacity(Organisation.builder().addCalendars(cal).addPeople(p).build(), WEEK);
    // 40 − 8 (Tuesday, holiday and day off once) − 2 (Wednesday partial) − 0 (Saturday) = 30
    assertThat(c.person(ADA, Granularity.WEEK).hours(0)).isEqualTo(30.0);
  }

  @Test
  void productiveFocusFactor() {
    // Productive: focus factor .6 on 400 h → 240 h (10 weeks of 40 h)
    Organisation org = Organisation.builder().addPeople(person("P-1").build()).build();
    Capacity c = CapacityPlanner.of(org).over(LocalDateRange.of(MONDAY, MONDAY.plusWeeks(10))).withFocusFactor(0.6)
        .capacity();
    assertThat(c.totalHours()).isCloseTo(240.0, within(1e-9));
  }

  @Test
  void jiraPlansTeamSprint() {
    // Jira Plans: 160 h/week × 2-week sprint → 320 h (a team of four at 40 h)
    List<Person> people = new ArrayList<>();
    Team.Builder team = Team.builder().id(TeamId.of("core")).name("Core");
    for (int i = 1; i <= 4; i++) {
      people.add(person("P-" + i).build());
      team.addMemberships(Membership.of(PersonId.of("P-" + i), 100, LocalDateRange.of(MONDAY, MONDAY.plusYears(1))));
    }
    Organisation org = Organisation.builder().addAllPeople(people).addTeams(team.build()).build();
    Capacity c = capacity(org, LocalDateRange.of(MONDAY, MONDAY.plusWeeks(2)));
    assertThat(c.team(TeamId.of("core"), Granularity.WEEK).toArray()).containsExactly(160.0, 160.0);
    assertThat(c.team(TeamId.of("core"), Granularity.QUARTER).total()).isEqualTo(320.0);
    assertThat(c.teamHoursPerDay(TeamId.of("core"))).hasSize(14).startsWith(32.0, 32.0).contains(0.0);
  }

  @Test
  void azureDevOpsCapacityPerDayTimesWorkingDaysMinusDaysOff() {
    // ADO: capacityPerDay × (working days − member days off − team days off) = 6 × (10 − 2 − 1) = 42
    HolidayCalendar teamDayOff = HolidayCalendar.builder().id(CalendarId.of("T")).region("team days off")
        .putHoliday(MONDAY.plusDays(4), "team offsite").build();
    Person p = person("P-1").workWeek(WorkWeek.weekdays(6)).calendar(teamDayOff.id())
        .addTimeOff(TimeOff.days(MONDAY.plusDays(8), MONDAY.plusDays(9))).build();
    Organisation org = Organisation.builder().addCalendars(teamDayOff).addPeople(p).build();
    assertThat(capacity(org, LocalDateRange.of(MONDAY, MONDAY.plusWeeks(2))).totalHours()).isEqualTo(42.0);
  }

  @Test
  void partTimeAllocationAndMembershipsSplitHours() {
    Person half = person("P-1").workWeek(WorkWeek.standard().partTime(0.5)).build();
    Team a = Team.builder().id(TeamId.of("a")).name("A").addMemberships(Membership.of(ADA, 60, WEEK)).build();
    Team b = Team.builder().id(TeamId.of("b")).name("B").addMemberships(Membership.of(ADA, 40, WEEK)).build();
    Capacity c = capacity(Organisation.builder().addPeople(half).addTeams(a, b).build(), WEEK);
    assertThat(c.team(TeamId.of("a"), Granularity.WEEK).hours(0)).isCloseTo(12.0, within(1e-9));
    assertThat(c.team(TeamId.of("b"), Granularity.WEEK).hours(0)).isCloseTo(8.0, within(1e-9));
    assertThat(c.person(ADA, Granularity.WEEK).hours(0)).isCloseTo(20.0, within(1e-9));
  }

  @Test
  void attritionMonthlyRateAndSurvival() {
    // 13.2 % a year → 1 − (1 − .132)^(1/12) = 1.17 % a month, ≈ 0.27 % a week
    AttritionAssumption a = AttritionAssumption.softwareIndustry();
    assertThat(a.monthlyRate()).isCloseTo(0.0117, within(0.00005));
    assertThat(a.weeklyRate()).isCloseTo(0.0027, within(0.00005));
    assertThat(a.survival(365)).isCloseTo(0.868, within(1e-12));
    Organisation org = Organisation.builder().addPeople(person("P-1").build())
        .attrition(AttritionAssumption.annual(Probability.of(0.5))).build();
    Capacity c = capacity(org, LocalDateRange.of(MONDAY, MONDAY.plusDays(365)));
    assertThat(c.hours(ADA, MONDAY)).isEqualTo(8.0);
    assertThat(c.hours(ADA, MONDAY.plusDays(364))).isCloseTo(8 * Math.pow(0.5, 364 / 365.0), within(1e-9));
  }

  @Test
  void madachyCommunicationOverheadAndOnboardingDrag() {
    assertThat(CommunicationOverhead.madachy().share(10)).isCloseTo(0.06, within(1e-12));
    assertThat(CommunicationOverhead.madachy().share(20)).isCloseTo(0.24, within(1e-12));
    assertThat(CommunicationOverhead.perColleague(0.01).share(5)).isCloseTo(0.04, within(1e-12));
    // a new hire mentored by P-1: P-1 loses 25 % for the hire's first 20 days
    Person mentor = person("P-1").build();
    Person hire = person("P-2").employmentStart(MONDAY).mentor(ADA).build();
    Organisation org = Organisation.builder().addPeople(mentor, hire).build();
    Capacity c = CapacityPlanner.of(org).over(FOUR_WEEKS).withOnboardingDrag(OnboardingDrag.madachy()).capacity();
    assertThat(c.hours(ADA, MONDAY)).isEqualTo(6.0);
    assertThat(c.hours(ADA, MONDAY.plusDays(18))).isEqualTo(6.0); // Friday of the third week, day 18 of 20
    assertThat(c.hours(ADA, MONDAY.plusDays(21))).isEqualTo(8.0);
  }

  @Test
  void rampUpCurves() {
    RampUp linear = RampUp.linear(90, 0.25);
    assertThat(linear.productivity(0)).isEqualTo(0.25);
    assertThat(linear.productivity(45)).isEqualTo(0.625);
    assertThat(linear.productivity(90)).isEqualTo(1.0);
    assertThat(RampUp.step(30, 0.5).productivity(29)).isEqualTo(0.5);
    assertThat(RampUp.step(30, 0.5).productivity(30)).isEqualTo(1.0);
    RampUp s = RampUp.logistic(100, 0);
    assertThat(s.productivity(0)).isZero();
    assertThat(s.productivity(50)).isCloseTo(0.5, within(1e-12));
    assertThat(s.productivity(99)).isLessThan(1.0);
    assertThat(linear.daysToReach(1)).isEqualTo(90);
    Person hire = person("P-1").employmentStart(MONDAY).rampUp(linear).build();
    Capacity c = capacity(Organisation.builder().addPeople(hire).build(), WEEK);
    assertThat(c.hours(ADA, MONDAY)).isEqualTo(2.0);
  }
}

package io.github.ctokit.examples.people;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.PersonId;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * A 40-person engineering organisation in 6 teams (payments, checkout, platform, data, mobile,
 * SRE) across Berlin, London and Lisbon, with three new hires ramping up in the first quarter of
 * 2027, a leaver, part-timers, holidays and planned leave, two open requisitions, and a roadmap of
 * ten initiatives for the quarter. Shared by the capacity and the delivery-forecast demo sections.
 */
public final class ExampleOrganisation {

  /** The planned quarter. */
  public static final YearQuarter QUARTER = YearQuarter.of(2027, 1);

  /** The planned quarter as a half-open date range. */
  public static final LocalDateRange PLAN = LocalDateRange.of(QUARTER.atDay(1), QUARTER.plusQuarters(1).atDay(1));

  /** Backend development. */
  public static final SkillId BACKEND = SkillId.of("backend");
  /** Web front end. */
  public static final SkillId FRONTEND = SkillId.of("frontend");
  /** iOS development. */
  public static final SkillId IOS = SkillId.of("mobile-ios");
  /** Android development. */
  public static final SkillId ANDROID = SkillId.of("mobile-android");
  /** Data engineering. */
  public static final SkillId DATA = SkillId.of("data-engineering");
  /** Machine learning. */
  public static final SkillId ML = SkillId.of("machine-learning");
  /** Kubernetes and cloud operations. */
  public static final SkillId KUBERNETES = SkillId.of("kubernetes");
  /** Application security. */
  public static final SkillId SECURITY = SkillId.of("security");
  /** Product design. */
  public static final SkillId DESIGN = SkillId.of("product-design");

  /** The payments team. */
  public static final TeamId PAYMENTS = TeamId.of("payments");
  /** The checkout team. */
  public static final TeamId CHECKOUT = TeamId.of("checkout");
  /** The platform team. */
  public static final TeamId PLATFORM = TeamId.of("platform");
  /** The data team. */
  public static final TeamId DATA_TEAM = TeamId.of("data");
  /** The mobile team. */
  public static final TeamId MOBILE = TeamId.of("mobile");
  /** The SRE team. */
  public static final TeamId SRE = TeamId.of("sre");

  static final CalendarId BERLIN = CalendarId.of("DE-BE");
  static final CalendarId LONDON = CalendarId.of("GB-ENG");
  static final CalendarId LISBON = CalendarId.of("PT");

  private static final LocalDate OPEN = LocalDate.of(2030, 1, 1);

  /**
   * The people: id | name | role | team(s) | calendar | skills | notes. Names are fictional.
   * Notes: {@code 4d} four-day week, {@code hire:DATE:MENTOR} new hire, {@code leaves:DATE},
   * {@code off:FROM:TO} whole days off (inclusive), {@code split:TEAM} half in a second team.
   */
  private static final String[] PEOPLE = {
    "P-01|Ana Costa|developer|payments|PT|backend:4,security:2",
    "P-02|Bruno Reis|developer|payments|PT|backend:3,data-engineering:1",
    "P-03|Carla Nunes|developer|payments|PT|backend:2,frontend:1|off:2027-02-15:2027-02-19",
    "P-04|Daniel Weber|developer|payments|DE-BE|backend:3|4d",
    "P-05|Eva Fischer|qa|payments|DE-BE|backend:1",
    "P-06|Felix Braun|developer|payments|DE-BE|backend:2|hire:2027-01-11:P-01",
    "P-07|Greta Hahn|engineering-manager|payments|DE-BE|backend:2",
    "P-08|Hugo Silva|security|payments|PT|security:3,backend:2",
    "P-09|Ines Moura|developer|checkout|PT|frontend:4,product-design:1",
    "P-10|Jonas Klein|developer|checkout|DE-BE|frontend:3,backend:2",
    "P-11|Katie Moore|developer|checkout|GB-ENG|frontend:3|off:2027-03-01:2027-03-12",
    "P-12|Liam Walsh|developer|checkout|GB-ENG|backend:3,frontend:2",
    "P-13|Maya Patel|designer|checkout|GB-ENG|product-design:4,frontend:1",
    "P-14|Noah Evans|qa|checkout|GB-ENG|frontend:1",
    "P-15|Olivia Brown|product-manager|checkout|GB-ENG|product-design:2",
    "P-16|Paul Schmidt|developer|platform|DE-BE|backend:4,kubernetes:3",
    "P-17|Quinn Taylor|architect|platform|GB-ENG|backend:4,kubernetes:2,security:2|split:payments",
    "P-18|Rita Lopes|developer|platform|PT|backend:3,kubernetes:2",
    "P-19|Sven Wolf|developer|platform|DE-BE|backend:2|leaves:2027-02-15",
    "P-20|Tiago Rocha|developer|platform|PT|backend:2,kubernetes:1|hire:2027-02-01:P-16",
    "P-21|Uma Shah|developer|platform|GB-ENG|backend:3|4d",
    "P-22|Vera Koch|engineering-manager|platform|DE-BE|backend:2",
    "P-23|Will Green|data|data|GB-ENG|data-engineering:4,backend:2",
    "P-24|Xenia Roth|data|data|DE-BE|data-engineering:3,machine-learning:2",
    "P-25|Yara Dias|data|data|PT|machine-learning:4,data-engineering:2",
    "P-26|Zoe King|data|data|GB-ENG|data-engineering:2|off:2027-01-25:2027-02-05",
    "P-27|Adam Lang|developer|data|DE-BE|backend:2,data-engineering:2",
    "P-28|Bea Santos|project-manager|data|PT|",
    "P-29|Caio Pinto|developer|mobile|PT|mobile-ios:3,mobile-android:1",
    "P-30|Dora Vogel|developer|mobile|DE-BE|mobile-android:3",
    "P-31|Ethan Hall|developer|mobile|GB-ENG|mobile-android:2,mobile-ios:1",
    "P-32|Fay Wright|developer|mobile|GB-ENG|mobile-ios:2|4d",
    "P-33|Gil Matos|qa|mobile|PT|mobile-android:1,mobile-ios:1",
    "P-34|Hana Becker|developer|mobile|DE-BE|mobile-ios:2|hire:2027-03-01:P-29",
    "P-35|Ivo Correia|sre|sre|PT|kubernetes:4,security:1",
    "P-36|Jana Wolff|sre|sre|DE-BE|kubernetes:3",
    "P-37|Kyle Scott|sre|sre|GB-ENG|kubernetes:3,security:1|off:2027-03-22:2027-03-26",
    "P-38|Lena Franke|sre|sre|DE-BE|kubernetes:2",
    "P-39|Mia Clarke|security|sre|GB-ENG|security:3,kubernetes:1",
    "P-40|Nuno Alves|sre|sre|PT|kubernetes:2,backend:1",
  };

  private ExampleOrganisation() {}

  /**
   * Returns the organisation.
   *
   * @return a valid organisation of 40 people in 6 teams
   */
  public static Organisation organisation() {
    Map<TeamId, List<Membership>> memberships = new LinkedHashMap<>();
    for (TeamId t : List.of(PAYMENTS, CHECKOUT, PLATFORM, DATA_TEAM, MOBILE, SRE)) {
      memberships.put(t, new ArrayList<>());
    }
    List<Person> people = new ArrayList<>();
    for (String row : PEOPLE) {
      String[] f = row.split("\\|", -1);
      PersonId id = PersonId.of(f[0]);
      Person.Builder b = Person.builder().id(id).name(f[1]).role(RoleId.of("ROLE-" + f[2]))
          .calendar(CalendarId.of(f[4])).employmentStart(LocalDate.of(2018, 4, 3).plusDays(37L * people.size()));
      if (!f[5].isEmpty()) {
        for (String skill : f[5].split(",")) {
          String[] s = skill.split(":");
          b.addSkills(Skill.of(SkillId.of(s[0]), Integer.parseInt(s[1])));
        }
      }
      LocalDate start = LocalDate.of(2018, 4, 3).plusDays(37L * people.size());
      LocalDate end = OPEN;
      TeamId second = null;
      for (int i = 6; i < f.length; i++) {
        String[] note = f[i].split(":");
        switch (note[0]) {
          case "4d" -> b.workWeek(WorkWeek.of(8, 8, 8, 8, 0, 0, 0));
          case "hire" -> {
            start = LocalDate.parse(note[1]);
            b.employmentStart(start).mentor(PersonId.of(note[2])).rampUp(RampUp.logistic(120, 0.2));
          }
          case "leaves" -> {
            end = LocalDate.parse(note[1]);
            b.employmentEnd(end);
          }
          case "off" -> b.addTimeOff(TimeOff.days(LocalDate.parse(note[1]), LocalDate.parse(note[2])));
          case "split" -> second = TeamId.of(note[1]);
          default -> throw new IllegalStateException("unknown note " + note[0]);
        }
      }
      people.add(b.build());
      LocalDateRange period = LocalDateRange.of(start, end);
      TeamId team = TeamId.of(f[3]);
      memberships.get(team).add(Membership.of(id, second == null ? 100 : 50, period));
      if (second != null) {
        memberships.get(second).add(Membership.of(id, 50, period));
      }
    }
    Organisation.Builder org = Organisation.builder()
        .addSkills(BACKEND, FRONTEND, IOS, ANDROID, DATA, ML, KUBERNETES, SECURITY, DESIGN)
        .addCalendars(
            HolidayCalendar.builder().id(BERLIN).region("Berlin")
                .putHoliday(LocalDate.of(2026, 10, 3), "German Unity Day")
                .putHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")
                .putHoliday(LocalDate.of(2026, 12, 26), "Second Day of Christmas")
                .putHoliday(LocalDate.of(2027, 1, 1), "New Year's Day")
                .putHoliday(LocalDate.of(2027, 3, 8), "International Women's Day")
                .putHoliday(LocalDate.of(2027, 3, 26), "Good Friday")
                .putHoliday(LocalDate.of(2027, 3, 29), "Easter Monday").build(),
            HolidayCalendar.builder().id(LONDON).region("England")
                .putHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")
                .putHoliday(LocalDate.of(2026, 12, 28), "Boxing Day (substitute day)")
                .putHoliday(LocalDate.of(2027, 1, 1), "New Year's Day")
                .putHoliday(LocalDate.of(2027, 3, 26), "Good Friday")
                .putHoliday(LocalDate.of(2027, 3, 29), "Easter Monday").build(),
            HolidayCalendar.builder().id(LISBON).region("Portugal")
                .putHoliday(LocalDate.of(2026, 10, 5), "Republic Day")
                .putHoliday(LocalDate.of(2026, 12, 8), "Immaculate Conception")
                .putHoliday(LocalDate.of(2026, 12, 25), "Christmas Day")
                .putHoliday(LocalDate.of(2027, 1, 1), "New Year's Day")
                .putHoliday(LocalDate.of(2027, 2, 9), "Carnival")
                .putHoliday(LocalDate.of(2027, 3, 26), "Good Friday").build())
        .addAllPeople(people)
        .addRequisitions(
            Requisition.builder().id(RequisitionId.of("REQ-ios-senior")).team(MOBILE).role(Role.DEVELOPER.id())
                .skill(IOS).level(3).wantedStart(LocalDate.of(2027, 4, 1))
                .timeToFillDays(Estimate.threePoint(45, 60, 90)).rampUp(RampUp.linear(90, 0.25)).build(),
            Requisition.builder().id(RequisitionId.of("REQ-appsec")).team(SRE).role(Role.SECURITY.id())
                .skill(SECURITY).level(3).wantedStart(LocalDate.of(2027, 5, 3))
                .timeToFillDays(Estimate.threePoint(40, 51, 75)).rampUp(RampUp.linear(60, 0.3)).build())
        .attrition(AttritionAssumption.softwareIndustry());
    memberships.forEach((team, ms) -> org.addTeams(Team.builder().id(team).name(name(team)).addAllMemberships(ms).build()));
    return org.build();
  }

  private static String name(TeamId team) {
    String v = team.value();
    return v.equals("sre") ? "SRE" : Character.toUpperCase(v.charAt(0)) + v.substring(1);
  }

  /**
   * Returns the roadmap of the quarter: ten initiatives with effort per skill or role.
   *
   * @return valid demand within {@link #PLAN}
   */
  public static Demand roadmap() {
    LocalDate jan = PLAN.getStart();
    LocalDateRange quarter = PLAN;
    LocalDateRange firstHalf = LocalDateRange.of(jan, LocalDate.of(2027, 2, 15));
    LocalDateRange secondHalf = LocalDateRange.of(LocalDate.of(2027, 2, 15), PLAN.getEnd());
    return Demand.builder().addInitiatives(
        initiative("psd3", "PSD3 compliance", 1, Effort.ofSkill(BACKEND, 3, quarter, 900),
            Effort.ofSkill(SECURITY, 2, quarter, 160), Effort.ofRole(Role.QA.id(), secondHalf, 120)),
        initiative("k8s-upgrade", "Kubernetes 1.31 upgrade", 1, Effort.ofSkill(KUBERNETES, 3, firstHalf, 520)),
        initiative("soc2", "SOC 2 type II evidence", 1, Effort.ofSkill(SECURITY, 3, quarter, 360),
            Effort.ofRole(Role.PROJECT_MANAGER.id(), quarter, 120)),
        initiative("checkout-redesign", "Checkout redesign", 2, Effort.ofSkill(FRONTEND, 2, quarter, 1_100),
            Effort.ofSkill(DESIGN, 2, firstHalf, 240), Effort.ofSkill(BACKEND, 2, secondHalf, 300)),
        initiative("ios-wallet", "iOS wallet", 2, Effort.ofSkill(IOS, 2, quarter, 900),
            Effort.ofSkill(BACKEND, 2, quarter, 160)),
        initiative("fraud-ml", "Fraud scoring model", 2, Effort.ofSkill(ML, 3, quarter, 420),
            Effort.ofSkill(DATA, 2, quarter, 300)),
        initiative("android-parity", "Android feature parity", 3, Effort.ofSkill(ANDROID, 2, quarter, 700)),
        initiative("lakehouse", "Lakehouse migration", 3, Effort.ofSkill(DATA, 2, quarter, 1_000),
            Effort.ofSkill(BACKEND, 1, secondHalf, 200)),
        initiative("observability", "Observability overhaul", 4, Effort.ofSkill(KUBERNETES, 2, secondHalf, 400),
            Effort.ofSkill(BACKEND, 1, quarter, 240)),
        initiative("tech-debt", "Tech-debt budget", 5, Effort.ofSkill(BACKEND, 1, quarter, 1_200),
            Effort.ofSkill(FRONTEND, 1, quarter, 400)))
        .build();
  }

  private static Initiative initiative(String id, String name, int priority, Effort... efforts) {
    return Initiative.builder().id(InitiativeId.of(id)).name(name).priority(priority).addEfforts(efforts).build();
  }
}

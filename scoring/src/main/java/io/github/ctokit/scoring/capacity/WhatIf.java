package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.people.Membership;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.Requisition;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.Team;
import io.github.ctokit.core.people.TimeOff;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * What-if scenarios: copies of an organisation with people added, moved or lost, or requisitions
 * filled. Plan the copy with a {@link CapacityPlanner} and compare its {@link CapacityPlan} with the
 * baseline's (coverage, gaps, hiring plan). Every method returns a valid organisation for a valid
 * one.
 *
 * <pre>{@code
 * Organisation without = WhatIf.losing(org, PersonId.of("P-007"), LocalDate.of(2027, 2, 1));
 * CapacityPlan after = CapacityPlanner.of(without).over(q1).plan(roadmap);
 * after.gaps();
 * }</pre>
 */
public final class WhatIf {

  /** How long an open-ended membership created by a scenario lasts. */
  private static final int OPEN_ENDED_YEARS = 100;

  private WhatIf() {}

  /**
   * Returns the organisation with one more person, member of a team from their first day.
   *
   * @param org the organisation
   * @param person the new person (their id must be new)
   * @param team a team of the organisation
   * @param allocationPercent their share to the team, within (0, 100]
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id exists, the team is unknown or the allocation is out of range
   */
  public static Organisation adding(Organisation org, Person person, TeamId team, double allocationPercent) {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(team, "team");
    if (org.person(person.id()).isPresent()) {
      throw new IllegalArgumentException("person must be new to the organisation (was '" + person.id() + "')");
    }
    requireTeam(org, team);
    LocalDate end = person.employmentEnd().orElse(person.employmentStart().plusYears(OPEN_ENDED_YEARS));
    Membership m = Membership.of(person.id(), allocationPercent, LocalDateRange.of(person.employmentStart(), end));
    List<Team> teams = new ArrayList<>();
    for (Team t : org.teams()) {
      teams.add(t.id().equals(team) ? Team.builder().from(t).addMemberships(m).build() : t);
    }
    return Organisation.builder().from(org).addPeople(person).teams(teams).build();
  }

  /**
   * Returns the organisation with one person leaving: their employment ends (absences and
   * memberships are cut at the date); leaving on or before their first day removes them, and
   * their mentees lose their mentor.
   *
   * @param org the organisation
   * @param person the person leaving
   * @param firstDayGone the first day no longer employed
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person is unknown
   */
  public static Organisation losing(Organisation org, PersonId person, LocalDate firstDayGone) {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(firstDayGone, "firstDayGone");
    Person p = requirePerson(org, person);
    boolean removed = !firstDayGone.isAfter(p.employmentStart());
    List<Person> people = new ArrayList<>();
    for (Person q : org.people()) {
      if (q.mentor().filter(person::equals).isPresent() && removed) {
        people.add(Person.builder().from(q).mentor(Optional.empty()).build());
      } else if (!q.id().equals(person)) {
        people.add(q);
      } else if (!removed) {
        LocalDate end = q.employmentEnd().filter(e -> e.isBefore(firstDayGone)).orElse(firstDayGone);
        List<TimeOff> offs = new ArrayList<>();
        for (TimeOff t : q.timeOff()) {
          LocalDateRange cut = cut(t.period(), end);
          if (!cut.isEmpty()) {
            offs.add(t.wholeDays() ? TimeOff.days(cut) : TimeOff.hours(cut, t.hoursPerDay().orElseThrow()));
          }
        }
        people.add(Person.builder().from(q).employmentEnd(end).timeOff(offs).build());
      }
    }
    List<Team> teams = new ArrayList<>();
    for (Team t : org.teams()) {
      List<Membership> ms = new ArrayList<>();
      for (Membership m : t.memberships()) {
        if (!m.person().equals(person)) {
          ms.add(m);
        } else if (!removed) {
          LocalDateRange cut = cut(m.period(), firstDayGone);
          if (!cut.isEmpty()) {
            ms.add(Membership.of(person, m.allocationPercent(), cut));
          }
        }
      }
      teams.add(Team.builder().from(t).memberships(ms).build());
    }
    return Organisation.builder().from(org).people(people).teams(teams).build();
  }

  /**
   * Returns the organisation with one person moving to another team from a date: each of their
   * memberships running on that date or later is cut at the date and continued, with the same
   * allocation and end, in the target team.
   *
   * @param org the organisation
   * @param person the person moving
   * @param to the target team
   * @param from the first day in the target team
   * @return the copy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person or team is unknown
   */
  public static Organisation moving(Organisation org, PersonId person, TeamId to, LocalDate from) {
    Objects.requireNonNull(org, "org");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(from, "from");
    requirePerson(org, person);
    requireTeam(org, to);
    List<Membership> moved = new ArrayList<>();
    List<Team> teams = new ArrayList<>();
    for (Team t : org.teams()) {
      List<Membership> ms = new ArrayList<>();
      for (Membership m : t.memberships()) {
        if (!m.person().equals(person) || !m.period().getEnd().isAfter(from) || t.id().equals(to)) {
          ms.add(m);
          continue;
        }
        LocalDateRange before = cut(m.period(), from);
        if (!before.isEmpty()) {
          ms.add(Membership.of(person, m.allocationPercent(), before));
        }
        LocalDate start = m.period().getStart().isAfter(from) ? m.period().getStart() : from;
        moved.add(Membership.of(person, m.allocationPercent(), LocalDateRange.of(start, m.period().getEnd())));
      }
      teams.add(Team.builder().from(t).memberships(ms).build());
    }
    for (int i = 0; i < teams.size(); i++) {
      if (teams.get(i).id().equals(to)) {
        teams.set(i, Team.builder().from(teams.get(i)).addAllMemberships(moved).build());
      }
    }
    return Organisation.builder().from(org).teams(teams).build();
  }

  /**
   * Returns the organisation with every open requisition filled on its wanted start by a
   * placeholder person: id {@code req:<requisition id>}, the requisition's role, skill at its level
   * and ramp-up, a standard week, 100 % in its team.
   *
   * @param org the organisation
   * @return the copy, with no open requisition left
   * @throws NullPointerException if {@code org} is null
   * @throws IllegalArgumentException if a placeholder id already exists
   */
  public static Organisation fillingRequisitions(Organisation org) {
    Objects.requireNonNull(org, "org");
    Organisation out = org.withRequisitions(List.of());
    for (Requisition r : org.requisitions()) {
      Person hire = Person.builder().id(PersonId.of("req:" + r.id().value())).name("Requisition " + r.id())
          .role(r.role()).addSkills(Skill.of(r.skill(), r.level())).employmentStart(r.wantedStart())
          .rampUp(r.rampUp()).build();
      out = adding(out, hire, r.team(), 100);
    }
    return out;
  }

  private static LocalDateRange cut(LocalDateRange range, LocalDate end) {
    if (!range.getEnd().isAfter(end)) {
      return range;
    }
    return range.getStart().isBefore(end) ? LocalDateRange.of(range.getStart(), end)
        : LocalDateRange.of(range.getStart(), range.getStart());
  }

  private static Person requirePerson(Organisation org, PersonId person) {
    Objects.requireNonNull(person, "person");
    return org.person(person).orElseThrow(() -> new IllegalArgumentException(
        "person must be a person of the organisation (was '" + person + "')"));
  }

  private static void requireTeam(Organisation org, TeamId team) {
    if (org.team(team).isEmpty()) {
      throw new IllegalArgumentException("team must be a team of the organisation (was '" + team + "')"
);
    }
  }
}

package io.github.ctokit.testkit.contract;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.people.CalendarId;
import io.github.ctokit.core.people.HolidayCalendar;
import io.github.ctokit.core.people.Membership;
import io.github.ctokit.core.people.Organisation;
import io.github.ctokit.core.people.Person;
import io.github.ctokit.core.people.Skill;
import io.github.ctokit.core.people.SkillId;
import io.github.ctokit.core.people.Team;
import io.github.ctokit.core.people.TimeOff;
import io.github.ctokit.core.validation.Validator;
import io.github.ctokit.testkit.PeopleArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.threeten.extra.LocalDateRange;

/**
 * Applies {@link ValidatorContract} to {@code Organisation.validator()} over generated
 * organisations with injected faults (duplicate people, over-allocation, unknown skills and
 * calendars, time off outside employment, empty calendars): it never throws, is deterministic, and
 * never prints a person's name or e-mail address.
 */
class OrganisationValidatorContractTest implements ValidatorContract<Organisation> {

  @Override
  public Validator<Organisation> validator() {
    return Organisation.validator();
  }

  @Override
  public Arbitrary<Organisation> models() {
    return Combinators.combine(Arbitraries.integers().between(1, 20), Arbitraries.longs(), Arbitraries.longs())
        .as((n, seed, faults) -> corrupt(PeopleArbitraries.organisation(n, seed), new SplittableRandom(faults)));
  }

  @Override
  public List<String> personalData(Organisation org) {
    List<String> data = new ArrayList<>();
    for (Person p : org.people()) {
      data.add(p.name());
      p.email().ifPresent(data::add);
    }
    return data;
  }

  private static Organisation corrupt(Organisation org, SplittableRandom r) {
    List<Person> people = new ArrayList<>();
    for (Person p : org.people()) {
      Person q = p.withName("Zelda Quarterman-" + p.id().value()).withEmail("zq" + p.id().value() + "@example.com");
      if (r.nextInt(4) == 0) {
        q = Person.builder().from(q).addSkills(Skill.of(SkillId.of("unknown-skill"), 2)).build();
      }
      if (r.nextInt(4) == 0) {
        q = Person.builder().from(q).addTimeOff(TimeOff.days(q.employmentStart().minusDays(10), q.employmentStart())).build();
      }
      if (r.nextInt(6) == 0) {
        q = q.withCalendar(CalendarId.of("nowhere"));
      }
      people.add(q);
    }
    if (r.nextBoolean()) {
      people.add(people.get(0));
    }
    List<Team> teams = new ArrayList<>(org.teams());
    Person first = people.get(0);
    LocalDate start = first.employmentStart();
    LocalDateRange period = LocalDateRange.of(start, start.plusDays(30));
    teams.add(Team.builder().id(TeamId.of("overload")).name("Overload")
        .addMemberships(Membership.of(first.id(), 80, period), Membership.of(first.id(), 70, period),
            Membership.of(PersonId.of("ghost"), 10, period))
        .build());
    List<HolidayCalendar> calendars = new ArrayList<>(org.calendars());
    if (r.nextBoolean()) {
      calendars.add(HolidayCalendar.builder().id(CalendarId.of("empty")).region("Nowhere").build());
    }
    return Organisation.builder().from(org).people(people).teams(teams).calendars(calendars).build();
  }
}

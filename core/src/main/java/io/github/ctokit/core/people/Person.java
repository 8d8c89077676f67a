package io.github.ctokit.core.people;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.RoleId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person of the organisation: who (an opaque {@link #id()}; {@link #name()} and {@link #email()}
 * are personal data, redacted from {@code toString} and never put in a message or log), what they
 * do ({@link #role()}, {@link #skills()}), when they work ({@link #employmentStart()},
 * {@link #employmentEnd()}, {@link #workWeek()}, {@link #calendar()}, {@link #timeOff()}) and, for
 * new hires, their {@link #rampUp()} and {@link #mentor()}. Team memberships live on the
 * {@link Team}s.
 *
 * <pre>{@code
 * Person ada = Person.builder()
 *     .id(PersonId.of("P-001")).name("Ada Lovelace").role(Role.DEVELOPER.id())
 *     .employmentStart(LocalDate.of(2021, 3, 1))
 *     .addSkills(Skill.of(SkillId.of("backend"), 4), Skill.of(SkillId.of("data"), 2))
 *     .calendar(CalendarId.of("GB-ENG"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Person implements WithPerson {

  Person() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}; id, name, role and employment start are required. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  /**
   * Returns the id.
   *
   * @return an opaque key, never a name or e-mail address
   */
  public abstract PersonId id();

  /**
   * Returns the name. Personal data: redacted from {@code toString}.
   *
   * @return the name
   */
  @Value.Redacted
  public abstract String name();

  /**
   * Returns the e-mail address. Personal data: redacted from {@code toString}.
   *
   * @return the address, or empty
   */
  @Value.Redacted
  public abstract Optional<String> email();

  /**
   * Returns the role.
   *
   * @return a role of the organisation's catalogue
   */
  public abstract RoleId role();

  /**
   * Returns the skills and proficiencies.
   *
   * @return the skills, each skill at most once
   */
  public abstract List<Skill> skills();

  /**
   * Returns the first day of employment.
   *
   * @return the start date
   */
  public abstract LocalDate employmentStart();

  /**
   * Returns the first day no longer employed (the employment period is half-open).
   *
   * @return the end, after the start, or empty while employed
   */
  public abstract Optional<LocalDate> employmentEnd();

  /**
   * Returns the contracted working week.
   *
   * @return the pattern; {@link WorkWeek#standard()} by default
   */
  @Value.Default
  public WorkWeek workWeek() {
    return WorkWeek.standard();
  }

  /**
   * Returns the holiday calendar the person follows.
   *
   * @return a calendar of the organisation, or empty for none
   */
  public abstract Optional<CalendarId> calendar();

  /**
   * Returns the absences.
   *
   * @return the absences, in any order; overlaps count once
   */
  public abstract List<TimeOff> timeOff();

  /**
   * Returns this person's ramp-up curve, overriding the planner's default.
   *
   * @return the curve, or empty for the planner's default
   */
  public abstract Optional<RampUp> rampUp();

  /**
   * Returns who mentors this person while they ramp up (for the onboarding-drag policy).
   *
   * @return a person of the organisation, or empty
   */
  public abstract Optional<PersonId> mentor();

  /**
   * Returns the proficiency in a skill.
   *
   * @param skill the skill
   * @return 0 to 4, or empty if the person does not list the skill
   */
  public final OptionalInt proficiency(SkillId skill) {
    for (Skill s : skills()) {
      if (s.skill().equals(skill)) {
        return OptionalInt.of(s.proficiency());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Tells whether the person is employed on a date.
   *
   * @param date the date
   * @return true if {@code employmentStart() ≤ date < employmentEnd()}
   */
  public final boolean isEmployedOn(LocalDate date) {
    return !date.isBefore(employmentStart()) && employmentEnd().map(date::isBefore).orElse(true);
  }

  @Value.Check
  final void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("name must not be blank for person " + id());
    }
    if (employmentEnd().isPresent() && !employmentEnd().get().isAfter(employmentStart())) {
      throw new IllegalArgumentException("employmentEnd must be after employmentStart for person " + id()
          + " (was " + employmentEnd().get() + " ≤ " + employmentStart() + ")");
    }
    Set<SkillId> seen = new HashSet<>();
    for (Skill s : skills()) {
      if (!seen.add(s.skill())) {
        throw new IllegalArgumentException("skills must list each skill once for person " + id()
            + " (was '" + s.skill() + "' twice)");
      }
    }
    if (mentor().isPresent() && mentor().get().equals(id())) {
      throw new IllegalArgumentException("mentor must be another person for person " + id());
    }
  }
}

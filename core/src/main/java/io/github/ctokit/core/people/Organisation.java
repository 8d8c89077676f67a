package io.github.ctokit.core.people;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The people model of an organisation: {@link Person}s, {@link Team}s, the skill and
 * {@link Role} catalogues, {@link HolidayCalendar}s, open {@link Requisition}s and an
 * {@link AttritionAssumption}.
 *
 * <p>Building checks each value on its own; whole-model rules are checked by {@link #validator()},
 * which reports every problem at once with a stable code and a path:
 *
 * <table>
 *   <caption>Validation rules</caption>
 *   <tr><th>code</th><th>severity</th><th>path</th><th>rule</th></tr>
 *   <tr><td>{@code people.duplicate-id}</td><td>error</td><td>{@code people[i].id}, {@code teams[i].id}, {@code calendars[i].id}, {@code skills[i]}, {@code roles[i]}, {@code requisitions[i].id}</td><td>ids are unique</td></tr>
 *   <tr><td>{@code people.unknown-skill}</td><td>error</td><td>{@code people[i].skills[j]}, {@code requisitions[i].skill}</td><td>skills are in the catalogue</td></tr>
 *   <tr><td>{@code people.unknown-role}</td><td>error</td><td>{@code people[i].role}, {@code requisitions[i].role}</td><td>roles are in the catalogue</td></tr>
 *   <tr><td>{@code people.unknown-calendar}</td><td>error</td><td>{@code people[i].calendar}</td><td>calendars exist</td></tr>
 *   <tr><td>{@code people.unknown-person}</td><td>error</td><td>{@code teams[i].memberships[j]}, {@code people[i].mentor}</td><td>people exist</td></tr>
 *   <tr><td>{@code people.unknown-team}</td><td>error</td><td>{@code requisitions[i].team}</td><td>teams exist</td></tr>
 *   <tr><td>{@code people.over-allocated}</td><td>error</td><td>{@code people[i]}</td><td>a person's memberships add up to at most 100 % on every day; the message names the first day range above</td></tr>
 *   <tr><td>{@code people.time-off-outside-employment}</td><td>error</td><td>{@code people[i].timeOff[j]}</td><td>absences lie within the employment period</td></tr>
 *   <tr><td>{@code people.membership-outside-employment}</td><td>warning</td><td>{@code teams[i].memberships[j]}</td><td>memberships lie within the employment period (days outside give no capacity)</td></tr>
 *   <tr><td>{@code people.empty-calendar}</td><td>warning</td><td>{@code calendars[i]}</td><td>a calendar lists at least one holiday</td></tr>
 * </table>
 *
 * <pre>{@code
 * Organisation org = Organisation.builder()
 *     .addSkills(SkillId.of("backend"), SkillId.of("frontend"))
 *     .addPeople(ada, grace).addTeams(payments).addCalendars(england)
 *     .build();
 * org.validate().errors();   // every problem, with its path and code
 * }</pre>
 */
@Value.Immutable
public abstract class Organisation implements WithOrganisation {

  Organisation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Organisation}; every list may be empty; roles default to {@link Role#standard()}. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /**
   * Returns the validator of the whole-model rules listed above.
   *
   * @return a stateless, thread-safe validator
   */
  public static Validator<Organisation> validator() {
    return OrganisationValidator.INSTANCE;
  }

  /**
   * Returns the people.
   *
   * @return the people, in the order given
   */
  public abstract List<Person> people();

  /**
   * Returns the teams.
   *
   * @return the teams
   */
  public abstract List<Team> teams();

  /**
   * Returns the skill catalogue.
   *
   * @return the skills people and demand may name
   */
  public abstract List<SkillId> skills();

  /**
   * Returns the role catalogue.
   *
   * @return the roles people may hold; {@link Role#standard()} by default
   */
  @Value.Default
  public List<Role> roles() {
    return Role.standard();
  }

  /**
   * Returns the holiday calendars.
   *
   * @return the calendars, one per region
   */
  public abstract List<HolidayCalendar> calendars();

  /**
   * Returns the open requisitions.
   *
   * @return the requisitions
   */
  public abstract List<Requisition> requisitions();

  /**
   * Returns the attrition assumption planners use when not told otherwise.
   *
   * @return the assumption; {@link AttritionAssumption#none()} by default
   */
  @Value.Default
  public AttritionAssumption attrition() {
    return AttritionAssumption.none();
  }

  /**
   * Finds a person by id; with duplicate ids, the first wins.
   *
   * @param id the person id
   * @return the person, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Person> person(PersonId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(peopleIndex().get(id));
  }

  /**
   * Finds a team by id; with duplicate ids, the first wins.
   *
   * @param id the team id
   * @return the team, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Team> team(TeamId id) {
    Objects.requireNonNull(id, "id");
    for (Team t : teams()) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  @Value.Lazy
  Map<PersonId, Person> peopleIndex() {
    Map<PersonId, Person> index = new HashMap<>(people().size() * 2);
    for (Person p : people()) {
      index.putIfAbsent(p.id(), p);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Validates this organisation; shorthand for {@code Organisation.validator().validate(this)}.
   *
   * @return every violation found
   */
  public final ValidationResult validate() {
    return validator().validate(this);
  }
}

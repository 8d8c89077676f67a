package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Need;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Hours of one person allocated to one effort line of an initiative in one week.
 *
 * @param person the person
 * @param initiative the initiative
 * @param need the effort line's need (skill at a level, or role)
 * @param week the week (cut at the plan's edges)
 * @param hours the hours, positive, in whole minutes
 */
public record Assignment(PersonId person, InitiativeId initiative, Need need, LocalDateRange week, double hours) {

  /**
   * Creates an assignment.
   *
   * @param person the person
   * @param initiative the initiative
   * @param need the need
   * @param week the week
   * @param hours the hours
   * @throws NullPointerException if an argument is null
   */
  public Assignment {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(week, "week");
  }
}

package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Need;
import java.util.List;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Unmet demand of one need in one week, summed over effort lines: the shortfall a hire, a move or
 * a change of plan must close.
 *
 * @param need the skill at a level, or the role
 * @param week the week
 * @param unmetHours hours uncovered, positive
 * @param initiatives the initiatives affected, by priority then id
 */
public record Gap(Need need, LocalDateRange week, double unmetHours, List<InitiativeId> initiatives) {

  /**
   * Creates the value.
   *
   * @param need the need
   * @param week the week
   * @param unmetHours hours uncovered
   * @param initiatives the initiatives affected
   * @throws NullPointerException if an argument is null
   */
  public Gap {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(week, "week");
    initiatives = List.copyOf(initiatives);
  }
}

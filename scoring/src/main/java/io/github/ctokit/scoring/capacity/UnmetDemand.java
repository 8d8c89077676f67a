package io.github.ctokit.scoring.capacity;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.people.InitiativeId;
import io.github.ctokit.core.people.Need;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.threeten.extra.LocalDateRange;

/**
 * Demand of one effort line in one week that the optimal allocation left uncovered, with the
 * reason as data.
 *
 * @param initiative the initiative
 * @param priority its priority rank (1 most important)
 * @param need what the effort line needs
 * @param week the week
 * @param wantedHours hours the line wanted that week
 * @param coveredHours hours allocated to it
 * @param reason why the rest is unmet
 * @param qualifiedPeople people who could do the work and had capacity that week
 * @param qualifiedHours their allocatable hours that week (after the maximum utilisation)
 * @param competing hours those people gave to other effort lines that week, per initiative, in
 *     descending hours (ties by id)
 */
public record UnmetDemand(InitiativeId initiative, int priority, Need need, LocalDateRange week, double wantedHours,
    double coveredHours, UnmetReason reason, int qualifiedPeople, double qualifiedHours,
    Map<InitiativeId, Double> competing) {

  /**
   * Creates the value.
   *
   * @param initiative the initiative
   * @param priority the priority rank
   * @param need the need
   * @param week the week
   * @param wantedHours hours wanted
   * @param coveredHours hours covered
   * @param reason the reason
   * @param qualifiedPeople qualified people with capacity
   * @param qualifiedHours their hours
   * @param competing hours given to other initiatives
   * @throws NullPointerException if an argument is null
   */
  public UnmetDemand {
    Objects.requireNonNull(initiative, "initiative");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(week, "week");
    Objects.requireNonNull(reason, "reason");
    competing = Collections.unmodifiableMap(new LinkedHashMap<>(competing));
  }

  /**
   * Returns the hours left uncovered.
   *
   * @return {@code wantedHours − coveredHours}, positive
   */
  public double unmetHours() {
    return wantedHours - coveredHours;
  }

  /**
   * Returns the explanation in one sentence.
   *
   * @return the reason, with its figures
   */
  public String explain() {
    String head = initiative + " (priority " + priority + ") misses " + h(unmetHours()) + " of " + h(wantedHours)
        + " " + need + " in week " + week.getStart() + ": ";
    return head + switch (reason) {
      case NO_QUALIFIED_PEOPLE -> "no one holds " + need;
      case QUALIFIED_PEOPLE_UNAVAILABLE -> "no one holding " + need + " has capacity that week";
      case QUALIFIED_CAPACITY_EXHAUSTED -> qualifiedPeople + (qualifiedPeople == 1 ? " qualified person had " : " qualified people had ") + h(qualifiedHours)
          + ", all allocated" + (competing.isEmpty() ? "" : "; also wanted by " + competing.keySet());
    };
  }

  private static String h(double hours) {
    return Checks.format(Math.round(hours * 10) / 10.0) + " h";
  }
}

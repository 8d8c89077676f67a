package io.github.ctokit.core.people;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * A person's membership of a team: the share of their working time given to the team over a
 * period. A person's memberships on any one day add up to at most 100 % (the organisation
 * validator reports every day range where they do not).
 *
 * <pre>{@code
 * Membership m = Membership.of(PersonId.of("P-7"), 50, LocalDateRange.of(start, end));
 * }</pre>
 */
public final class Membership {

  private final PersonId person;
  private final double allocationPercent;
  private final LocalDateRange period;

  private Membership(PersonId person, double allocationPercent, LocalDateRange period) {
    this.person = person;
    this.allocationPercent = allocationPercent;
    this.period = period;
  }

  /**
   * Returns a membership over a period.
   *
   * @param person the member
   * @param allocationPercent the share of the person's time, within (0, 100]
   * @param period the half-open period {@code [start, end)}, finite and not empty
   * @return the membership
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the allocation is outside (0, 100] or the period is unbounded or empty
   */
  public static Membership of(PersonId person, double allocationPercent, LocalDateRange period) {
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(period, "period");
    double pct = Checks.requireWithin("allocationPercent", allocationPercent, 0, 100);
    if (pct == 0) {
      throw new IllegalArgumentException("allocationPercent must be within (0, 100] for person " + person + " (was 0)");
    }
    Checks.requireBounded("period", period);
    if (period.isEmpty()) {
      throw new IllegalArgumentException("period must not be empty for person " + person + " (was " + period + ")");
    }
    return new Membership(person, pct, period);
  }

  /**
   * Returns the member.
   *
   * @return the person id
   */
  public PersonId person() {
    return person;
  }

  /**
   * Returns the share of the person's working time given to the team.
   *
   * @return a percentage within (0, 100]
   */
  public double allocationPercent() {
    return allocationPercent;
  }

  /**
   * Returns the period of the membership.
   *
   * @return the half-open period
   */
  public LocalDateRange period() {
    return period;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Membership other && other.person.equals(person)
        && other.allocationPercent == allocationPercent && other.period.equals(period);
  }

  @Override
  public int hashCode() {
    return Objects.hash(person, allocationPercent, period);
  }

  /** Returns {@code Membership[P-7 50 % 2027-01-01/2027-04-01]}. */
  @Override
  public String toString() {
    return "Membership[" + person + " " + Checks.format(allocationPercent) + " % " + period + "]";
  }
}

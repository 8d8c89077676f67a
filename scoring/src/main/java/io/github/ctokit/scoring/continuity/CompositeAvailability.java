package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The availability of a service together with everything it depends on, computed on the
 * dependency graph: every service of the dependency closure counted once (a shared identity
 * provider reached along two paths is one factor, not two), each service's own factor being its
 * k-of-n availability. Assumes independent failures. Immutable.
 */
public final class CompositeAvailability {

  private final ServiceId service;
  private final Probability value;
  private final Map<ServiceId, Probability> factors;
  private final Optional<Probability> target;

  CompositeAvailability(ServiceId service, Probability value, Map<ServiceId, Probability> factors,
      Optional<Probability> target) {
    this.service = service;
    this.value = value;
    this.factors = Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    this.target = target;
  }

  /**
   * Returns the service.
   *
   * @return the service id
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Returns the composite availability: the product of {@link #factors()}.
   *
   * @return the availability
   */
  public Probability value() {
    return value;
  }

  /**
   * Returns each service of the closure, once, with its own (k-of-n) availability, in the order
   * reached (the service first, then breadth-first).
   *
   * @return an unmodifiable, ordered map
   */
  public Map<ServiceId, Probability> factors() {
    return factors;
  }

  /**
   * Returns the expected downtime per 365-day year.
   *
   * @return {@link Availability#downtimePerYear(Probability)} of {@link #value()}
   */
  public Duration downtimePerYear() {
    return Availability.downtimePerYear(value);
  }

  /**
   * Returns the expected downtime per month (a twelfth of a year).
   *
   * @return {@link Availability#downtimePerMonth(Probability)} of {@link #value()}
   */
  public Duration downtimePerMonth() {
    return Availability.downtimePerMonth(value);
  }

  /**
   * Returns the service's availability objective.
   *
   * @return the objective, or empty
   */
  public Optional<Probability> target() {
    return target;
  }

  /**
   * Returns the yearly error budget of the objective: the downtime it allows per 365-day year.
   *
   * @return the budget, or empty without an objective
   */
  public Optional<Duration> errorBudgetPerYear() {
    return target.map(Availability::downtimePerYear);
  }

  /**
   * Returns the share of the yearly error budget the expected downtime consumes.
   *
   * @return expected downtime / budget, rounded to 4 decimals half up; empty without an
   *     objective or when the objective is 100 % (no budget)
   */
  public Optional<java.math.BigDecimal> budgetConsumed() {
    if (target.isEmpty() || target.get().value() >= 1) {
      return Optional.empty();
    }
    double share = (1 - value.value()) / (1 - target.get().value());
    return Optional.of(new java.math.BigDecimal(Double.toString(share)).setScale(4, java.math.RoundingMode.HALF_UP));
  }

  /**
   * Tells whether the composite availability meets the objective.
   *
   * @return true without an objective, or when {@code value ≥ objective}
   */
  public boolean meetsTarget() {
    return target.isEmpty() || value.value() >= target.get().value();
  }

  /** Returns {@code "web: 99.9781 % (2 services)"}. */
  @Override
  public String toString() {
    return service + ": " + Availability.percent(value, 4) + " % (" + factors.size() + " services)";
  }
}

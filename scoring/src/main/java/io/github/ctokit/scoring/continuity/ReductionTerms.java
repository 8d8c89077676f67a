package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The terms of a what-if ({@link ContinuityReport#cheapestFix(ReductionTerms)}): what a minute of
 * recovery time saved costs on each service (the weights of the objective) and how far each
 * service's own recovery can shrink at most (its floor). By default every minute costs 1 and
 * every own recovery can shrink to zero. Immutable; {@code withX} returns a copy.
 *
 * <pre>{@code
 * ReductionTerms terms = ReductionTerms.uniform()
 *     .withCostPerMinute(ServiceId.of("orders-db"), 5)          // a DBA minute is dear
 *     .withFloor(ServiceId.of("search"), Duration.ofMinutes(30)); // a reindex never takes less
 * RecoveryFix fix = report.cheapestFix(terms);
 * }</pre>
 */
public final class ReductionTerms {

  /** The largest cost per minute accepted. */
  public static final long MAX_COST_PER_MINUTE = 1_000_000;

  private static final ReductionTerms UNIFORM = new ReductionTerms(Map.of(), Map.of());

  private final Map<ServiceId, Long> costs;
  private final Map<ServiceId, Duration> floors;

  private ReductionTerms(Map<ServiceId, Long> costs, Map<ServiceId, Duration> floors) {
    this.costs = costs;
    this.floors = floors;
  }

  /**
   * Returns the default terms: every minute saved costs 1, no floor.
   *
   * @return the terms
   */
  public static ReductionTerms uniform() {
    return UNIFORM;
  }

  /**
   * Returns a copy in which a minute saved on one service costs another amount.
   *
   * @param service the service
   * @param costPerMinute the relative cost of one minute saved, 1 to {@value #MAX_COST_PER_MINUTE}
   * @return the terms
   * @throws NullPointerException if {@code service} is null
   * @throws IllegalArgumentException if {@code costPerMinute} is out of range
   */
  public ReductionTerms withCostPerMinute(ServiceId service, long costPerMinute) {
    Objects.requireNonNull(service, "service");
    if (costPerMinute < 1 || costPerMinute > MAX_COST_PER_MINUTE) {
      throw new IllegalArgumentException("costPerMinute must be within [1, " + MAX_COST_PER_MINUTE + "] for service "
          + service + " (was " + costPerMinute + ")");
    }
    Map<ServiceId, Long> copy = new HashMap<>(costs);
    copy.put(service, costPerMinute);
    return new ReductionTerms(Map.copyOf(copy), floors);
  }

  /**
   * Returns a copy in which one service's own recovery cannot shrink below a floor.
   *
   * @param service the service
   * @param floor the shortest own recovery possible, zero to 36,525 days; a floor above the
   *     service's current time means no reduction at all
   * @return the terms
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code floor} is negative or too long
   */
  public ReductionTerms withFloor(ServiceId service, Duration floor) {
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(floor, "floor");
    if (floor.isNegative() || floor.compareTo(Service.MAX_DURATION) > 0) {
      throw new IllegalArgumentException("floor must be within [0, 36525 days] for service " + service + " (was " + floor + ")");
    }
    Map<ServiceId, Duration> copy = new HashMap<>(floors);
    copy.put(service, floor);
    return new ReductionTerms(costs, Map.copyOf(copy));
  }

  /**
   * Returns what a minute saved on a service costs.
   *
   * @param service the service
   * @return 1 unless set
   * @throws NullPointerException if {@code service} is null
   */
  public long costPerMinute(ServiceId service) {
    Objects.requireNonNull(service, "service");
    return costs.getOrDefault(service, 1L);
  }

  /**
   * Returns the floor of a service's own recovery.
   *
   * @param service the service
   * @return zero unless set
   * @throws NullPointerException if {@code service} is null
   */
  public Duration floor(ServiceId service) {
    Objects.requireNonNull(service, "service");
    return floors.getOrDefault(service, Duration.ZERO);
  }

  /**
   * Returns the services with a cost or floor set, for checking them against a plan.
   *
   * @return the services, in no particular order
   */
  Iterable<ServiceId> named() {
    java.util.Set<ServiceId> all = new java.util.HashSet<>(costs.keySet());
    all.addAll(floors.keySet());
    return all;
  }
}

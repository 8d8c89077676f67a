package io.github.ctokit.core.continuity;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An edge of the dependency graph: the owning service needs {@link #service()} recovered first.
 *
 * <p>A {@linkplain #consistencyCoupled() consistency-coupled} dependency shares data that must be
 * restored to one consistent point (an orders database and its payment ledger): the owner's
 * achievable recovery point is then no better than the dependency's. Immutable.
 */
public final class Dependency {

  private final ServiceId service;
  private final boolean consistencyCoupled;

  private Dependency(ServiceId service, boolean consistencyCoupled) {
    this.service = service;
    this.consistencyCoupled = consistencyCoupled;
  }

  /**
   * Returns a dependency that is not consistency-coupled.
   *
   * @param service the service needed first
   * @return the dependency
   * @throws NullPointerException if {@code service} is null
   */
  public static Dependency on(ServiceId service) {
    return new Dependency(Objects.requireNonNull(service, "service"), false);
  }

  /**
   * Returns a consistency-coupled dependency.
   *
   * @param service the service needed first, whose data must be restored to the same point
   * @return the dependency
   * @throws NullPointerException if {@code service} is null
   */
  public static Dependency coupled(ServiceId service) {
    return new Dependency(Objects.requireNonNull(service, "service"), true);
  }

  /**
   * Returns the service needed first.
   *
   * @return the dependency's target
   */
  public ServiceId service() {
    return service;
  }

  /**
   * Tells whether the two services' data must be restored to one consistent point.
   *
   * @return true if consistency-coupled
   */
  public boolean consistencyCoupled() {
    return consistencyCoupled;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Dependency other && other.service.equals(service) && other.consistencyCoupled == consistencyCoupled;
  }

  @Override
  public int hashCode() {
    return service.hashCode() * 2 + (consistencyCoupled ? 1 : 0);
  }

  /** Returns {@code "svc:db"} or {@code "svc:db (coupled)"}. */
  @Override
  public String toString() {
    return consistencyCoupled ? service + " (coupled)" : service.toString();
  }
}

package io.github.ctokit.core.continuity;

import io.github.ctokit.core.RoleId;
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
 * A disaster-recovery plan: the {@link Service}s and their dependency graph, the
 * {@link BusinessProcess}es that use them, and the {@link DrillRecord}s that are its evidence.
 *
 * <p>Building a plan checks each value on its own; whole-model rules are checked by
 * {@link #validator()}, which reports every problem at once with a stable code and a path:
 *
 * <table>
 *   <caption>Validation rules</caption>
 *   <tr><th>code</th><th>severity</th><th>path</th><th>rule</th></tr>
 *   <tr><td>{@code continuity.duplicate-id}</td><td>error</td><td>{@code services[i].id}, {@code processes[i].id}</td><td>ids are unique</td></tr>
 *   <tr><td>{@code continuity.unknown-service}</td><td>error</td><td>{@code services[i].dependencies[j]}, {@code processes[i].services[j]}, {@code drills[i].results[j].service}</td><td>every reference names a service of the plan</td></tr>
 *   <tr><td>{@code continuity.duplicate-dependency}</td><td>warning</td><td>{@code services[i].dependencies[j]}</td><td>a service lists a dependency once</td></tr>
 *   <tr><td>{@code continuity.dependency-cycle}</td><td>error</td><td>{@code services[i]}, the cycle's first service in plan order</td><td>dependencies form no cycle; the message lists the cycle's path</td></tr>
 *   <tr><td>{@code continuity.rto-exceeds-mtpd}</td><td>error</td><td>{@code services[i].targets.rto}, {@code processes[i].targets.rto}</td><td>RTO ≤ MTPD (stated or from the impact curve)</td></tr>
 *   <tr><td>{@code continuity.missing-target}</td><td>error</td><td>{@code services[i].targets.rto}, {@code services[i].targets.rpo}</td><td>tiers 1 and 2 state an RTO and an RPO</td></tr>
 * </table>
 *
 * <p>Negative durations never reach the validator: each value rejects them when built.
 *
 * <pre>{@code
 * DrPlan plan = DrPlan.builder().addServices(idp, ledger, portal).build();
 * ValidationResult result = DrPlan.validator().validate(plan);
 * result.errors();   // every problem, with its path and code
 * }</pre>
 */
@Value.Immutable
public abstract class DrPlan implements WithDrPlan {

  DrPlan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DrPlan}; every list may be empty. */
  public static final class Builder extends ImmutableDrPlan.Builder {
    Builder() {}
  }

  /**
   * Returns the validator of the whole-model rules listed above.
   *
   * @return a stateless, thread-safe validator
   */
  public static Validator<DrPlan> validator() {
    return PlanValidator.INSTANCE;
  }

  /**
   * Returns the services, in the order given.
   *
   * @return the services
   */
  public abstract List<Service> services();

  /**
   * Returns the business processes.
   *
   * @return the processes
   */
  public abstract List<BusinessProcess> processes();

  /**
   * Returns the drill records.
   *
   * @return the drills, in any order
   */
  public abstract List<DrillRecord> drills();

  /**
   * Returns how many recoveries each crew can run at once. A service is recovered by the crew of
   * its {@link Service#owner()} role; a role without a limit is unconstrained. The assessment
   * warns when the recovery schedule needs more of a crew at once than its limit.
   *
   * @return the limits, each 1 to 10,000
   */
  public abstract Map<RoleId, Integer> crewLimits();

  @Value.Check
  final void checkCrewLimits() {
    for (Map.Entry<RoleId, Integer> e : crewLimits().entrySet()) {
      if (e.getValue() < 1 || e.getValue() > 10_000) {
        throw new IllegalArgumentException("crewLimits[" + e.getKey() + "] must be within [1, 10000] (was " + e.getValue() + ")");
      }
    }
  }

  /**
   * Finds a service by id; with duplicate ids, the first wins.
   *
   * @param id the service id
   * @return the service, or empty
   * @throws NullPointerException if {@code id} is null
   */
  public final Optional<Service> service(ServiceId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(index().get(id));
  }

  @Value.Lazy
  Map<ServiceId, Service> index() {
    Map<ServiceId, Service> index = new HashMap<>(services().size() * 2);
    for (Service s : services()) {
      index.putIfAbsent(s.id(), s);
    }
    return Collections.unmodifiableMap(index);
  }

  /**
   * Validates this plan; shorthand for {@code DrPlan.validator().validate(this)}.
   *
   * @return every violation found
   */
  public final ValidationResult validate() {
    return validator().validate(this);
  }
}

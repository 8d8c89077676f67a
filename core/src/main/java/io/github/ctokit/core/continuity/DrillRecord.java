package io.github.ctokit.core.continuity;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The record of one recovery drill (or real incident): the
 * {@link #scenario()}, its {@link #type()} (tabletop to full interruption), the
 * {@link DisruptionType} simulated, the day it took place, its scope (the services of its
 * {@link #results()}, each with the recovery time and point it achieved), the
 * {@link #remediation()} items it raised with their due dates, and references to its
 * {@link #evidence()}.
 *
 * <pre>{@code
 * DrillRecord drill = DrillRecord.builder()
 *     .scenario("eu-west-1 lost").type(DrillType.PARALLEL)
 *     .date(LocalDate.of(2027, 1, 15)).disruption(DisruptionType.REGION)
 *     .addResults(DrillResult.builder().service(ServiceId.of("orders-db"))
 *         .achievedRecoveryTime(Duration.ofMinutes(50)).achievedRecoveryPoint(Duration.ofMinutes(4)).passed(true).build())
 *     .addRemediation(RemediationItem.builder().title("script the replica promotion").due(LocalDate.of(2027, 3, 1)).build())
 *     .addEvidence("JIRA:DR-118")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DrillRecord implements WithDrillRecord {

  DrillRecord() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DrillRecord}; type, date, disruption and at least one result are required. */
  public static final class Builder extends ImmutableDrillRecord.Builder {
    Builder() {}
  }

  /**
   * Returns the scenario exercised, such as "eu-west-1 lost"; not personal data.
   *
   * @return the scenario, 1 to 500 characters, or empty
   */
  public abstract Optional<String> scenario();

  /**
   * Returns how the drill was run.
   *
   * @return the drill type
   */
  public abstract DrillType type();

  /**
   * Returns the day the drill took place (its effective date, not the day it was recorded).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the disruption simulated.
   *
   * @return the disruption type
   */
  public abstract DisruptionType disruption();

  /**
   * Returns what each service in scope achieved; the scope is the services of these results.
   *
   * @return at least one result, one per service
   */
  public abstract List<DrillResult> results();

  /**
   * Returns the remediation items the drill raised.
   *
   * @return the items; may be empty
   */
  public abstract List<RemediationItem> remediation();

  /**
   * Returns references to the evidence (report ids, ticket keys, document links); not personal data.
   *
   * @return the references, each 1 to 500 characters; may be empty
   */
  public abstract List<String> evidence();

  /**
   * Returns the services in scope.
   *
   * @return the services of {@link #results()}, in order
   */
  public final List<ServiceId> scope() {
    return results().stream().map(DrillResult::service).toList();
  }

  /**
   * Returns the result of one service.
   *
   * @param service a service
   * @return its result, or empty if the service was not in scope
   * @throws NullPointerException if {@code service} is null
   */
  public final Optional<DrillResult> result(ServiceId service) {
    Objects.requireNonNull(service, "service");
    for (DrillResult r : results()) {
      if (r.service().equals(service)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  final void check() {
    if (results().isEmpty()) {
      throw new IllegalArgumentException("results must not be empty (a drill covers at least one service)");
    }
    Set<ServiceId> seen = new HashSet<>();
    for (DrillResult r : results()) {
      if (!seen.add(r.service())) {
        throw new IllegalArgumentException("results must name each service once (was '" + r.service() + "' twice)");
      }
    }
    scenario().ifPresent(s -> text("scenario", s));
    for (int i = 0; i < evidence().size(); i++) {
      text("evidence[" + i + "]", evidence().get(i));
    }
  }

  private static void text(String field, String value) {
    if (value.isBlank() || value.length() > 500) {
      throw new IllegalArgumentException(field + " must be non-blank and at most 500 characters (had " + value.length() + ")");
    }
  }
}

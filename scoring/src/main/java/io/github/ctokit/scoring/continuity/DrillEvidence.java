package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.DrillRecord;
import io.github.ctokit.core.continuity.DrillResult;
import io.github.ctokit.core.continuity.ServiceId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A service's drill evidence for the assessed disruption type: the latest drill on or before
 * {@code asOf} whose scope includes the service and whose type counts as evidence (see
 * {@link ContinuityAssessment#withMinimumDrillType}), its freshness (fresh iff {@code date + validity ≥ asOf}) and its
 * {@link DrillStatus}. Immutable.
 */
public final class DrillEvidence {

  private final ServiceId service;
  private final Optional<DrillRecord> latest;
  private final Optional<DrillResult> result;
  private final Optional<LocalDate> freshUntil;
  private final DrillStatus status;
  private final long daysUntilStale;

  DrillEvidence(ServiceId service, Optional<DrillRecord> latest, Optional<DrillResult> result,
      Optional<LocalDate> freshUntil, DrillStatus status, long daysUntilStale) {
    this.result = result;
    this.service = service;
    this.latest = latest;
    this.freshUntil = freshUntil;
    this.status = status;
    this.daysUntilStale = daysUntilStale;
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
   * Returns the latest drill of the disruption type on or before {@code asOf}.
   *
   * @return the drill, or empty if never drilled
   */
  public Optional<DrillRecord> latest() {
    return latest;
  }

  /**
   * Returns what the service achieved in the latest drill.
   *
   * @return its result in {@link #latest()}, or empty if never drilled
   */
  public Optional<DrillResult> result() {
    return result;
  }

  /**
   * Returns the last day the latest drill counts as fresh: its date plus the tier's validity.
   *
   * @return the date, or empty if never drilled
   */
  public Optional<LocalDate> freshUntil() {
    return freshUntil;
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public DrillStatus status() {
    return status;
  }

  /**
   * Returns the days from {@code asOf} to {@link #freshUntil()}: 0 on the last fresh day,
   * negative once stale; 0 if never drilled.
   *
   * @return the number of days
   */
  public long daysUntilStale() {
    return daysUntilStale;
  }

  /** Returns {@code "ledger: PASSED (2027-01-15, fresh until 2027-04-15)"}. */
  @Override
  public String toString() {
    return service + ": " + status + latest.map(d -> " (" + d.date() + ", fresh until " + freshUntil.orElseThrow() + ")").orElse("");
  }
}

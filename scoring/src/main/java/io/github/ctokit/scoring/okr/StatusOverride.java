package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.okr.ObjectiveId;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A manual status set by a person for an objective (Perdoo, Lattice, operately let owners do this):
 * it wins over the computed own status, feeds the status rollup of the objectives above, and is
 * shown next to the computed status in the explanation. Under {@link OverrideExpiry#ON_NEWER_CHECK_IN}
 * (the default, ServiceNow's rule) a check-in on one of the objective's key results after the
 * override's date drops it. Immutable.
 *
 * <pre>{@code
 * StatusOverride o = StatusOverride.of(ObjectiveId.of("O-platform"), OkrStatus.AT_RISK,
 *     RoleId.of("role-vp-eng"), LocalDate.of(2027, 2, 10), "vendor contract slipped to May");
 * OkrRollup.using(policy).withStatusOverrides(List.of(o)).evaluate(graph, asOf);
 * }</pre>
 */
public final class StatusOverride {

  private final ObjectiveId objective;
  private final OkrStatus status;
  private final RoleId author;
  private final LocalDate date;
  private final String reason;

  private StatusOverride(ObjectiveId objective, OkrStatus status, RoleId author, LocalDate date, String reason) {
    this.objective = objective;
    this.status = status;
    this.author = author;
    this.date = date;
    this.reason = reason;
  }

  /**
   * Returns an override.
   *
   * @param objective the objective overridden
   * @param status the status to show; not {@link OkrStatus#NO_DATA}
   * @param author the role of the person who set it
   * @param date the day it was set; it applies from that day on
   * @param reason why, free text (never put in messages or {@code toString}); not blank
   * @return the override
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code status} is {@code NO_DATA} or {@code reason} is blank
   */
  public static StatusOverride of(ObjectiveId objective, OkrStatus status, RoleId author, LocalDate date, String reason) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(reason, "reason");
    if (status == OkrStatus.NO_DATA) {
      throw new IllegalArgumentException("override status must not be NO_DATA (objective " + objective + ")");
    }
    if (reason.isBlank()) {
      throw new IllegalArgumentException("override reason must not be blank (objective " + objective + ")");
    }
    return new StatusOverride(objective, status, author, date, reason);
  }

  /**
   * Returns the objective overridden.
   *
   * @return the objective id
   */
  public ObjectiveId objective() {
    return objective;
  }

  /**
   * Returns the status set.
   *
   * @return the status, never {@code NO_DATA}
   */
  public OkrStatus status() {
    return status;
  }

  /**
   * Returns the role of the person who set it.
   *
   * @return the role
   */
  public RoleId author() {
    return author;
  }

  /**
   * Returns the day it was set.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the reason given. Free text: never put in messages or logs.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof StatusOverride other && other.objective.equals(objective) && other.status == status
        && other.author.equals(author) && other.date.equals(date) && other.reason.equals(reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(objective, status, author, date, reason);
  }

  /** Returns the override without its reason, such as {@code O-platform→AT_RISK by role-vp-eng on 2027-02-10}. */
  @Override
  public String toString() {
    return objective + "→" + status + " by " + author + " on " + date;
  }
}

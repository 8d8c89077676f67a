package io.github.ctokit.core.risk;

import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of a decision to accept (retain) a risk: who approved it, why, when, and until when.
 *
 * <p>An acceptance should expire: the register's validator reports an acceptance with no
 * {@link #expiry()} and one whose expiry has passed as of the validation date (the acceptance
 * holds through its expiry day and lapses the day after).
 *
 * <pre>{@code
 * Acceptance accepted = Acceptance.builder().approver(RoleId.of("ROLE-cfo"))
 *     .justification("Replacement budgeted for Q3")
 *     .acceptedOn(LocalDate.of(2027, 1, 15)).expiry(LocalDate.of(2027, 9, 30)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class Acceptance {

  Acceptance() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Acceptance}; {@code approver}, {@code justification} and {@code acceptedOn} are required. */
  public static final class Builder extends ImmutableAcceptance.Builder {
    Builder() {}
  }

  /**
   * Returns the role that approved the acceptance.
   *
   * @return the approver
   */
  public abstract RoleId approver();

  /**
   * Returns why the risk is accepted. Free text: redacted from {@code toString()}.
   *
   * @return a non-blank justification
   */
  @Value.Redacted
  public abstract String justification();

  /**
   * Returns the day the acceptance was approved.
   *
   * @return the date
   */
  public abstract LocalDate acceptedOn();

  /**
   * Returns the last day the acceptance holds.
   *
   * @return the expiry, on or after {@link #acceptedOn()}, or empty if none was set (a finding)
   */
  public abstract Optional<LocalDate> expiry();

  /**
   * Tells whether the acceptance has lapsed on a date.
   *
   * @param asOf the date to judge on
   * @return true if there is an expiry and {@code asOf} is after it
   */
  public final boolean isExpired(LocalDate asOf) {
    return expiry().map(asOf::isAfter).orElse(false);
  }

  @Value.Check
  final void check() {
    if (justification().isBlank()) {
      throw new IllegalArgumentException("justification must not be blank (approver " + approver() + ")");
    }
    expiry().ifPresent(e -> Checks.requireNotAfter("acceptedOn", acceptedOn(), "expiry", e));
  }
}

package io.github.ctokit.core.continuity;

import io.github.ctokit.core.RoleId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something a drill showed must be fixed, with a due date: "automate the DNS cut-over", "add the
 * ledger to the replication group". Overdue when still open after its due date.
 *
 * <pre>{@code
 * RemediationItem item = RemediationItem.builder().title("automate the DNS cut-over")
 *     .due(LocalDate.of(2027, 4, 30)).owner(RoleId.of("ROLE-sre-lead")).build();
 * item.isOverdue(LocalDate.of(2027, 5, 2));   // true while not closed
 * }</pre>
 */
@Value.Immutable
public abstract class RemediationItem implements WithRemediationItem {

  RemediationItem() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemediationItem}; title and due date are required. */
  public static final class Builder extends ImmutableRemediationItem.Builder {
    Builder() {}
  }

  /**
   * Returns what must be done; a description of work, not personal data.
   *
   * @return 1 to 500 characters, not blank
   */
  public abstract String title();

  /**
   * Returns the day by which it must be done.
   *
   * @return the due date
   */
  public abstract LocalDate due();

  /**
   * Returns the day it was done.
   *
   * @return the closing date, or empty while open
   */
  public abstract Optional<LocalDate> closed();

  /**
   * Returns the role accountable for it.
   *
   * @return the owner role, or empty
   */
  public abstract Optional<RoleId> owner();

  /**
   * Tells whether the item is open on a date: not closed on or before it.
   *
   * @param asOf the date
   * @return true if still open on {@code asOf}
   * @throws NullPointerException if {@code asOf} is null
   */
  public final boolean isOpen(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    return closed().isEmpty() || closed().get().isAfter(asOf);
  }

  /**
   * Tells whether the item is overdue on a date: still open and its due date has passed.
   *
   * @param asOf the date
   * @return true if open on {@code asOf} and {@code due < asOf}
   * @throws NullPointerException if {@code asOf} is null
   */
  public final boolean isOverdue(LocalDate asOf) {
    return isOpen(asOf) && due().isBefore(asOf);
  }

  @Value.Check
  final void check() {
    if (title().isBlank() || title().length() > 500) {
      throw new IllegalArgumentException("title must be non-blank and at most 500 characters (had " + title().length() + ")");
    }
  }
}

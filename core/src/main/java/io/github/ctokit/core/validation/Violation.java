package io.github.ctokit.core.validation;

import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One broken rule found while validating a model: what (a stable {@link #code()}), where
 * ({@link #path()}), how serious ({@link #severity()}), and a message for people.
 *
 * <p>Codes are stable across releases and meant for programs (a vendor maps them to its own
 * error catalogue); messages are English, may be reworded, and never contain personal data.
 * Codes are lower-case words joined by dots and dashes, area first: {@code "risk.duplicate-id"},
 * {@code "okr.alignment-cycle"}.
 *
 * <pre>{@code
 * Violation v = Violation.error(
 *     ModelPath.of("risks").index(3).field("id"),
 *     "risk.duplicate-id",
 *     "id must be unique within the register (was 'R-7', also at risks[1])");
 * }</pre>
 */
@Value.Immutable
public abstract class Violation implements WithViolation {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

  Violation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}; code, path, severity and message are required. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }

  /**
   * Returns an error.
   *
   * @param path where the rule is broken
   * @param code the rule's stable code
   * @param message what is wrong: the field, the rule and the non-personal value
   * @return the violation
   */
  public static Violation error(ModelPath path, String code, String message) {
    return builder().severity(Severity.ERROR).path(path).code(code).message(message).build();
  }

  /**
   * Returns a warning.
   *
   * @param path where the rule is broken
   * @param code the rule's stable code
   * @param message what is odd: the field, the rule and the non-personal value
   * @return the violation
   */
  public static Violation warning(ModelPath path, String code, String message) {
    return builder().severity(Severity.WARNING).path(path).code(code).message(message).build();
  }

  /**
   * Returns the rule's stable code, such as {@code "risk.duplicate-id"}.
   *
   * @return lower-case words joined by dots and dashes
   */
  public abstract String code();

  /**
   * Returns where in the model the rule is broken.
   *
   * @return the path; {@link ModelPath#root()} for rules about the whole model
   */
  public abstract ModelPath path();

  /**
   * Returns how serious the violation is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Returns what is wrong, in English, naming the field, the rule and the non-personal value.
   *
   * @return a single-line message
   */
  public abstract String message();

  /**
   * Returns advice on how to fix it, if there is any ("Maybe …").
   *
   * @return the hint, or empty
   */
  public abstract Optional<String> hint();

  /**
   * Tells whether this violation is an error.
   *
   * @return true if {@link #severity()} is {@link Severity#ERROR}
   */
  public final boolean isError() {
    return severity() == Severity.ERROR;
  }

  @Value.Check
  final void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException(
          "code must be lower-case words joined by dots and dashes such as risk.duplicate-id (was '" + code() + "')");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException("message must not be blank (code " + code() + ")");
    }
  }

  /**
   * Returns one line such as {@code ERROR risks[3].id: id must be unique … [risk.duplicate-id]},
   * followed by the hint on a second line when there is one.
   */
  @Override
  public final String toString() {
    String where = path().isRoot() ? "(model)" : path().toString();
    String line = severity() + " " + where + ": " + message() + " [" + code() + "]";
    return hint().map(h -> line + "\n  " + h).orElse(line);
  }
}

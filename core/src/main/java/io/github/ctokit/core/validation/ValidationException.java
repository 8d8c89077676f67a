package io.github.ctokit.core.validation;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a model breaks one or more whole-model rules; carries every violation found.
 *
 * <p>The message lists the first {@value #LISTED} violations, one a line, so that logs stay
 * bounded however large the model; {@link #violations()} holds them all.
 */
public final class ValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** How many violations the message lists before summarising the rest. */
  public static final int LISTED = 20;

  @SuppressWarnings("serial") // ValidationResult is immutable; serialising exceptions is not supported
  private final transient ValidationResult result;

  /**
   * Creates the exception for a result with at least one error.
   *
   * @param result the validation result
   * @throws IllegalArgumentException if the result is valid
   */
  public ValidationException(ValidationResult result) {
    super(message(Objects.requireNonNull(result, "result")));
    if (result.isValid()) {
      throw new IllegalArgumentException("result must contain an error to be thrown (was " + result.summary() + ")");
    }
    this.result = result;
  }

  private static String message(ValidationResult result) {
    StringBuilder sb = new StringBuilder("model is invalid: ").append(result.summary());
    List<Violation> all = result.violations();
    for (int i = 0; i < Math.min(LISTED, all.size()); i++) {
      sb.append('\n').append(all.get(i));
    }
    if (all.size() > LISTED) {
      sb.append("\n… and ").append(all.size() - LISTED).append(" more");
    }
    return sb.toString();
  }

  /**
   * Returns the whole result.
   *
   * @return the result, errors and warnings
   */
  public ValidationResult result() {
    return result;
  }

  /**
   * Returns every violation.
   *
   * @return an unmodifiable list, in the order found
   */
  public List<Violation> violations() {
    return result.violations();
  }
}

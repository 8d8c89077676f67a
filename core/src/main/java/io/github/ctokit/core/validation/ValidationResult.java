package io.github.ctokit.core.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every {@link Violation} found by one validation, in the order found.
 *
 * <p>A model is {@linkplain #isValid() valid} when it has no errors; warnings do not make it
 * invalid. Validators report every problem in one pass, so that a vendor importing 10,000 rows
 * sees them all at once rather than one per attempt. Immutable and thread-safe.
 *
 * <pre>{@code
 * ValidationResult.Builder found = ValidationResult.builder();
 * found.error(ModelPath.of("risks").index(3), "risk.duplicate-id", "id must be unique (was 'R-7')");
 * ValidationResult result = found.build();
 * result.isValid();   // false
 * result.orThrow();   // throws ValidationException carrying every violation
 * }</pre>
 */
public final class ValidationResult {

  private static final ValidationResult VALID = new ValidationResult(List.of(), 0);

  private final List<Violation> violations;
  private final int errorCount;

  private ValidationResult(List<Violation> violations, int errorCount) {
    this.violations = violations;
    this.errorCount = errorCount;
  }

  /**
   * Returns the result with no violations.
   *
   * @return the empty result
   */
  public static ValidationResult valid() {
    return VALID;
  }

  /**
   * Returns a result holding the given violations, in iteration order.
   *
   * @param violations the violations
   * @return the result
   */
  public static ValidationResult of(Collection<Violation> violations) {
    return builder().addAll(violations).build();
  }

  /**
   * Returns a builder that collects violations.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns every violation, errors and warnings, in the order found.
   *
   * @return an unmodifiable list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the errors only.
   *
   * @return an unmodifiable list, in the order found
   */
  public List<Violation> errors() {
    return filter(Severity.ERROR);
  }

  /**
   * Returns the warnings only.
   *
   * @return an unmodifiable list, in the order found
   */
  public List<Violation> warnings() {
    return filter(Severity.WARNING);
  }

  private List<Violation> filter(Severity severity) {
    List<Violation> selected = new ArrayList<>();
    for (Violation v : violations) {
      if (v.severity() == severity) {
        selected.add(v);
      }
    }
    return Collections.unmodifiableList(selected);
  }

  /**
   * Tells whether the model has no errors; warnings are allowed.
   *
   * @return true if there is no violation of severity {@link Severity#ERROR}
   */
  public boolean isValid() {
    return errorCount == 0;
  }

  /**
   * Tells whether there is nothing at all to report.
   *
   * @return true if there are neither errors nor warnings
   */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /**
   * Throws if the model has errors.
   *
   * @return this result, when it is valid (it may still hold warnings)
   * @throws ValidationException carrying every violation, if there is at least one error
   */
  public ValidationResult orThrow() {
    if (!isValid()) {
      throw new ValidationException(this);
    }
    return this;
  }

  /**
   * Returns a result with this result's violations followed by another's.
   *
   * @param other the other result
   * @return the combined result
   */
  public ValidationResult and(ValidationResult other) {
    Objects.requireNonNull(other, "other");
    if (other.isEmpty()) {
      return this;
    }
    return isEmpty() ? other : builder().addAll(this).addAll(other).build();
  }

  /**
   * Returns a short summary, such as {@code "2 errors, 1 warning"} or {@code "valid"}.
   *
   * @return the summary
   */
  public String summary() {
    if (isEmpty()) {
      return "valid";
    }
    int warnings = violations.size() - errorCount;
    return plural(errorCount, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ValidationResult other && other.violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** Returns the summary followed by one line per violation. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(summary());
    for (Violation v : violations) {
      sb.append('\n').append(v);
    }
    return sb.toString();
  }

  /**
   * Collects violations. Not thread-safe: one builder per validation.
   *
   * <p>{@link #within(ModelPath)} and {@link #addAll(ModelPath, ValidationResult)} let a validator
   * of a whole model reuse validators of its parts, re-rooting their paths.
   */
  public static final class Builder {

    private final List<Violation> violations = new ArrayList<>();
    private int errorCount;

    private Builder() {}

    /**
     * Adds a violation.
     *
     * @param violation the violation
     * @return this builder
     */
    public Builder add(Violation violation) {
      Objects.requireNonNull(violation, "violation");
      violations.add(violation);
      if (violation.isError()) {
        errorCount++;
      }
      return this;
    }

    /**
     * Adds an error.
     *
     * @param path where the rule is broken
     * @param code the rule's stable code
     * @param message what is wrong
     * @return this builder
     */
    public Builder error(ModelPath path, String code, String message) {
      return add(Violation.error(path, code, message));
    }

    /**
     * Adds a warning.
     *
     * @param path where the rule is broken
     * @param code the rule's stable code
     * @param message what is odd
     * @return this builder
     */
    public Builder warning(ModelPath path, String code, String message) {
      return add(Violation.warning(path, code, message));
    }

    /**
     * Adds violations in iteration order.
     *
     * @param more the violations
     * @return this builder
     */
    public Builder addAll(Collection<Violation> more) {
      Objects.requireNonNull(more, "more");
      for (Violation v : more) {
        add(v);
      }
      return this;
    }

    /**
     * Adds another result's violations unchanged.
     *
     * @param result the other result
     * @return this builder
     */
    public Builder addAll(ValidationResult result) {
      Objects.requireNonNull(result, "result");
      return addAll(result.violations);
    }

    /**
     * Adds another result's violations with their paths placed under a prefix, as when a nested
     * value validated on its own is reported at {@code risks[3]}.
     *
     * @param prefix where the nested value sits in this model
     * @param nested the nested value's result
     * @return this builder
     */
    public Builder addAll(ModelPath prefix, ValidationResult nested) {
      Objects.requireNonNull(prefix, "prefix");
      Objects.requireNonNull(nested, "nested");
      for (Violation v : nested.violations) {
        add(prefix.isRoot() ? v : Violation.builder().from(v).path(prefix.resolve(v.path())).build());
      }
      return this;
    }

    /**
     * Returns a view of this builder that prefixes every path it is given, for reporting on a
     * part of the model without threading the prefix through every call.
     *
     * @param prefix where the part sits in the model
     * @return a scoped builder that adds to this one
     */
    public Scoped within(ModelPath prefix) {
      Objects.requireNonNull(prefix, "prefix");
      return new Scoped(this, prefix);
    }

    /**
     * Tells whether no error has been collected so far.
     *
     * @return true if every violation collected so far is a warning
     */
    public boolean isValidSoFar() {
      return errorCount == 0;
    }

    /**
     * Returns the result; the builder may go on collecting for another result.
     *
     * @return the result
     */
    public ValidationResult build() {
      if (violations.isEmpty()) {
        return VALID;
      }
      return new ValidationResult(Collections.unmodifiableList(new ArrayList<>(violations)), errorCount);
    }
  }

  /** A {@link Builder} seen through a path prefix; see {@link Builder#within(ModelPath)}. */
  public static final class Scoped {

    private final Builder target;
    private final ModelPath prefix;

    private Scoped(Builder target, ModelPath prefix) {
      this.target = target;
      this.prefix = prefix;
    }

    /**
     * Returns the prefix of this scope.
     *
     * @return the path every added violation is placed under
     */
    public ModelPath path() {
      return prefix;
    }

    /**
     * Adds an error at a path relative to this scope.
     *
     * @param relative the path within the scope; {@link ModelPath#root()} for the scope itself
     * @param code the rule's stable code
     * @param message what is wrong
     * @return this scope
     */
    public Scoped error(ModelPath relative, String code, String message) {
      target.error(prefix.resolve(relative), code, message);
      return this;
    }

    /**
     * Adds a warning at a path relative to this scope.
     *
     * @param relative the path within the scope; {@link ModelPath#root()} for the scope itself
     * @param code the rule's stable code
     * @param message what is odd
     * @return this scope
     */
    public Scoped warning(ModelPath relative, String code, String message) {
      target.warning(prefix.resolve(relative), code, message);
      return this;
    }

    /**
     * Returns a narrower scope.
     *
     * @param relative the path of the part within this scope
     * @return a scope whose prefix is this one's followed by {@code relative}
     */
    public Scoped within(ModelPath relative) {
      return new Scoped(target, prefix.resolve(relative));
    }
  }
}

package io.github.ctokit.core.validation;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The model is unusable as it is: engines refuse it. */
  ERROR,
  /** The model is usable but probably not what its author meant; results carry the warning. */
  WARNING
}

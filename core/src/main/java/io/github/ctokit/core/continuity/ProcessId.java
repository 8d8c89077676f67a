package io.github.ctokit.core.continuity;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a business process, such as checkout, whose tolerance of disruption bounds the services it uses.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code ProcessId.of("proc:checkout")}.
 */
public final class ProcessId extends Identifier<ProcessId> {

  private ProcessId(String value) {
    super("process id", value);
  }

  /**
   * Returns the process id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static ProcessId of(String value) {
    return new ProcessId(value);
  }
}

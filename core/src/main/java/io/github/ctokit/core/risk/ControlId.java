package io.github.ctokit.core.risk;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a control (a safeguard that reduces a risk) within a {@link RiskRegister}.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code ControlId.of("C-mfa")}.
 */
public final class ControlId extends Identifier<ControlId> {

  private ControlId(String value) {
    super("control id", value);
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static ControlId of(String value) {
    return new ControlId(value);
  }
}

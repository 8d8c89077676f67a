package io.github.ctokit.core.risk;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a risk within a {@link RiskRegister}.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code RiskId.of("R-042")}.
 */
public final class RiskId extends Identifier<RiskId> {

  private RiskId(String value) {
    super("risk id", value);
  }

  /**
   * Returns the identifier with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static RiskId of(String value) {
    return new RiskId(value);
  }
}

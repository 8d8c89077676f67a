package io.github.ctokit.core.people;

import io.github.ctokit.core.Identifier;

/**
 * Identifies an initiative.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code InitiativeId.of("initiative:INIT-checkout-v2")}.
 */
public final class InitiativeId extends Identifier<InitiativeId> {

  private InitiativeId(String value) {
    super("initiative id", value);
  }

  /**
   * Returns the initiative id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static InitiativeId of(String value) {
    return new InitiativeId(value);
  }
}

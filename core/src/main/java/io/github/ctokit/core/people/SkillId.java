package io.github.ctokit.core.people;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a skill in an organisation's skill catalogue.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code SkillId.of("backend")}.
 */
public final class SkillId extends Identifier<SkillId> {

  private SkillId(String value) {
    super("skill id", value);
  }

  /**
   * Returns the skill id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static SkillId of(String value) {
    return new SkillId(value);
  }
}

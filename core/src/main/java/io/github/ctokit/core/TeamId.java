package io.github.ctokit.core;

/**
 * Identifies a team: a group of people with shared capacity and objectives.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code TeamId.of("team:payments")}.
 */
public final class TeamId extends Identifier<TeamId> {

  private TeamId(String value) {
    super("team id", value);
  }

  /**
   * Returns the team id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static TeamId of(String value) {
    return new TeamId(value);
  }
}

package io.github.ctokit.core.risk.fair;

import io.github.ctokit.core.Identifier;

/**
 * Identifies a {@link LossScenario} within a {@link LossPortfolio}. The simulation derives each
 * scenario's random streams from its id, so a scenario keeps its numbers when others are added,
 * removed or reordered.
 *
 * <p>Rules and ordering: see {@link Identifier}. Example: {@code ScenarioId.of("ransomware")}.
 */
public final class ScenarioId extends Identifier<ScenarioId> {

  private ScenarioId(String value) {
    super("scenario id", value);
  }

  /**
   * Returns the scenario id with the given value.
   *
   * @param value 1 to 128 ASCII letters, digits and {@code - _ . : /}, starting with a letter or digit
   * @return the identifier
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} breaks the identifier rules
   */
  public static ScenarioId of(String value) {
    return new ScenarioId(value);
  }
}

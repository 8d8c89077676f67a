package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.internal.Checks;

/**
 * One point of a loss exceedance curve: the probability that a year's loss exceeds an amount.
 *
 * @param amount the loss amount, in the portfolio's currency
 * @param probability {@code P(L > amount)}, within [0, 1]
 */
public record ExceedancePoint(double amount, double probability) {

  /**
   * Checks the point.
   *
   * @param amount the loss amount, finite
   * @param probability within [0, 1]
   * @throws IllegalArgumentException if a value is out of range
   */
  public ExceedancePoint {
    Checks.requireFinite("amount", amount);
    Checks.requireWithin("probability", probability, 0, 1);
  }
}

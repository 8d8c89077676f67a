package io.github.ctokit.scoring.forecast;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One cut-off of a {@link Backtest}: the forecast made with the history known then, and what
 * happened. Immutable.
 */
public final class BacktestPoint {

  private final LocalDate cutoff;
  private final long forecastItems;
  private final long actualItems;
  private final Optional<String> skipped;

  BacktestPoint(LocalDate cutoff, long forecastItems, long actualItems, Optional<String> skipped) {
    this.cutoff = cutoff;
    this.forecastItems = forecastItems;
    this.actualItems = actualItems;
    this.skipped = skipped;
  }

  /**
   * Returns the cut-off: the forecast used only periods ending on or before it.
   *
   * @return the date
   */
  public LocalDate cutoff() {
    return cutoff;
  }

  /**
   * Tells whether this cut-off was evaluated.
   *
   * @return false if it was skipped (see {@link #skippedBecause()})
   */
  public boolean evaluated() {
    return skipped.isEmpty();
  }

  /**
   * Returns the items forecast at the backtest's level ("at least X").
   *
   * @return zero or more; 0 if skipped
   */
  public long forecastItems() {
    return forecastItems;
  }

  /**
   * Returns the items actually finished in the test window.
   *
   * @return zero or more; 0 if skipped
   */
  public long actualItems() {
    return actualItems;
  }

  /**
   * Tells whether the forecast held: at least the forecast number of items was finished.
   *
   * @return true if evaluated and {@code actualItems ≥ forecastItems}
   */
  public boolean hit() {
    return evaluated() && actualItems >= forecastItems;
  }

  /**
   * Returns why the cut-off was skipped.
   *
   * @return the reason, or empty if it was evaluated
   */
  public Optional<String> skippedBecause() {
    return skipped;
  }

  /** Returns the cut-off and the outcome, such as {@code 2027-03-01: forecast ≥ 12, actual 15, hit}. */
  @Override
  public String toString() {
    return cutoff + ": " + skipped.map(s -> "skipped, " + s)
        .orElse("forecast ≥ " + forecastItems + ", actual " + actualItems + (hit() ? ", hit" : ", miss"));
  }
}

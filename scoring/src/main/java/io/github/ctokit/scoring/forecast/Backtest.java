package io.github.ctokit.scoring.forecast;

import io.github.ctokit.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * How a forecast would have fared in the past: at each cut-off date the history known then
 * forecasts "how many items in the next periods" at a confidence level, and the forecast is a hit
 * when at least that many items were in fact finished. A well-calibrated 85 % forecast hits about
 * 85 % of the time; far fewer means the past is a poor guide (a process change, a mixed work
 * type), far more means the forecast is too timid. Immutable.
 */
public final class Backtest {

  private final double level;
  private final int periods;
  private final List<BacktestPoint> points;

  Backtest(double level, int periods, List<BacktestPoint> points) {
    this.level = level;
    this.periods = periods;
    this.points = points;
  }

  /**
   * Returns the confidence level tested.
   *
   * @return within [0, 1], 0.85 by default
   */
  public double level() {
    return level;
  }

  /**
   * Returns the length of each test window in history periods.
   *
   * @return 1 or more
   */
  public int periods() {
    return periods;
  }

  /**
   * Returns every cut-off, evaluated or skipped, in the order given.
   *
   * @return an unmodifiable list
   */
  public List<BacktestPoint> points() {
    return points;
  }

  /**
   * Returns the number of cut-offs evaluated.
   *
   * @return zero or more
   */
  public int evaluated() {
    return (int) points.stream().filter(BacktestPoint::evaluated).count();
  }

  /**
   * Returns the number of hits.
   *
   * @return zero or more
   */
  public int hits() {
    return (int) points.stream().filter(BacktestPoint::hit).count();
  }

  /**
   * Returns the share of evaluated cut-offs whose forecast held.
   *
   * @return within [0, 1], or empty if no cut-off could be evaluated
   */
  public OptionalDouble hitRate() {
    int n = evaluated();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) hits() / n);
  }

  /**
   * Returns a summary line, such as {@code 85 % forecasts of 10 periods: 17 of 20 held (85.0 %)}.
   *
   * @return the text
   */
  public String explain() {
    String rate = hitRate().isPresent() ? String.format(Locale.ROOT, " (%.1f %%)", hitRate().getAsDouble() * 100) : "";
    return Checks.format(level * 100) + " % forecasts of " + periods + " periods: " + hits() + " of " + evaluated()
        + " held" + rate + (evaluated() < points.size() ? ", " + (points.size() - evaluated()) + " skipped" : "");
  }

  /** Returns {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}

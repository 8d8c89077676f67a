package io.github.ctokit.scoring.staffing;

import io.github.ctokit.core.internal.Checks;
import java.time.Duration;
import java.util.Locale;

/**
 * The fewest agents that meet a service-level target, and the roster that covers shrinkage.
 * Immutable.
 */
public final class StaffingPlan {

  private final double target;
  private final Duration within;
  private final double shrinkage;
  private final QueueMetrics metrics;

  StaffingPlan(double target, Duration within, double shrinkage, QueueMetrics metrics) {
    this.target = target;
    this.within = within;
    this.shrinkage = shrinkage;
    this.metrics = metrics;
  }

  /**
   * Returns the agents needed on the queue at the same time.
   *
   * @return the smallest N with service level ≥ target
   */
  public int agents() {
    return metrics.agents();
  }

  /**
   * Returns the agents to roster so that {@link #agents()} are available after shrinkage
   * (breaks, leave, training): {@code ⌈agents/(1 − shrinkage)⌉}.
   *
   * @return at least {@link #agents()}
   */
  public int rostered() {
    double r = metrics.agents() / (1 - shrinkage);
    double nearest = Math.rint(r);
    return (int) (Math.abs(r - nearest) < 1e-9 ? nearest : Math.ceil(r));
  }

  /**
   * Returns the service-level target.
   *
   * @return within (0, 1)
   */
  public double target() {
    return target;
  }

  /**
   * Returns the answer time of the target.
   *
   * @return the duration
   */
  public Duration within() {
    return within;
  }

  /**
   * Returns the shrinkage used for the roster.
   *
   * @return within [0, 1)
   */
  public double shrinkage() {
    return shrinkage;
  }

  /**
   * Returns the queue's figures with {@link #agents()} agents.
   *
   * @return the metrics
   */
  public QueueMetrics metrics() {
    return metrics;
  }

  /**
   * Returns the service level achieved within the target's answer time.
   *
   * @return at least {@link #target()}
   */
  public double achieved() {
    return metrics.serviceLevel(within);
  }

  /**
   * Returns a summary line.
   *
   * @return the text
   */
  public String explain() {
    return String.format(Locale.ROOT, "%d agents for %s %% within %s (achieved %.1f %%), %d rostered at %s %% shrinkage; %s",
        agents(), Checks.format(target * 100), Checks.format(within), achieved() * 100, rostered(), Checks.format(shrinkage * 100), metrics);
  }

  /** Returns {@link #explain()}. */
  @Override
  public String toString() {
    return explain();
  }
}

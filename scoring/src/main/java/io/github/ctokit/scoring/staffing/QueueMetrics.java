package io.github.ctokit.scoring.staffing;

import io.github.ctokit.core.internal.Checks;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How an Erlang C (M/M/N) queue performs with a given number of agents. Immutable.
 *
 * <p>With offered load {@code A = λ·AHT} Erlangs and {@code N} agents: the queue is stable when
 * {@code N > A}; then {@code P_wait = C(N, A)}, the Erlang C formula; the service level within
 * {@code t} is {@code 1 − P_wait·e^(−(N−A)·t/AHT)}; the average speed of answer is
 * {@code P_wait·AHT/(N − A)}; occupancy is {@code A/N}. An unstable queue ({@code N ≤ A}) grows
 * without bound: every call waits ({@code P_wait = 1}), the service level is 0, the average speed
 * of answer has no value and occupancy is 1.
 */
public final class QueueMetrics {

  private final int agents;
  private final double load;
  private final double ahtSeconds;
  private final double erlangB;
  private final double waiting;

  QueueMetrics(int agents, double load, double ahtSeconds, double erlangB, double waiting) {
    this.agents = agents;
    this.load = load;
    this.ahtSeconds = ahtSeconds;
    this.erlangB = erlangB;
    this.waiting = waiting;
  }

  /**
   * Returns the number of agents.
   *
   * @return 1 or more
   */
  public int agents() {
    return agents;
  }

  /**
   * Returns the offered load in Erlangs.
   *
   * @return zero or more
   */
  public double offeredLoad() {
    return load;
  }

  /**
   * Tells whether the queue is stable: more agents than Erlangs of load.
   *
   * @return true if {@code agents > offeredLoad}
   */
  public boolean isStable() {
    return agents > load;
  }

  /**
   * Returns the Erlang B blocking probability of the same load and agents (the loss system).
   *
   * @return within [0, 1]
   */
  public double erlangB() {
    return erlangB;
  }

  /**
   * Returns the probability that a call waits: Erlang C.
   *
   * @return within [0, 1]; 1 if unstable
   */
  public double probabilityOfWaiting() {
    return waiting;
  }

  /**
   * Returns the share of calls answered within a time.
   *
   * @param within the answer time, zero or more
   * @return within [0, 1]; 0 if unstable
   * @throws NullPointerException if {@code within} is null
   * @throws IllegalArgumentException if {@code within} is negative
   */
  public double serviceLevel(Duration within) {
    Objects.requireNonNull(within, "within");
    if (within.isNegative()) {
      throw new IllegalArgumentException("within must be zero or more (was " + within + ")");
    }
    if (!isStable()) {
      return 0;
    }
    double t = within.toNanos() / 1e9;
    return Math.max(0, Math.min(1, 1 - waiting * Math.exp(-(agents - load) * t / ahtSeconds)));
  }

  /**
   * Returns the average speed of answer (mean wait over all calls), in seconds.
   *
   * @return zero or more, or empty if the queue is unstable
   */
  public Optional<Double> averageSpeedOfAnswerSeconds() {
    return isStable() ? Optional.of(waiting * ahtSeconds / (agents - load)) : Optional.empty();
  }

  /**
   * Returns the average speed of answer, rounded to the nearest millisecond.
   *
   * @return the duration, or empty if the queue is unstable
   */
  public Optional<Duration> averageSpeedOfAnswer() {
    return averageSpeedOfAnswerSeconds().map(s -> Duration.ofMillis(Math.round(s * 1000)));
  }

  /**
   * Returns the agents' occupancy: the share of their time spent handling calls.
   *
   * @return {@code offeredLoad/agents}, at most 1
   */
  public double occupancy() {
    return Math.min(1, load / agents);
  }

  /** Returns the figures in one line, such as {@code 3 agents, A = 1 E: P(wait) 9.09 %, ASA 81.8 s, occupancy 33.3 %}. */
  @Override
  public String toString() {
    String asa = averageSpeedOfAnswerSeconds().map(s -> String.format(Locale.ROOT, "%.1f s", s)).orElse("unbounded");
    return String.format(Locale.ROOT, "%d agents, A = %s E: P(wait) %.2f %%, ASA %s, occupancy %.1f %%", agents,
        Checks.format(load), waiting * 100, asa, occupancy() * 100);
  }
}

package io.github.ctokit.scoring.staffing;

import io.github.ctokit.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * The entry point of queue staffing: Erlang C (M/M/N, Poisson arrivals, exponential handle
 * times, no abandonment) for support desks and on-call rotations.
 *
 * <p>Numerically stable for any size: Erlang B by the recurrence {@code B₀ = 1,
 * B_k = A·B_{k−1}/(k + A·B_{k−1})}, then {@code C = N·B_N/(N − A·(1 − B_N))} (REFERENCES §5.6), so
 * there is no factorial or power to overflow at hundreds or thousands of agents. Erlang A
 * (abandonment) is not modelled: with impatient callers Erlang C overstates the agents needed.
 *
 * <pre>{@code
 * QueueStaffing onCall = QueueStaffing.of(2, Duration.ofMinutes(30));   // 2 pages an hour, 30 min each: A = 1
 * onCall.metrics(3).probabilityOfWaiting();                              // 0.0909
 * StaffingPlan plan = QueueStaffing.of(200, Duration.ofMinutes(3))
 *     .withShrinkage(0.3).staffFor(0.8, Duration.ofSeconds(20));       // 80 % answered within 20 s
 * plan.agents();  plan.rostered();
 * }</pre>
 */
public final class QueueStaffing {

  /** The most agents considered. */
  public static final int MAX_AGENTS = 1_000_000;

  /** The largest offered load accepted, in Erlangs. */
  public static final double MAX_LOAD = 500_000;

  private final double arrivalsPerHour;
  private final double ahtSeconds;
  private final double load;
  private final double shrinkage;

  private QueueStaffing(double arrivalsPerHour, double ahtSeconds, double shrinkage) {
    this.arrivalsPerHour = arrivalsPerHour;
    this.ahtSeconds = ahtSeconds;
    this.load = arrivalsPerHour * ahtSeconds / 3600;
    this.shrinkage = shrinkage;
  }

  /**
   * Returns the queue with the given arrival rate and average handle time, and no shrinkage.
   *
   * @param arrivalsPerHour calls (tickets, pages) arriving per hour, zero or more
   * @param averageHandleTime the mean time an agent spends per call, more than zero
   * @return the engine
   * @throws NullPointerException if {@code averageHandleTime} is null
   * @throws IllegalArgumentException if a value is out of range, or the load exceeds {@value #MAX_LOAD} Erlangs
   */
  public static QueueStaffing of(double arrivalsPerHour, Duration averageHandleTime) {
    double rate = Checks.requireNonNegative("arrivalsPerHour", arrivalsPerHour);
    Objects.requireNonNull(averageHandleTime, "averageHandleTime");
    if (averageHandleTime.isNegative() || averageHandleTime.isZero() || averageHandleTime.getSeconds() > 365L * 86_400) {
      throw new IllegalArgumentException(
          "averageHandleTime must be more than zero and at most 365 days (was " + averageHandleTime + ")");
    }
    double aht = averageHandleTime.toNanos() / 1e9;
    double load = rate * aht / 3600;
    if (load > MAX_LOAD) {
      throw new IllegalArgumentException("offered load must be at most " + Checks.format(MAX_LOAD) + " Erlangs (was "
          + Checks.format(load) + ")");
    }
    return new QueueStaffing(rate, aht, 0);
  }

  /**
   * Returns a copy that rosters for a share of agents' time lost to breaks, leave and training.
   *
   * @param shrinkage the share, within [0, 0.95]
   * @return the configured engine
   * @throws IllegalArgumentException if {@code shrinkage} is out of range
   */
  public QueueStaffing withShrinkage(double shrinkage) {
    return new QueueStaffing(arrivalsPerHour, ahtSeconds, Checks.requireWithin("shrinkage", shrinkage, 0, 0.95));
  }

  /**
   * Returns the offered load {@code A = λ·AHT}.
   *
   * @return Erlangs, zero or more
   */
  public double offeredLoad() {
    return load;
  }

  /**
   * Returns the queue's figures with a number of agents.
   *
   * @param agents 1 to {@value #MAX_AGENTS}
   * @return the metrics
   * @throws IllegalArgumentException if {@code agents} is out of range
   */
  public QueueMetrics metrics(int agents) {
    if (agents < 1 || agents > MAX_AGENTS) {
      throw new IllegalArgumentException("agents must be within [1, " + MAX_AGENTS + "] (was " + agents + ")");
    }
    double b = 1;
    for (int k = 1; k <= agents; k++) {
      b = load * b / (k + load * b);
    }
    return metrics(agents, b);
  }

  private QueueMetrics metrics(int agents, double erlangB) {
    double c = agents > load ? agents * erlangB / (agents - load * (1 - erlangB)) : 1;
    return new QueueMetrics(agents, load, ahtSeconds, erlangB, Math.max(0, Math.min(1, c)));
  }

  /**
   * Returns the fewest agents that answer at least {@code serviceLevel} of calls within
   * {@code within}, such as 80 % within 20 seconds.
   *
   * @param serviceLevel the target share, within (0, 1)
   * @param within the answer time, zero or more
   * @return the plan
   * @throws NullPointerException if {@code within} is null
   * @throws IllegalArgumentException if a value is out of range, or no number of agents up to
   *     {@value #MAX_AGENTS} meets the target
   */
  public StaffingPlan staffFor(double serviceLevel, Duration within) {
    double target = Checks.requireWithin("serviceLevel", serviceLevel, 0, 1);
    if (target == 0 || target == 1) {
      throw new IllegalArgumentException("serviceLevel must be within (0, 1) (was " + Checks.format(target) + ")");
    }
    Objects.requireNonNull(within, "within");
    if (within.isNegative()) {
      throw new IllegalArgumentException("within must be zero or more (was " + within + ")");
    }
    double b = 1;
    for (int n = 1; n <= MAX_AGENTS; n++) {
      b = load * b / (n + load * b);
      if (n > load) {
        QueueMetrics m = metrics(n, b);
        if (m.serviceLevel(within) >= target) {
          return new StaffingPlan(target, within, shrinkage, m);
        }
      }
    }
    throw new IllegalArgumentException("serviceLevel " + Checks.format(target) + " within " + within
        + " needs more than " + MAX_AGENTS + " agents (load " + Checks.format(load) + " Erlangs)");
  }

  /**
   * Returns the fewest agents whose average speed of answer is at most {@code maxWait}.
   *
   * @param maxWait the longest acceptable average wait, zero or more
   * @return the metrics with that many agents
   * @throws NullPointerException if {@code maxWait} is null
   * @throws IllegalArgumentException if {@code maxWait} is negative, or no number of agents up to
   *     {@value #MAX_AGENTS} meets it
   */
  public QueueMetrics staffForAverageWait(Duration maxWait) {
    Objects.requireNonNull(maxWait, "maxWait");
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("maxWait must be zero or more (was " + maxWait + ")");
    }
    double limit = maxWait.toNanos() / 1e9;
    double b = 1;
    for (int n = 1; n <= MAX_AGENTS; n++) {
      b = load * b / (n + load * b);
      if (n > load) {
        QueueMetrics m = metrics(n, b);
        if (m.averageSpeedOfAnswerSeconds().orElseThrow() <= limit) {
          return m;
        }
      }
    }
    throw new IllegalArgumentException("maxWait " + maxWait + " needs more than " + MAX_AGENTS + " agents");
  }

  /** Returns the load, such as {@code QueueStaffing[2 per hour, AHT 1800 s, A = 1 E]}. */
  @Override
  public String toString() {
    return "QueueStaffing[" + Checks.format(arrivalsPerHour) + " per hour, AHT " + Checks.format(ahtSeconds) + " s, A = "
        + Checks.format(load) + " E, shrinkage " + Checks.format(shrinkage) + "]";
  }
}

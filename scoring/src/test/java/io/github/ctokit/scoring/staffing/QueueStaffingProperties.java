package io.github.ctokit.scoring.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Erlang C by the stable recurrence equals the closed form; staffing is minimal and monotone. */
class QueueStaffingProperties {

  /** The closed form of REFERENCES §5.6, in exact decimal arithmetic. */
  static double closedForm(double a, int n) {
    MathContext mc = MathContext.DECIMAL128;
    BigDecimal load = new BigDecimal(a);
    BigDecimal term = BigDecimal.ONE; // A^k/k!
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < n; k++) {
      sum = sum.add(term, mc);
      term = term.multiply(load, mc).divide(BigDecimal.valueOf(k + 1), mc);
    }
    BigDecimal top = term.multiply(BigDecimal.valueOf(n), mc).divide(BigDecimal.valueOf(n).subtract(load, mc), mc);
    return top.divide(sum.add(top, mc), mc).doubleValue();
  }

  @Property
  void erlangCMatchesTheClosedForm(@ForAll @DoubleRange(min = 0.01, max = 40) double load, @ForAll @IntRange(min = 1, max = 60) int extra) {
    int n = (int) Math.floor(load) + 1 + extra % 20;
    QueueStaffing q = QueueStaffing.of(load * 60, Duration.ofMinutes(1)); // A = load
    assertThat(q.metrics(n).probabilityOfWaiting()).isCloseTo(closedForm(q.offeredLoad(), n), within(1e-12));
  }

  @Property
  void staffingIsTheSmallestThatMeetsTheTarget(@ForAll @DoubleRange(min = 0.1, max = 300) double load,
      @ForAll @DoubleRange(min = 0.5, max = 0.99) double target, @ForAll @IntRange(min = 0, max = 120) int seconds) {
    QueueStaffing q = QueueStaffing.of(load * 20, Duration.ofMinutes(3));
    Duration within = Duration.ofSeconds(seconds);
    StaffingPlan plan = q.staffFor(target, within);
    assertThat(plan.achieved()).isGreaterThanOrEqualTo(target);
    if (plan.agents() > q.offeredLoad() + 1) {
      assertThat(q.metrics(plan.agents() - 1).serviceLevel(within)).isLessThan(target);
    }
    assertThat(q.staffFor(Math.min(0.995, target + 0.004), within).agents()).isGreaterThanOrEqualTo(plan.agents());
  }

  @Property
  void moreAgentsNeverWaitLonger(@ForAll @DoubleRange(min = 0.1, max = 500) double load, @ForAll @IntRange(min = 1, max = 700) int n) {
    QueueStaffing q = QueueStaffing.of(load * 20, Duration.ofMinutes(3));
    QueueMetrics fewer = q.metrics(n);
    QueueMetrics more = q.metrics(n + 1);
    assertThat(more.probabilityOfWaiting()).isLessThanOrEqualTo(fewer.probabilityOfWaiting() + 1e-15);
    assertThat(more.probabilityOfWaiting()).isBetween(0.0, 1.0);
    assertThat(more.erlangB()).isBetween(0.0, 1.0);
  }
}

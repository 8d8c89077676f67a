package io.github.ctokit.scoring.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Worked examples from REFERENCES §5.6–5.7 and hand computations. */
class QueueStaffingTest {

  @Test
  void onCallExample() {
    // A = 1 (2 pages/h × 30 min), N = 2/3/4 → P_wait 33.3/9.1/2.0 %, mean wait 10/1.36/0.2 min
    QueueStaffing onCall = QueueStaffing.of(2, Duration.ofMinutes(30));
    assertThat(onCall.offeredLoad()).isEqualTo(1.0);
    double[] wait = {1.0 / 3, 1.0 / 11, 1.0 / 49};
    double[] asaMinutes = {10, 30.0 / 11 / 2, 30.0 / 49 / 3};
    for (int n = 2; n <= 4; n++) {
      QueueMetrics m = onCall.metrics(n);
      assertThat(m.probabilityOfWaiting()).as("P_wait, N = %s", n).isCloseTo(wait[n - 2], within(1e-12));
      assertThat(m.averageSpeedOfAnswerSeconds().orElseThrow() / 60).isCloseTo(asaMinutes[n - 2], within(1e-9));
      assertThat(m.occupancy()).isCloseTo(1.0 / n, within(1e-15));
    }
    assertThat(String.format(java.util.Locale.ROOT, "%.1f %% %.1f %% %.1f %%", 100 * wait[0], 100 * wait[1], 100 * wait[2]))
        .isEqualTo("33.3 % 9.1 % 2.0 %");
    assertThat(onCall.metrics(3).averageSpeedOfAnswer()).contains(Duration.ofMillis(81_818));
    assertThat(onCall.metrics(2).erlangB()).isCloseTo(0.2, within(1e-15));
  }

  @Test
  void unstableQueueHasNoAverageWait() {
    QueueMetrics m = QueueStaffing.of(2, Duration.ofMinutes(30)).metrics(1);
    assertThat(m.isStable()).isFalse();
    assertThat(m.probabilityOfWaiting()).isEqualTo(1.0);
    assertThat(m.serviceLevel(Duration.ofMinutes(5))).isZero();
    assertThat(m.averageSpeedOfAnswer()).isEmpty();
    assertThat(m.occupancy()).isEqualTo(1.0);
    assertThat(m.toString()).contains("ASA unbounded");
  }

  @Test
  void staffsTheSmallestTeamThatMeetsTheServiceLevel() {
    // On-call: answer 90 % of pages within 5 minutes. SL(t) = 1 − C·e^(−(N−A)t/AHT):
    // N = 2: 1 − (1/3)·e^(−1/6) = .7178; N = 3: 1 − (1/11)·e^(−2/6) = .9349.
    QueueStaffing onCall = QueueStaffing.of(2, Duration.ofMinutes(30)).withShrinkage(0.25);
    StaffingPlan plan = onCall.staffFor(0.9, Duration.ofMinutes(5));
    assertThat(plan.agents()).isEqualTo(3);
    assertThat(plan.achieved()).isCloseTo(1 - Math.exp(-2.0 / 6) / 11, within(1e-12));
    assertThat(onCall.metrics(2).serviceLevel(Duration.ofMinutes(5))).isCloseTo(1 - Math.exp(-1.0 / 6) / 3, within(1e-12));
    assertThat(plan.rostered()).isEqualTo(4); // 3 / 0.75
    assertThat(onCall.staffForAverageWait(Duration.ofMinutes(2)).agents()).isEqualTo(3); // 1.36 min
  }

  @Test
  void largeQueuesStayFinite() {
    // 500 agents' worth of load: factorials would overflow long before; the recurrence does not.
    QueueStaffing big = QueueStaffing.of(10_000, Duration.ofMinutes(3)); // A = 500 E
    StaffingPlan plan = big.staffFor(0.8, Duration.ofSeconds(20));
    assertThat(plan.agents()).isGreaterThan(500).isLessThan(560);
    assertThat(big.metrics(plan.agents() - 1).serviceLevel(Duration.ofSeconds(20))).isLessThan(0.8);
    assertThat(plan.metrics().probabilityOfWaiting()).isBetween(0.0, 1.0);
    assertThat(big.metrics(100_000).probabilityOfWaiting()).isEqualTo(0.0);
  }

  @Test
  void rejectsBadInputs() {
    assertThatThrownBy(() -> QueueStaffing.of(-1, Duration.ofMinutes(3))).hasMessage("arrivalsPerHour must be zero or more (was -1)");
    assertThatThrownBy(() -> QueueStaffing.of(1, Duration.ZERO)).hasMessageContaining("averageHandleTime must be more than zero");
    assertThatThrownBy(() -> QueueStaffing.of(1, Duration.ofMinutes(3)).staffFor(1, Duration.ofSeconds(20)))
        .hasMessage("serviceLevel must be within (0, 1) (was 1)");
    assertThatThrownBy(() -> QueueStaffing.of(1, Duration.ofMinutes(3)).metrics(0)).hasMessageContaining("agents must be within");
  }
}

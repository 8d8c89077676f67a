package io.github.ctokit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MinCostFlowTest {

  @Test
  void cheapestOfTwoParallelRoutesFillsFirst() {
    // 0 → 1 → 3 costs 2 a unit (capacity 4); 0 → 2 → 3 costs 5 a unit (capacity 10).
    MinCostFlow network = new MinCostFlow(4);
    int a01 = network.addArc(0, 1, 4, 1);
    int a13 = network.addArc(1, 3, 4, 1);
    int a02 = network.addArc(0, 2, 10, 2);
    int a23 = network.addArc(2, 3, 10, 3);
    network.setSupply(0, 6);
    network.setSupply(3, -6);

    MinCostFlow.Solution solution = network.solve();

    assertThat(solution.feasible()).isTrue();
    assertThat(solution.flowValue()).isEqualTo(6);
    assertThat(solution.flow(a01)).isEqualTo(4);
    assertThat(solution.flow(a13)).isEqualTo(4);
    assertThat(solution.flow(a02)).isEqualTo(2);
    assertThat(solution.flow(a23)).isEqualTo(2);
    assertThat(solution.totalCost()).isEqualTo(4 * 2 + 2 * 5);
  }

  @Test
  void maxFlowPrefersCheaperAmongMaximumFlows() {
    MinCostFlow network = new MinCostFlow(3);
    network.addArc(0, 1, 5, 1);
    int expensive = network.addArc(0, 2, 5, 9);
    int cheap = network.addArc(0, 2, 5, 1);
    network.addArc(1, 2, 5, 1);

    MinCostFlow.Solution solution = network.solveMaxFlow(0, 2);

    assertThat(solution.flowValue()).isEqualTo(15);
    assertThat(solution.flow(cheap)).isEqualTo(5);
    assertThat(solution.flow(expensive)).isEqualTo(5);
    assertThat(solution.totalCost()).isEqualTo(5 * 2 + 5 * 9 + 5);
  }

  @Test
  void minCostStopsWhenNoPathEarnsAReward() {
    // Rewards are negative costs: only the path worth -3 a unit is taken, not the one worth +1.
    MinCostFlow network = new MinCostFlow(4);
    int good = network.addArc(0, 1, 7, 0);
    network.addArc(1, 3, 3, -3);
    int bad = network.addArc(0, 2, 7, 0);
    network.addArc(2, 3, 7, 1);

    MinCostFlow.Solution solution = network.solveMinCost(0, 3);

    assertThat(solution.flowValue()).isEqualTo(3);
    assertThat(solution.flow(good)).isEqualTo(3);
    assertThat(solution.flow(bad)).isZero();
    assertThat(solution.totalCost()).isEqualTo(-9);
  }

  @Test
  void unbalancedOrBlockedSuppliesAreInfeasible() {
    MinCostFlow network = new MinCostFlow(3);
    network.addArc(0, 1, 2, 1);
    network.setSupply(0, 5);
    network.setSupply(1, -5);

    MinCostFlow.Solution blocked = network.solve();
    assertThat(blocked.feasible()).isFalse();
    assertThat(blocked.flowValue()).isEqualTo(2);

    network.setSupply(1, -1);
    assertThat(network.solve().feasible()).isFalse();
  }

  @Test
  void solvingTwiceGivesTheSameAnswer() {
    MinCostFlow network = new MinCostFlow(3);
    network.addArc(0, 1, 4, 2);
    network.addArc(1, 2, 3, -1);
    network.addArc(0, 2, 4, 5);
    MinCostFlow.Solution first = network.solveMaxFlow(0, 2);
    MinCostFlow.Solution second = network.solveMaxFlow(0, 2);
    assertThat(second.totalCost()).isEqualTo(first.totalCost()).isEqualTo(3 + 4 * 5);
  }

  @Test
  void negativeCycleIsRejectedWithItsNode() {
    MinCostFlow network = new MinCostFlow(3);
    network.addArc(0, 1, 1, -2);
    network.addArc(1, 0, 1, 1);
    network.addArc(1, 2, 1, 0);
    assertThatThrownBy(() -> network.solveMaxFlow(0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative total cost");
  }

  @Test
  void badArgumentsNameTheFieldAndValue() {
    MinCostFlow network = new MinCostFlow(2);
    assertThatThrownBy(() -> network.addArc(0, 2, 1, 1))
        .hasMessage("to must be a node within [0, 2) (was 2)");
    assertThatThrownBy(() -> network.addArc(0, 1, -1, 1))
        .hasMessageStartingWith("capacity must be within [0, ")
        .hasMessageEndingWith("(was -1)");
    assertThatThrownBy(() -> network.addArc(0, 1, 1, MinCostFlow.MAX_ABS_COST + 1))
        .hasMessageStartingWith("costPerUnit must be within");
    assertThatThrownBy(() -> network.solveMinCost(1, 1))
        .hasMessage("source and sink must differ (both were 1)");
    assertThatThrownBy(() -> new MinCostFlow(-1)).hasMessageStartingWith("nodeCount must be");
  }

  @Test
  void longChainNeedsNoRecursion() {
    int n = 200_000;
    MinCostFlow network = new MinCostFlow(n);
    for (int v = 0; v + 1 < n; v++) {
      network.addArc(v, v + 1, 1, 1);
    }
    MinCostFlow.Solution solution = network.solveMaxFlow(0, n - 1);
    assertThat(solution.flowValue()).isEqualTo(1);
    assertThat(solution.totalCost()).isEqualTo(n - 1);
  }
}

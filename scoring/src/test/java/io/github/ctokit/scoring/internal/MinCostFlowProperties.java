package io.github.ctokit.scoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The solver against exhaustive enumeration of every integral flow on small networks. */
class MinCostFlowProperties {

  /** A small network; arcs go from a lower to a higher node so negative costs make no cycle. */
  record Net(int nodes, List<int[]> arcs, int[] supply) {
    MinCostFlow build() {
      MinCostFlow network = new MinCostFlow(nodes);
      for (int[] a : arcs) {
        network.addArc(a[0], a[1], a[2], a[3]);
      }
      for (int v = 0; v < nodes; v++) {
        network.setSupply(v, supply[v]);
      }
      return network;
    }
  }

  @Provide
  Arbitrary<Net> networks() {
    return Arbitraries.integers()
        .between(2, 5)
        .flatMap(
            n -> {
              Arbitrary<int[]> arc =
                  Combinators.combine(
                          Arbitraries.integers().between(0, n - 2),
                          Arbitraries.integers().between(1, n - 1),
                          Arbitraries.integers().between(0, 3),
                          Arbitraries.integers().between(-4, 6))
                      .as((a, b, cap, cost) -> new int[] {a, a + 1 + (b - 1) % (n - 1 - a), cap, cost});
              Arbitrary<int[]> supply =
                  Arbitraries.integers().between(-3, 3).array(int[].class).ofSize(n);
              return Combinators.combine(arc.list().ofMinSize(1).ofMaxSize(6), supply)
                  .as((arcs, s) -> new Net(n, arcs, s));
            });
  }

  @Property(tries = 400)
  void solveMatchesTheCheapestBalancedFlow(@ForAll("networks") Net net) {
    Best best = enumerate(net, -1, -1, Mode.BALANCED);
    MinCostFlow.Solution solution = net.build().solve();
    assertThat(solution.feasible()).isEqualTo(best.found);
    if (best.found) {
      assertThat(solution.totalCost()).isEqualTo(best.cost);
      assertValidFlowWithOptimalDuals(net, solution, -1, -1);
    }
  }

  @Property(tries = 400)
  void solveMaxFlowMatchesTheCheapestMaximumFlow(@ForAll("networks") Net net) {
    Best best = enumerate(net, 0, net.nodes - 1, Mode.MAX_FLOW);
    MinCostFlow.Solution solution = net.build().solveMaxFlow(0, net.nodes - 1);
    assertThat(solution.flowValue()).isEqualTo(best.value);
    assertThat(solution.totalCost()).isEqualTo(best.cost);
    assertValidFlowWithOptimalDuals(net, solution, 0, net.nodes - 1);
  }

  @Property(tries = 400)
  void solveMinCostMatchesTheCheapestFlowOfAnyValue(@ForAll("networks") Net net) {
    Best best = enumerate(net, 0, net.nodes - 1, Mode.ANY_VALUE);
    MinCostFlow.Solution solution = net.build().solveMinCost(0, net.nodes - 1);
    assertThat(solution.totalCost()).isEqualTo(best.cost);
  }

  private static void assertValidFlowWithOptimalDuals(
      Net net, MinCostFlow.Solution solution, int source, int sink) {
    long[] balance = new long[net.nodes];
    long cost = 0;
    for (int i = 0; i < net.arcs.size(); i++) {
      int[] a = net.arcs.get(i);
      long f = solution.flow(i);
      assertThat(f).isBetween(0L, (long) a[2]);
      balance[a[0]] += f;
      balance[a[1]] -= f;
      cost += f * a[3];
      long reduced = a[3] + solution.potential(a[0]) - solution.potential(a[1]);
      if (f < a[2]) {
        assertThat(reduced).as("reduced cost of unsaturated arc %d", i).isGreaterThanOrEqualTo(0);
      }
      if (f > 0) {
        assertThat(reduced).as("reduced cost of used arc %d", i).isLessThanOrEqualTo(0);
      }
    }
    assertThat(cost).isEqualTo(solution.totalCost());
    for (int v = 0; v < net.nodes; v++) {
      if (source < 0) {
        assertThat(balance[v]).isEqualTo(net.supply[v]);
      } else if (v != source && v != sink) {
        assertThat(balance[v]).isZero();
      }
    }
  }

  enum Mode {
    BALANCED,
    MAX_FLOW,
    ANY_VALUE
  }

  static final class Best {
    boolean found;
    long value = Long.MIN_VALUE;
    long cost = Long.MAX_VALUE;
  }

  private static Best enumerate(Net net, int source, int sink, Mode mode) {
    Best best = new Best();
    if (mode != Mode.BALANCED) {
      best.found = true;
      best.value = 0;
      best.cost = 0;
      if (mode == Mode.MAX_FLOW) {
        best.value = Long.MIN_VALUE;
      }
    }
    int[] flow = new int[net.arcs.size()];
    search(net, flow, 0, source, sink, mode, best);
    return best;
  }

  private static void search(Net net, int[] flow, int index, int source, int sink, Mode mode, Best best) {
    if (index == flow.length) {
      long[] balance = new long[net.nodes];
      long cost = 0;
      for (int i = 0; i < flow.length; i++) {
        int[] a = net.arcs.get(i);
        balance[a[0]] += flow[i];
        balance[a[1]] -= flow[i];
        cost += (long) flow[i] * a[3];
      }
      for (int v = 0; v < net.nodes; v++) {
        long required = mode == Mode.BALANCED ? net.supply[v] : 0;
        if (v != source && v != sink && balance[v] != required) {
          return;
        }
      }
      if (mode == Mode.BALANCED) {
        best.found = true;
        best.cost = Math.min(best.cost, cost);
      } else if (mode == Mode.ANY_VALUE) {
        best.cost = Math.min(best.cost, cost);
      } else {
        long value = balance[source];
        if (value > best.value || (value == best.value && cost < best.cost)) {
          best.value = value;
          best.cost = cost;
        }
      }
      return;
    }
    for (int f = 0; f <= net.arcs.get(index)[2]; f++) {
      flow[index] = f;
      search(net, flow, index + 1, source, sink, mode, best);
    }
  }
}

package io.github.ctokit.scoring.internal;

import java.util.Arrays;

/**
 * An exact minimum-cost flow solver on integer capacities and costs: successive shortest paths
 * with Dijkstra on reduced costs, over primitive arrays.
 *
 * <p>Build the network with {@link #addArc} and {@link #setSupply}, then call one of the three
 * terminal methods. A solve does not change the network, so the same instance can be solved again
 * (for example after changing a supply). Instances are not thread-safe.
 *
 * <p>Negative arc costs are allowed: the first potentials come from Bellman–Ford, so a network
 * whose arcs with positive capacity form a negative-cost cycle is rejected with an
 * {@link IllegalArgumentException}. Ties between equally cheap paths are broken by node and arc
 * order, so the same network always gives the same flow. Cost: O(F · E log V) for F augmenting
 * paths, plus O(V · E) once for the first potentials.
 *
 * <p>Every {@link Solution} carries node potentials that are optimal LP duals: for every arc with
 * residual capacity {@code cost + potential(from) − potential(to) ≥ 0}, and for every arc that
 * carries flow {@code cost + potential(from) − potential(to) ≤ 0}. Engines that solve the dual of
 * a flow problem (such as project crashing) read their answer from the potentials.
 */
public final class MinCostFlow {

  /** Largest accepted |cost| of one arc: keeps every path length and potential far from overflow. */
  public static final long MAX_ABS_COST = 1L << 36;

  /** Largest accepted capacity of one arc. */
  public static final long MAX_CAPACITY = 1L << 50;

  /** Largest accepted number of nodes. */
  public static final int MAX_NODES = 1 << 22;

  private static final long UNREACHED = Long.MAX_VALUE / 4;

  private final int nodeCount;
  private final long[] supply;
  private int arcCount;
  // Arc a is stored as edge 2a (forward) and edge 2a + 1 (its reverse, capacity 0).
  private int[] edgeHead = new int[16];
  private long[] edgeCost = new long[16];
  private long[] arcCapacity = new long[8];
  private final int[] firstEdge;
  private int[] nextEdge = new int[16];

  /**
   * Creates an empty network.
   *
   * @param nodeCount number of nodes, numbered {@code 0 … nodeCount − 1}
   * @throws IllegalArgumentException if {@code nodeCount} is negative or above {@link #MAX_NODES}
   */
  public MinCostFlow(int nodeCount) {
    if (nodeCount < 0 || nodeCount > MAX_NODES) {
      throw new IllegalArgumentException(
          "nodeCount must be within [0, " + MAX_NODES + "] (was " + nodeCount + ")");
    }
    this.nodeCount = nodeCount;
    this.supply = new long[nodeCount];
    this.firstEdge = new int[nodeCount];
    Arrays.fill(firstEdge, -1);
  }

  /**
   * Returns the number of nodes.
   *
   * @return the node count given at construction
   */
  public int nodeCount() {
    return nodeCount;
  }

  /**
   * Returns the number of arcs added so far.
   *
   * @return the arc count; arcs are numbered {@code 0 … arcCount() − 1} in the order added
   */
  public int arcCount() {
    return arcCount;
  }

  /**
   * Adds a directed arc.
   *
   * @param from tail node
   * @param to head node
   * @param capacity most units the arc carries, within {@code [0, MAX_CAPACITY]}
   * @param costPerUnit cost of one unit of flow, within {@code [−MAX_ABS_COST, MAX_ABS_COST]}
   * @return the arc's index, used with {@link Solution#flow(int)}
   * @throws IllegalArgumentException if a node is out of range or a number outside its bounds
   */
  public int addArc(int from, int to, long capacity, long costPerUnit) {
    checkNode("from", from);
    checkNode("to", to);
    if (capacity < 0 || capacity > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "capacity must be within [0, " + MAX_CAPACITY + "] (was " + capacity + ")");
    }
    if (costPerUnit < -MAX_ABS_COST || costPerUnit > MAX_ABS_COST) {
      throw new IllegalArgumentException(
          "costPerUnit must be within [-" + MAX_ABS_COST + ", " + MAX_ABS_COST + "] (was "
              + costPerUnit + ")");
    }
    int arc = arcCount++;
    if (2 * arc + 2 > edgeHead.length) {
      int size = edgeHead.length * 2;
      edgeHead = Arrays.copyOf(edgeHead, size);
      edgeCost = Arrays.copyOf(edgeCost, size);
      nextEdge = Arrays.copyOf(nextEdge, size);
      arcCapacity = Arrays.copyOf(arcCapacity, size / 2);
    }
    arcCapacity[arc] = capacity;
    link(2 * arc, from, to, costPerUnit);
    link(2 * arc + 1, to, from, -costPerUnit);
    return arc;
  }

  /**
   * Sets a node's supply for {@link #solve()}.
   *
   * @param node the node
   * @param amount units the node must send (positive) or receive (negative); 0 by default
   * @throws IllegalArgumentException if the node is out of range or {@code |amount|} is above
   *     {@link #MAX_CAPACITY}
   */
  public void setSupply(int node, long amount) {
    checkNode("node", node);
    if (amount < -MAX_CAPACITY || amount > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "supply must be within [-" + MAX_CAPACITY + ", " + MAX_CAPACITY + "] (was " + amount
              + ")");
    }
    supply[node] = amount;
  }

  /**
   * Finds a cheapest flow that meets every node's supply and demand exactly.
   *
   * @return the solution; {@link Solution#feasible()} is false when the supplies do not balance
   *     or the arcs cannot carry them, and the flow is then a cheapest maximal partial one
   * @throws IllegalArgumentException if the arcs with capacity form a negative-cost cycle
   */
  public Solution solve() {
    long sent = 0;
    long received = 0;
    for (long s : supply) {
      if (s > 0) {
        sent += s;
      } else {
        received -= s;
      }
    }
    // A super source feeds every supplier and every consumer drains into a super sink.
    Residual r = new Residual(nodeCount + 2);
    int source = nodeCount;
    int sink = nodeCount + 1;
    for (int v = 0; v < nodeCount; v++) {
      if (supply[v] > 0) {
        r.addExtra(source, v, supply[v]);
      } else if (supply[v] < 0) {
        r.addExtra(v, sink, -supply[v]);
      }
    }
    Solution solution = r.run(source, sink, false);
    return sent == received && solution.flowValue() == sent
        ? solution
        : solution.infeasible();
  }

  /**
   * Finds a cheapest flow among the maximum flows from {@code source} to {@code sink}. Supplies
   * are ignored.
   *
   * @param source the node flow leaves
   * @param sink the node flow reaches
   * @return the solution (always feasible)
   * @throws IllegalArgumentException if a node is out of range, {@code source == sink}, or the
   *     arcs with capacity form a negative-cost cycle
   */
  public Solution solveMaxFlow(int source, int sink) {
    checkTerminals(source, sink);
    return new Residual(nodeCount).run(source, sink, false);
  }

  /**
   * Finds a cheapest flow of any value from {@code source} to {@code sink}: paths are augmented
   * only while the cheapest one has negative cost, so negative arc costs act as rewards and the
   * result maximises total reward. Supplies are ignored.
   *
   * @param source the node flow leaves
   * @param sink the node flow reaches
   * @return the solution (always feasible; possibly the zero flow)
   * @throws IllegalArgumentException if a node is out of range, {@code source == sink}, or the
   *     arcs with capacity form a negative-cost cycle
   */
  public Solution solveMinCost(int source, int sink) {
    checkTerminals(source, sink);
    return new Residual(nodeCount).run(source, sink, true);
  }

  private void link(int edge, int from, int to, long cost) {
    edgeHead[edge] = to;
    edgeCost[edge] = cost;
    nextEdge[edge] = firstEdge[from];
    firstEdge[from] = edge;
  }

  private void checkNode(String field, int node) {
    if (node < 0 || node >= nodeCount) {
      throw new IllegalArgumentException(
          field + " must be a node within [0, " + nodeCount + ") (was " + node + ")");
    }
  }

  private void checkTerminals(int source, int sink) {
    checkNode("source", source);
    checkNode("sink", sink);
    if (source == sink) {
      throw new IllegalArgumentException("source and sink must differ (both were " + source + ")");
    }
  }

  /**
   * One solve's working state: residual capacities of the user's arcs plus any extra arcs from
   * the super source and sink, which are stored after them.
   */
  private final class Residual {
    private final int nodes;
    private int edges;
    private int[] head;
    private long[] cost;
    private long[] capacity;
    private int[] next;
    private final int[] first;

    Residual(int nodes) {
      this.nodes = nodes;
      this.edges = 2 * arcCount;
      // Room for one extra arc (two edges) per node when super source and sink are added.
      int size = nodes == nodeCount ? Math.max(edges, 2) : edges + 2 * nodeCount + 2;
      head = Arrays.copyOf(edgeHead, size);
      cost = Arrays.copyOf(edgeCost, size);
      next = Arrays.copyOf(nextEdge, size);
      capacity = new long[size];
      for (int a = 0; a < arcCount; a++) {
        capacity[2 * a] = arcCapacity[a];
      }
      first = Arrays.copyOf(firstEdge, nodes);
      for (int v = nodeCount; v < nodes; v++) {
        first[v] = -1;
      }
    }

    void addExtra(int from, int to, long cap) {
      int e = edges;
      edges += 2;
      head[e] = to;
      cost[e] = 0;
      capacity[e] = cap;
      next[e] = first[from];
      first[from] = e;
      head[e + 1] = from;
      cost[e + 1] = 0;
      capacity[e + 1] = 0;
      next[e + 1] = first[to];
      first[to] = e + 1;
    }

    Solution run(int source, int sink, boolean onlyNegativePaths) {
      long[] potential = initialPotentials();
      long[] dist = new long[nodes];
      int[] viaEdge = new int[nodes];
      boolean[] done = new boolean[nodes];
      long[] heapKey = new long[Math.max(16, edges + 1)];
      int[] heapNode = new int[heapKey.length];
      long flowValue = 0;
      long totalCost = 0;
      while (true) {
        // Dijkstra on reduced costs, which the potentials keep non-negative.
        Arrays.fill(dist, UNREACHED);
        Arrays.fill(done, false);
        dist[source] = 0;
        viaEdge[source] = -1;
        int heapSize = 0;
        heapKey[0] = 0;
        heapNode[0] = source;
        heapSize = 1;
        while (heapSize > 0) {
          long d = heapKey[0];
          int u = heapNode[0];
          heapSize = pop(heapKey, heapNode, heapSize);
          if (done[u] || d > dist[u]) {
            continue;
          }
          done[u] = true;
          if (u == sink) {
            break;
          }
          for (int e = first[u]; e >= 0; e = next[e]) {
            if (capacity[e] == 0) {
              continue;
            }
            int v = head[e];
            if (done[v]) {
              continue;
            }
            long nd = d + cost[e] + potential[u] - potential[v];
            if (nd < dist[v]) {
              dist[v] = nd;
              viaEdge[v] = e;
              if (heapSize == heapKey.length) {
                heapKey = Arrays.copyOf(heapKey, heapSize * 2);
                heapNode = Arrays.copyOf(heapNode, heapSize * 2);
              }
              heapSize = push(heapKey, heapNode, heapSize, nd, v);
            }
          }
        }
        if (!done[sink]) {
          break;
        }
        long toSink = dist[sink];
        for (int v = 0; v < nodes; v++) {
          potential[v] += done[v] ? dist[v] : toSink;
        }
        long pathCost = potential[sink] - potential[source];
        if (onlyNegativePaths && pathCost >= 0) {
          break;
        }
        long bottleneck = Long.MAX_VALUE;
        for (int v = sink; v != source; v = head[viaEdge[v] ^ 1]) {
          bottleneck = Math.min(bottleneck, capacity[viaEdge[v]]);
        }
        for (int v = sink; v != source; v = head[viaEdge[v] ^ 1]) {
          capacity[viaEdge[v]] -= bottleneck;
          capacity[viaEdge[v] ^ 1] += bottleneck;
        }
        flowValue += bottleneck;
        try {
          totalCost = Math.addExact(totalCost, Math.multiplyExact(bottleneck, pathCost));
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException(
              "the total cost of the flow exceeds the range of a long\n"
                  + "Maybe scale costs or capacities down.",
              e);
        }
      }
      long[] flow = new long[arcCount];
      for (int a = 0; a < arcCount; a++) {
        flow[a] = capacity[2 * a + 1];
      }
      return new Solution(true, flowValue, totalCost, flow, Arrays.copyOf(potential, nodeCount));
    }

    /**
     * Bellman–Ford (queue-based) from a virtual root joined to every node at cost 0, over the
     * edges with capacity: the distances are potentials under which every such edge has a
     * non-negative reduced cost.
     */
    private long[] initialPotentials() {
      long[] dist = new long[nodes];
      int[] hops = new int[nodes];
      boolean[] queued = new boolean[nodes];
      int[] queue = new int[nodes + 1];
      int headIndex = 0;
      int size = 0;
      for (int v = 0; v < nodes; v++) {
        queue[size++] = v;
        queued[v] = true;
      }
      while (size > 0) {
        int u = queue[headIndex];
        headIndex = (headIndex + 1) % queue.length;
        size--;
        queued[u] = false;
        for (int e = first[u]; e >= 0; e = next[e]) {
          if (capacity[e] == 0) {
            continue;
          }
          int v = head[e];
          long nd = dist[u] + cost[e];
          if (nd < dist[v]) {
            dist[v] = nd;
            hops[v] = hops[u] + 1;
            if (hops[v] >= nodes) {
              throw new IllegalArgumentException(
                  "the arcs with capacity form a cycle of negative total cost (through node "
                      + v + ")\nMaybe a reward arc closes a loop; min-cost flow needs none.");
            }
            if (!queued[v]) {
              queue[(headIndex + size) % queue.length] = v;
              size++;
              queued[v] = true;
            }
          }
        }
      }
      return dist;
    }
  }

  private static int push(long[] keys, int[] nodes, int size, long key, int node) {
    int i = size;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!less(key, node, keys[parent], nodes[parent])) {
        break;
      }
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
    return size + 1;
  }

  private static int pop(long[] keys, int[] nodes, int size) {
    int last = size - 1;
    long key = keys[last];
    int node = nodes[last];
    int i = 0;
    while (true) {
      int child = 2 * i + 1;
      if (child >= last) {
        break;
      }
      if (child + 1 < last && less(keys[child + 1], nodes[child + 1], keys[child], nodes[child])) {
        child++;
      }
      if (!less(keys[child], nodes[child], key, node)) {
        break;
      }
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return last;
  }

  private static boolean less(long keyA, int nodeA, long keyB, int nodeB) {
    return keyA < keyB || (keyA == keyB && nodeA < nodeB);
  }

  /** The outcome of one solve: flows per arc, total cost, and optimal node potentials. */
  public static final class Solution {
    private final boolean feasible;
    private final long flowValue;
    private final long totalCost;
    private final long[] flow;
    private final long[] potential;

    Solution(boolean feasible, long flowValue, long totalCost, long[] flow, long[] potential) {
      this.feasible = feasible;
      this.flowValue = flowValue;
      this.totalCost = totalCost;
      this.flow = flow;
      this.potential = potential;
    }

    Solution infeasible() {
      return new Solution(false, flowValue, totalCost, flow, potential);
    }

    /**
     * Tells whether the solve met its requirement.
     *
     * @return for {@link MinCostFlow#solve()}, whether every supply and demand was met; always
     *     true for the source–sink variants
     */
    public boolean feasible() {
      return feasible;
    }

    /**
     * Returns the units shipped.
     *
     * @return the flow value (for {@link MinCostFlow#solve()}, the units sent by suppliers)
     */
    public long flowValue() {
      return flowValue;
    }

    /**
     * Returns the cost of the flow.
     *
     * @return the sum over arcs of flow times cost per unit
     */
    public long totalCost() {
      return totalCost;
    }

    /**
     * Returns the flow on one arc.
     *
     * @param arc an index returned by {@link MinCostFlow#addArc}
     * @return units on the arc, within {@code [0, capacity]}
     * @throws IndexOutOfBoundsException if there is no such arc
     */
    public long flow(int arc) {
      return flow[arc];
    }

    /**
     * Returns a node's potential, an optimal dual value of the flow problem.
     *
     * @param node the node
     * @return the potential; see the class documentation for the conditions it satisfies
     * @throws IndexOutOfBoundsException if there is no such node
     */
    public long potential(int node) {
      return potential[node];
    }
  }
}

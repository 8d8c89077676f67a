package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.continuity.Dependency;
import io.github.ctokit.core.continuity.DrPlan;
import io.github.ctokit.core.continuity.Service;
import io.github.ctokit.core.continuity.ServiceId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency graph of a validated plan with dense node numbers (plan order): compressed
 * adjacency arrays for dependencies and dependents, and one topological order (dependencies
 * before dependents). Immutable after construction; never exposed.
 */
final class Graph {

  final int n;
  final Service[] services;
  final Map<ServiceId, Integer> index;
  /** Dependencies of node i: dep[depStart[i] .. depStart[i + 1]). */
  final int[] depStart;
  final int[] dep;
  final boolean[] coupled;
  /** Dependents of node i: rdep[rdepStart[i] .. rdepStart[i + 1]). */
  final int[] rdepStart;
  final int[] rdep;
  /** Every node once, each after all its dependencies. */
  final int[] topo;

  Graph(DrPlan plan) {
    List<Service> list = plan.services();
    n = list.size();
    services = list.toArray(new Service[0]);
    index = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      index.put(services[i].id(), i);
    }
    int m = 0;
    for (Service s : services) {
      m += s.dependencies().size();
    }
    depStart = new int[n + 1];
    dep = new int[m];
    coupled = new boolean[m];
    int[] inCount = new int[n];
    int e = 0;
    for (int i = 0; i < n; i++) {
      depStart[i] = e;
      for (Dependency d : services[i].dependencies()) {
        int t = node(d.service());
        dep[e] = t;
        coupled[e] = d.consistencyCoupled();
        inCount[t]++;
        e++;
      }
    }
    depStart[n] = e;
    rdepStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rdepStart[i + 1] = rdepStart[i] + inCount[i];
    }
    rdep = new int[m];
    int[] fill = new int[n];
    for (int s = 0; s < n; s++) {
      for (int k = depStart[s]; k < depStart[s + 1]; k++) {
        int t = dep[k];
        rdep[rdepStart[t] + fill[t]++] = s;
      }
    }
    topo = new int[n];
    int[] remaining = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      remaining[i] = depStart[i + 1] - depStart[i];
      if (remaining[i] == 0) {
        topo[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int d = topo[head];
      for (int k = rdepStart[d]; k < rdepStart[d + 1]; k++) {
        int s = rdep[k];
        if (--remaining[s] == 0) {
          topo[tail++] = s;
        }
      }
    }
    if (tail != n) {
      throw new IllegalStateException("plan must be acyclic; validate it first");
    }
  }

  int node(ServiceId id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException("service must be a service of the plan (was '" + id + "')");
    }
    return i;
  }

  ServiceId id(int node) {
    return services[node].id();
  }
}

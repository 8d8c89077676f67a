package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.IdIndex;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.OkrGraph;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A validated graph turned into dense arrays: objectives numbered 0..n-1 in graph order, key
 * results 0..m-1, alignment edges in CSR form both ways, observations flattened, and a topological
 * order with children before parents. Immutable after construction.
 */
final class CompiledGraph {

  final OkrGraph graph;
  final int n;
  final int m;
  final Objective[] objectives;
  final IdIndex objectiveIndex;
  final KeyResult[] keyResults;
  final int[] krStart;
  final int[] krOwner;
  /** Observations of key result k are obsDay/obsValue[obsStart[k] .. obsStart[k+1]). */
  final int[] obsStart;
  final long[] obsDay;
  final double[] obsValue;
  final int[] childStart;
  final int[] childIdx;
  final double[] childWeight;
  final int[] parentStart;
  final int[] parentIdx;
  final int[] order;
  final int[] rank;
  final long[] cycleStart;
  final long[] cycleEnd;
  private volatile @Nullable IdIndex krIndex;

  CompiledGraph(OkrGraph graph) {
    this.graph = graph;
    List<Objective> list = graph.objectives();
    n = list.size();
    objectives = list.toArray(new Objective[0]);
    objectiveIndex = new IdIndex(n);
    int krCount = 0;
    int edges = 0;
    for (int i = 0; i < n; i++) {
      objectiveIndex.putIfAbsent(objectives[i].id(), i);
      krCount += objectives[i].keyResults().size();
      edges += objectives[i].parents().size();
    }
    m = krCount;
    keyResults = new KeyResult[m];
    krStart = new int[n + 1];
    krOwner = new int[m];
    cycleStart = new long[n];
    cycleEnd = new long[n];
    int[] childCount = new int[n + 1];
    parentStart = new int[n + 1];
    parentIdx = new int[edges];
    double[] parentWeight = new double[edges];
    int k = 0;
    int e = 0;
    int obsCount = 0;
    Map<io.github.ctokit.core.kpi.KpiId, KpiSeries> series = new HashMap<>();
    for (KpiSeries s : graph.kpiSeries()) {
      series.putIfAbsent(s.kpi(), s);
    }
    for (int i = 0; i < n; i++) {
      Objective o = objectives[i];
      cycleStart[i] = o.cycle().start().toEpochDay();
      cycleEnd[i] = o.cycle().endExclusive().toEpochDay();
      krStart[i] = k;
      for (KeyResult kr : o.keyResults()) {
        keyResults[k] = kr;
        krOwner[k] = i;
        obsCount += kr.measuredBy().map(id -> {
          KpiSeries s = series.get(id);
          return s == null ? 0 : s.size();
        }).orElse(kr.checkIns().size());
        k++;
      }
      parentStart[i] = e;
      for (Alignment a : o.parents()) {
        int p = objectiveIndex.get(a.parent()); // validation guarantees a parent
        parentIdx[e] = p;
        parentWeight[e] = a.weight();
        childCount[p]++;
        e++;
      }
    }
    krStart[n] = k;
    parentStart[n] = e;
    obsStart = new int[m + 1];
    obsDay = new long[obsCount];
    obsValue = new double[obsCount];
    int f = 0;
    for (int j = 0; j < m; j++) {
      obsStart[j] = f;
      KeyResult kr = keyResults[j];
      if (kr.measuredBy().isPresent()) {
        KpiSeries s = series.get(kr.measuredBy().orElseThrow());
        if (s != null) {
          for (int q = 0; q < s.size(); q++) {
            obsDay[f] = s.epochDay(q);
            obsValue[f++] = s.value(q);
          }
        }
      } else {
        for (CheckIn c : kr.checkIns()) {
          obsDay[f] = c.epochDay();
          obsValue[f++] = c.value();
        }
      }
    }
    obsStart[m] = f;
    childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      childStart[i + 1] = childStart[i] + childCount[i];
    }
    childIdx = new int[edges];
    childWeight = new double[edges];
    int[] fill = new int[n];
    for (int c = 0; c < n; c++) {
      for (int q = parentStart[c]; q < parentStart[c + 1]; q++) {
        int p = parentIdx[q];
        int slot = childStart[p] + fill[p]++;
        childIdx[slot] = c;
        childWeight[slot] = parentWeight[q];
      }
    }
    // Children in id order, so that sums (and so rounding ties) do not depend on the input order.
    for (int p = 0; p < n; p++) {
      sortById(childStart[p], childStart[p + 1]);
    }
    // Kahn: a parent is ready once all its children are.
    order = new int[n];
    rank = new int[n];
    int[] pending = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      pending[i] = childStart[i + 1] - childStart[i];
      if (pending[i] == 0) {
        order[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int c = order[head];
      rank[c] = head;
      for (int q = parentStart[c]; q < parentStart[c + 1]; q++) {
        int p = parentIdx[q];
        if (--pending[p] == 0) {
          order[tail++] = p;
        }
      }
    }
    if (tail != n) {
      throw new IllegalStateException("alignment graph has a cycle; validation should have refused it");
    }
  }

  private void sortById(int from, int to) {
    if (to - from > 16) {
      Integer[] idx = new Integer[to - from];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = from + i;
      }
      java.util.Arrays.sort(idx, (a, b) -> objectives[childIdx[a]].id().compareTo(objectives[childIdx[b]].id()));
      int[] c = new int[idx.length];
      double[] w = new double[idx.length];
      for (int i = 0; i < idx.length; i++) {
        c[i] = childIdx[idx[i]];
        w[i] = childWeight[idx[i]];
      }
      System.arraycopy(c, 0, childIdx, from, c.length);
      System.arraycopy(w, 0, childWeight, from, w.length);
      return;
    }
    for (int i = from + 1; i < to; i++) {
      int c = childIdx[i];
      double w = childWeight[i];
      ObjectiveId id = objectives[c].id();
      int j = i - 1;
      while (j >= from && objectives[childIdx[j]].id().compareTo(id) > 0) {
        childIdx[j + 1] = childIdx[j];
        childWeight[j + 1] = childWeight[j];
        j--;
      }
      childIdx[j + 1] = c;
      childWeight[j + 1] = w;
    }
  }

  int keyResultIndex(KeyResultId id) {
    IdIndex index = krIndex;
    if (index == null) {
      index = new IdIndex(m);
      for (int k = 0; k < m; k++) {
        index.putIfAbsent(keyResults[k].id(), k);
      }
      krIndex = index;
    }
    return index.get(id);
  }

  int objectiveIndex(ObjectiveId id) {
    return objectiveIndex.get(id);
  }
}

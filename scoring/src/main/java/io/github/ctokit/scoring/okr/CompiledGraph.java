package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.IdIndex;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.OkrGraph;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A graph turned into dense primitive columns in <em>one</em> pass that also tests every error
 * rule of {@link OkrGraph#validator()} as a cheap boolean: objectives numbered 0..n-1 in graph
 * order, key results 0..m-1, their numbers (kind, start, target, weight, band, stages, unit) as
 * columns, alignment edges in CSR form both ways, observations flattened, and a topological order
 * with children before parents. No path, message, boxed number or optional is created on the
 * valid path; when a test trips ({@link #suspect}) the caller runs the full validator, which
 * reports every problem with its path.
 *
 * <p>Immutable after construction and independent of the as-of date and of the policy (the
 * policy's own rules are decided from {@link #sameTargetCount}, {@link #mixedUnits} and
 * {@link #mixedDirections}), so one compiled graph serves any number of evaluations.
 */
final class CompiledGraph {

  static final byte INCREASE = (byte) KeyResultKind.INCREASE.ordinal();
  static final byte DECREASE = (byte) KeyResultKind.DECREASE.ordinal();
  static final byte MAINTAIN_ABOVE = (byte) KeyResultKind.MAINTAIN_ABOVE.ordinal();
  static final byte MAINTAIN_BELOW = (byte) KeyResultKind.MAINTAIN_BELOW.ordinal();
  static final byte WITHIN_BAND = (byte) KeyResultKind.WITHIN_BAND.ordinal();
  static final byte MILESTONE = (byte) KeyResultKind.MILESTONE.ordinal();
  static final byte ORDINAL = (byte) KeyResultKind.ORDINAL.ordinal();

  final OkrGraph graph;
  final int n;
  final int m;
  final Objective[] objectives;
  final IdIndex objectiveIndex;
  final IdIndex keyResultIndex;
  final KeyResult[] keyResults;
  final int[] krStart;
  final int[] krOwner;
  // Key-result columns.
  final byte[] krKind;
  final double[] krBase;
  final double[] krTarget;
  final double[] krWeight;
  final double[] krLow;
  /** The band's upper end, or the last stage's ordinal of an ordinal key result. */
  final double[] krHigh;
  /** Number of the key result's unit in {@link #units}. */
  final int[] krUnit;
  final boolean[] krMeasured;
  final String[] units;
  /** Observations of key result k are obsDay/obsValue[obsStart[k] .. obsStart[k+1]). */
  final int[] obsStart;
  final long[] obsDay;
  final double[] obsValue;
  /**
   * The owner's confidence of each check-in (NaN when none), or an empty array when no check-in
   * of the graph carries one: graphs without confidences pay nothing.
   */
  final double[] obsConfidence;
  final int[] childStart;
  final int[] childIdx;
  final double[] childWeight;
  final int[] parentStart;
  final int[] parentIdx;
  final int[] order;
  final int[] rank;
  final long[] cycleStart;
  final long[] cycleEnd;
  final boolean[] committed;
  /** The objective has two or more contributing (weight above 0) parents. */
  final boolean[] multiParent;
  /** Some objective strictly below this one (through contributing edges) has two or more contributing parents. */
  final boolean[] sharedBelow;
  /** True when a rule of the graph validator may be broken: the full validator must speak. */
  final boolean suspect;
  /** Increase or decrease key results whose start equals their target (a policy decides). */
  final int sameTargetCount;
  /** Some objective has key results in more than one unit. */
  final boolean mixedUnits;
  /** Some objective has both an increasing and a decreasing key result. */
  final boolean mixedDirections;

  CompiledGraph(OkrGraph graph) {
    this.graph = graph;
    List<Objective> list = graph.objectives();
    n = list.size();
    objectives = list.toArray(new Objective[0]);
    boolean bad = false;

    // KPIs: few; plain maps are fine.
    Map<KpiId, KpiDefinition> kpis = new HashMap<>();
    for (KpiDefinition def : graph.kpis()) {
      bad |= kpis.putIfAbsent(def.id(), def) != null;
    }
    Map<KpiId, KpiSeries> series = new HashMap<>();
    for (KpiSeries s : graph.kpiSeries()) {
      bad |= series.putIfAbsent(s.kpi(), s) != null || !kpis.containsKey(s.kpi());
    }

    objectiveIndex = new IdIndex(n);
    int cap = Math.max(16, n * 3);
    KeyResult[][] krsRef = {new KeyResult[cap]}; // the keyless index reads ids back from here
    IdIndex krIndex = IdIndex.keyless(cap, v -> krsRef[0][v].id());
    KeyResult[] krs = krsRef[0];
    int[] owner = new int[cap];
    byte[] kind = new byte[cap];
    double[] base = new double[cap];
    double[] target = new double[cap];
    double[] weight = new double[cap];
    double[] low = new double[cap];
    double[] high = new double[cap];
    int[] unit = new int[cap];
    boolean[] measured = new boolean[cap];
    int[] obsFrom = new int[cap + 1];
    long[] day = new long[cap * 3];
    double[] value = new double[day.length];
    double[] confidence = new double[0];
    Map<String, Integer> unitCodes = new HashMap<>();
    String[] unitNames = new String[4];
    krStart = new int[n + 1];
    cycleStart = new long[n];
    cycleEnd = new long[n];
    committed = new boolean[n];
    parentStart = new int[n + 1];
    int edgeCap = Math.max(16, n + n / 8);
    ObjectiveId[] edgeParent = new ObjectiveId[edgeCap];
    double[] edgeWeight = new double[edgeCap];
    int k = 0;
    int e = 0;
    int f = 0;
    int sameTarget = 0;
    boolean mixedU = false;
    boolean mixedD = false;
    String lastUnit = "";
    int lastCode = -1;
    for (int i = 0; i < n; i++) {
      Objective o = objectives[i];
      bad |= objectiveIndex.putIfAbsent(o.id(), i) >= 0;
      long cs = o.cycle().start().toEpochDay();
      long ce = o.cycle().endExclusive().toEpochDay();
      cycleStart[i] = cs;
      cycleEnd[i] = ce;
      committed[i] = o.isCommitted();
      krStart[i] = k;
      double total = 0;
      int firstUnit = -1;
      boolean up = false;
      boolean down = false;
      List<KeyResult> own = o.keyResults();
      for (int j = 0; j < own.size(); j++) {
        KeyResult r = own.get(j);
        if (k == krs.length) {
          int c = krs.length * 2;
          krs = Arrays.copyOf(krs, c);
          krsRef[0] = krs;
          owner = Arrays.copyOf(owner, c);
          kind = Arrays.copyOf(kind, c);
          base = Arrays.copyOf(base, c);
          target = Arrays.copyOf(target, c);
          weight = Arrays.copyOf(weight, c);
          low = Arrays.copyOf(low, c);
          high = Arrays.copyOf(high, c);
          unit = Arrays.copyOf(unit, c);
          measured = Arrays.copyOf(measured, c);
          obsFrom = Arrays.copyOf(obsFrom, c + 1);
        }
        krs[k] = r; // before the index insert: the keyless index may read it back
        bad |= krIndex.putIfAbsent(r.id(), k) >= 0;
        KeyResultKind kd = r.kind();
        double s = r.start();
        double t = r.target();
        double w = r.weight();
        owner[k] = i;
        kind[k] = (byte) kd.ordinal();
        base[k] = s;
        target[k] = t;
        weight[k] = w;
        bad |= w < 0;
        total += Math.max(0, w);
        if (kd == KeyResultKind.WITHIN_BAND) {
          low[k] = r.bandLow().orElse(t);
          high[k] = r.bandHigh().orElse(t);
        } else if (kd == KeyResultKind.ORDINAL) {
          high[k] = r.stages().map(st -> st.size() - 1).orElse(1);
        } else if (kd == KeyResultKind.INCREASE || kd == KeyResultKind.DECREASE) {
          if (s == t) {
            sameTarget++;
          } else {
            bad |= (kd == KeyResultKind.INCREASE) != (t > s);
          }
          up |= kd == KeyResultKind.INCREASE;
          down |= kd == KeyResultKind.DECREASE;
        }
        String u = r.unit();
        int code;
        if (u.equals(lastUnit) && lastCode >= 0) { // units repeat: skip the map almost always
          code = lastCode;
        } else {
          Integer known = unitCodes.get(u);
          if (known == null) {
            code = unitCodes.size();
            unitCodes.put(u, code);
            if (code == unitNames.length) {
              unitNames = Arrays.copyOf(unitNames, code * 2);
            }
            unitNames[code] = u;
          } else {
            code = known;
          }
          lastUnit = u;
          lastCode = code;
        }
        unit[k] = code;
        if (firstUnit < 0) {
          firstUnit = code;
        } else {
          mixedU |= firstUnit != code;
        }
        obsFrom[k] = f;
        List<CheckIn> checkIns = r.checkIns();
        KpiSeries ks = null;
        if (r.measuredBy().isPresent()) {
          measured[k] = true;
          for (CheckIn c : checkIns) { // ignored by scoring, but checked like any check-in
            bad |= c.epochDay() < cs || c.epochDay() >= ce;
          }
          KpiId id = r.measuredBy().get();
          KpiDefinition def = kpis.get(id);
          bad |= def == null || !def.unit().equals(u);
          ks = series.get(id);
        }
        int size = measured[k] ? (ks == null ? 0 : ks.size()) : checkIns.size();
        if (f + size > day.length) {
          int c = Math.max(day.length * 2, f + size);
          day = Arrays.copyOf(day, c);
          value = Arrays.copyOf(value, c);
        }
        if (ks != null) {
          for (int q = 0; q < size; q++) {
            day[f] = ks.epochDay(q);
            value[f++] = ks.value(q);
          }
        } else if (!measured[k]) {
          for (int q = 0; q < size; q++) {
            CheckIn c = checkIns.get(q);
            long d = c.epochDay();
            bad |= d < cs || d >= ce;
            if (c.hasConfidence()) {
              if (confidence.length < day.length) {
                int from = confidence.length;
                confidence = Arrays.copyOf(confidence, day.length);
                Arrays.fill(confidence, from, confidence.length, Double.NaN);
              }
              confidence[f] = c.confidence().orElseThrow().value();
            }
            day[f] = d;
            value[f++] = c.value();
          }
        }
        k++;
      }
      bad |= !own.isEmpty() && total == 0;
      mixedD |= up && down;
      parentStart[i] = e;
      List<Alignment> parents = o.parents();
      for (int q = 0; q < parents.size(); q++) {
        Alignment a = parents.get(q);
        if (e == edgeParent.length) {
          edgeParent = Arrays.copyOf(edgeParent, e * 2);
          edgeWeight = Arrays.copyOf(edgeWeight, e * 2);
        }
        edgeParent[e] = a.parent();
        edgeWeight[e] = a.weight();
        bad |= a.weight() < 0;
        e++;
      }
    }
    krStart[n] = k;
    parentStart[n] = e;
    obsFrom[k] = f;
    m = k;
    keyResultIndex = krIndex;
    keyResults = krs;
    krOwner = owner;
    krKind = kind;
    krBase = base;
    krTarget = target;
    krWeight = weight;
    krLow = low;
    krHigh = high;
    krUnit = unit;
    krMeasured = measured;
    units = Arrays.copyOf(unitNames, Math.max(1, unitCodes.size()));
    obsStart = obsFrom;
    obsDay = day;
    obsValue = value;
    if (confidence.length > 0 && confidence.length < day.length) {
      int from = confidence.length;
      confidence = Arrays.copyOf(confidence, day.length);
      Arrays.fill(confidence, from, confidence.length, Double.NaN);
    }
    obsConfidence = confidence;
    sameTargetCount = sameTarget;
    mixedUnits = mixedU;
    mixedDirections = mixedD;

    // Resolve the edges now that every objective is numbered (parents may come later in the list).
    parentIdx = new int[e];
    int[] childCount = new int[n];
    double[] incoming = new double[n];
    for (int q = 0; q < e; q++) {
      int p = objectiveIndex.get(edgeParent[q]);
      if (p < 0) {
        bad = true;
        p = 0; // keeps the arrays consistent; the validator reports the dangling parent
      }
      parentIdx[q] = p;
      childCount[p]++;
      incoming[p] += Math.max(0, edgeWeight[q]);
    }
    for (int c = 0; c < n; c++) {
      for (int q = parentStart[c] + 1; q < parentStart[c + 1]; q++) {
        for (int r = parentStart[c]; r < q; r++) {
          bad |= parentIdx[r] == parentIdx[q];
        }
      }
    }
    for (int p = 0; p < n; p++) {
      bad |= childCount[p] > 0 && incoming[p] == 0;
    }
    childStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      childStart[i + 1] = childStart[i] + childCount[i];
    }
    childIdx = new int[e];
    childWeight = new double[e];
    int[] fill = new int[n];
    for (int c = 0; c < n; c++) {
      for (int q = parentStart[c]; q < parentStart[c + 1]; q++) {
        int p = parentIdx[q];
        int slot = childStart[p] + fill[p]++;
        childIdx[slot] = c;
        childWeight[slot] = edgeWeight[q];
      }
    }
    // Children in id order, so that sums (and so rounding ties) do not depend on the input order.
    for (int p = 0; p < n; p++) {
      if (childStart[p + 1] - childStart[p] > 1) {
        sortById(childStart[p], childStart[p + 1]);
      }
    }
    // Kahn: a parent is ready once all its children are; fill[p] is p's number of children.
    order = new int[n];
    rank = new int[n];
    int[] pending = fill;
    int tail = 0;
    for (int i = 0; i < n; i++) {
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
    bad |= tail != n; // a cycle: its members never become ready
    suspect = bad;
    multiParent = new boolean[n];
    sharedBelow = new boolean[n];
    if (!bad) {
      for (int c = 0; c < n; c++) {
        int parents = 0;
        for (int q = parentStart[c]; q < parentStart[c + 1]; q++) {
          parents += edgeWeight[q] > 0 ? 1 : 0;
        }
        multiParent[c] = parents >= 2;
      }
      for (int i = 0; i < n; i++) {
        int c = order[i];
        if (multiParent[c] || sharedBelow[c]) {
          for (int q = parentStart[c]; q < parentStart[c + 1]; q++) {
            if (edgeWeight[q] > 0) {
              sharedBelow[parentIdx[q]] = true;
            }
          }
        }
      }
    }
  }

  private void sortById(int from, int to) {
    if (to - from > 16) {
      Integer[] idx = new Integer[to - from];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = from + i;
      }
      Arrays.sort(idx, (a, b) -> objectives[childIdx[a]].id().compareTo(objectives[childIdx[b]].id()));
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

  boolean isMaintain(int k) {
    byte kd = krKind[k];
    return kd == MAINTAIN_ABOVE || kd == MAINTAIN_BELOW || kd == WITHIN_BAND;
  }

  boolean isMetric(int k) {
    return krKind[k] == INCREASE || krKind[k] == DECREASE;
  }

  /** Same rule as {@link KeyResult#meets(double)}, from the columns. */
  boolean meets(int k, double v) {
    byte kd = krKind[k];
    if (kd == MAINTAIN_ABOVE) {
      return v >= krTarget[k];
    }
    if (kd == MAINTAIN_BELOW) {
      return v <= krTarget[k];
    }
    if (kd == WITHIN_BAND) {
      return v >= krLow[k] && v <= krHigh[k];
    }
    return krTarget[k] >= krBase[k] ? v >= krTarget[k] : v <= krTarget[k];
  }

  int keyResultIndex(KeyResultId id) {
    return keyResultIndex.get(id);
  }

  int objectiveIndex(ObjectiveId id) {
    return objectiveIndex.get(id);
  }
}

package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.IdIndex;
import io.github.ctokit.core.internal.OkrColumns;
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
import io.github.ctokit.core.okr.OkrCycle;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.okr.OkrTable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

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

  /** The object model compiled, or null for a table. */
  private final @Nullable OkrGraph model;
  /** The table compiled, or null for an object model. */
  private final @Nullable OkrTable table;
  /** The model's objectives (read through the list: no copy, no reference array to fill); empty for a table. */
  private final List<Objective> objectives;
  final int n;
  final int m;
  final IdIndex objectiveIndex;
  final IdIndex keyResultIndex;
  final int[] krStart;
  final int[] krOwner;
  // Key-result columns.
  final byte[] krKind;
  final double[] krBase;
  final double[] krTarget;
  final double[] krWeight;
  /** The band's lower end; empty when the graph has no band or ordinal key result. */
  final double[] krLow;
  /**
   * The band's upper end, or the last stage's ordinal of an ordinal key result; empty when the
   * graph has neither.
   */
  final double[] krHigh;
  /**
   * Number of the key result's unit in {@link #units}; empty when the graph has one unit (read
   * through {@link #unit}).
   */
  final int[] krUnit;
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
    this(graph, null, Scan.of(graph));
  }

  CompiledGraph(OkrTable table) {
    this(null, table, Scan.of(table));
  }

  private CompiledGraph(@Nullable OkrGraph graph, @Nullable OkrTable table, Scan in) {
    this.model = graph;
    this.table = table;
    this.objectives = graph == null ? List.of() : graph.objectives();
    n = in.n;
    m = in.m;
    int e = in.e;
    boolean bad = in.bad;
    krStart = in.krStart;
    parentStart = in.parentStart;
    krOwner = in.owner;
    krKind = in.kind;
    krBase = in.base;
    krTarget = in.target;
    krWeight = in.weight;
    krLow = in.low;
    krHigh = in.high;
    krUnit = in.unit;
    units = Arrays.copyOf(in.unitNames, Math.max(1, in.unitCodes.size()));
    obsStart = in.obsStart;
    obsDay = in.obsDay;
    obsValue = in.obsValue;
    obsConfidence = in.obsConfidence;
    cycleStart = in.cycleStart;
    cycleEnd = in.cycleEnd;
    committed = in.committed;
    sameTargetCount = in.sameTargetCount;
    mixedUnits = in.mixedUnits;
    mixedDirections = in.mixedDirections;
    int[] edgeHash = in.edgeHash;
    double[] edgeWeight = in.edgeWeight;
    Chars objectiveIds = in.objectiveIds;
    Chars parentIds = in.parentIds;

    // Index the ids (keyless: on a hash match the index reads the two ids back from the input).
    objectiveIndex = IdIndex.keyless(n, this::objectiveId);
    bad |= objectiveIndex.putAllHashesIfAbsent(in.objectiveHash, n);
    keyResultIndex = IdIndex.keyless(m, this::keyResultId);
    bad |= keyResultIndex.putAllHashesIfAbsent(in.krHash, m);
    // Resolve the parents: the index proposes the objective with the parent id's hash, and the
    // ids' keys (or copied characters) confirm it (the full probe runs only when two ids share a hash).
    parentIdx = objectiveIndex.candidates(edgeHash, e);
    Chars ids = objectiveIds;
    for (int q = 0; q < e; q++) {
      int p = parentIdx[q];
      if (p < 0 || !ids.same(p, parentIds, q)) {
        int edge = q;
        p = objectiveIndex.getHashed(edgeHash[q], v -> ids.same(v, parentIds, edge));
      }
      if (p < 0) {
        bad = true;
        p = 0; // keeps the arrays consistent; the validator reports the dangling parent
      }
      parentIdx[q] = p;
    }
    int[] childCount = new int[n];
    double[] incoming = new double[n];
    for (int q = 0; q < e; q++) {
      int p = parentIdx[q];
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
        sortById(objectiveIds, childStart[p], childStart[p + 1]);
      }
    }
    // Children first. The scan runs through the list in the direction its edges mostly point
    // against (exports list parents before their children, or the reverse) and emits each
    // objective whose children are all done; a parent that becomes ready behind the scan is emitted
    // at once, depth first through a stack. Topological for any list order, and sequential in memory
    // for a list sorted either way, so the evaluation pass reads its columns in order.
    order = new int[n];
    rank = new int[n];
    int[] pending = fill; // fill[p] is p's number of children
    int[] stack = rank; // free until the order is known
    int backward = 0;
    for (int c = 0; c < n; c++) {
      for (int q = parentStart[c]; q < parentStart[c + 1]; q++) {
        backward += parentIdx[q] < c ? 1 : 0;
      }
    }
    boolean fromEnd = backward * 2 >= e;
    int tail = 0;
    for (int s = 0; s < n; s++) {
      int i = fromEnd ? n - 1 - s : s;
      if (pending[i] != 0) {
        continue; // emitted later from the stack, or on a cycle
      }
      int sp = 0;
      int x = i;
      while (true) {
        order[tail++] = x;
        for (int q = parentStart[x]; q < parentStart[x + 1]; q++) {
          int p = parentIdx[q];
          if (--pending[p] == 0 && (fromEnd ? p > i : p < i)) { // ahead of the scan: it will be met
            stack[sp++] = p;
          }
        }
        if (sp == 0) {
          break;
        }
        x = stack[--sp];
      }
    }
    for (int r = 0; r < tail; r++) {
      rank[order[r]] = r;
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

  private void sortById(Chars objectiveIds, int from, int to) {
    if (to - from > 16) {
      Integer[] idx = new Integer[to - from];
      for (int i = 0; i < idx.length; i++) {
        idx[i] = from + i;
      }
      Arrays.sort(idx, (a, b) -> objectiveIds.compare(childIdx[a], childIdx[b]));
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
      int j = i - 1;
      while (j >= from && objectiveIds.compare(childIdx[j], c) > 0) {
        childIdx[j + 1] = childIdx[j];
        childWeight[j + 1] = childWeight[j];
        j--;
      }
      childIdx[j + 1] = c;
      childWeight[j + 1] = w;
    }
  }

  /**
   * One pass over the input (the object model, or a table's columns): the columns, the ids' hashes
   * and keys, and every error rule tested as a boolean ({@link #bad}).
   */
  private static final class Scan {
    /** Bits of {@link #direction}. */
    static final int UP = 1;
    static final int DOWN = 2;
    static final int BOTH = UP | DOWN;
    static final int WRONG_WAY = 4;
    static final int SAME_TARGET = 8;

    int n;
    int m;
    int e;
    boolean bad;
    int sameTargetCount;
    boolean mixedUnits;
    boolean mixedDirections;
    int[] krStart = new int[0];
    int[] parentStart = new int[0];
    int[] objectiveHash = new int[0];
    Chars objectiveIds = new Chars(0);
    Chars parentIds = new Chars(0);
    int[] krHash = new int[0];
    int[] edgeHash = new int[0];
    double[] edgeWeight = new double[0];
    int[] owner = new int[0];
    byte[] kind = new byte[0];
    double[] base = new double[0];
    double[] target = new double[0];
    double[] weight = new double[0];
    double[] low = new double[0];
    double[] high = new double[0];
    /** Unit numbers, allocated when a second unit is met (until then every number is 0). */
    int[] unit = new int[0];
    int[] obsStart = new int[1];
    long[] obsDay = new long[0];
    double[] obsValue = new double[0];
    double[] obsConfidence = new double[0];
    long[] cycleStart = new long[0];
    long[] cycleEnd = new long[0];
    boolean[] committed = new boolean[0];
    final Map<String, Integer> unitCodes = new HashMap<>();
    String[] unitNames = new String[4];
    private String lastUnit = "";
    private int lastCode = -1;
    final Map<KpiId, KpiDefinition> kpis = new HashMap<>();
    final Map<KpiId, KpiSeries> series = new HashMap<>();

    /** KPIs: few; plain maps are fine. */
    private Scan(List<KpiDefinition> definitions, List<KpiSeries> observed) {
      for (KpiDefinition def : definitions) {
        bad |= kpis.putIfAbsent(def.id(), def) != null;
      }
      for (KpiSeries s : observed) {
        bad |= series.putIfAbsent(s.kpi(), s) != null || !kpis.containsKey(s.kpi());
      }
    }

    static Scan of(OkrGraph graph) {
      Scan scan = new Scan(graph.kpis(), graph.kpiSeries());
      scan.walk(graph.objectives());
      return scan;
    }

    static Scan of(OkrTable table) {
      Scan scan = new Scan(table.kpis(), table.kpiSeries());
      scan.readTable(OkrColumns.of(table));
      return scan;
    }

    /**
     * The pass over a table: its columns, id hashes included, are used in place (the table is
     * immutable), so only what the table does not hold is computed: the ids' packed keys, owners,
     * cycle days, unit numbers, band ends, and the rule tests of {@link #walk}.
     */
    private void readTable(OkrColumns t) {
      n = t.objectiveIds.length;
      m = t.keyResultIds.length;
      e = t.parentIds.length;
      krStart = t.keyResultStart;
      parentStart = t.parentStart;
      committed = t.committed;
      kind = t.kinds;
      base = t.starts;
      target = t.targets;
      weight = t.weights;
      edgeWeight = t.parentWeights;
      objectiveHash = t.objectiveIdHashes;
      krHash = t.keyResultIdHashes;
      edgeHash = t.parentIdHashes;
      objectiveIds = new Chars(n);
      cycleStart = new long[n];
      cycleEnd = new long[n];
      owner = new int[m];
      boolean ranged = t.bandLows.length > 0 || t.stages.length > 0;
      low = ranged ? new double[m] : low;
      high = ranged ? new double[m] : high;
      @Nullable OkrCycle lastCycle = null;
      long cs = 0;
      long ce = 0;
      boolean bad = false;
      // Locals in the loop, stored to the fields once at the end, as in walk.
      int[] unitColumn = unit;
      int sameTarget = 0;
      boolean mixedU = false;
      boolean mixedD = false;
      for (int i = 0; i < n; i++) {
        String id = t.objectiveIds[i];
        objectiveIds.add(id);
        OkrCycle cycle = t.cycles[i];
        if (cycle != lastCycle) {
          cs = cycle.start().toEpochDay();
          ce = cycle.endExclusive().toEpochDay();
          lastCycle = cycle;
        }
        cycleStart[i] = cs;
        cycleEnd[i] = ce;
        double total = 0;
        int firstUnit = -1;
        int directions = 0;
        for (int k = krStart[i]; k < krStart[i + 1]; k++) {
          owner[k] = i;
          double w = weight[k];
          bad |= w < 0;
          total += Math.max(0, w);
          byte kd = kind[k];
          if (kd == WITHIN_BAND) {
            low[k] = t.bandLows[k];
            high[k] = t.bandHighs[k];
          } else if (kd == ORDINAL) {
            high[k] = Objects.requireNonNull(t.stages[k], "stages").size() - 1;
          } else {
            int d = direction(kd, base[k], target[k]);
            sameTarget += d >>> 3;
            bad |= (d & WRONG_WAY) != 0;
            directions |= d;
          }
          int code = unitCode(t.units[k]);
          unitColumn = withUnit(unitColumn, k, code, m);
          if (firstUnit < 0) {
            firstUnit = code;
          } else {
            mixedU |= firstUnit != code;
          }
          for (int q = t.checkInStart[k]; q < t.checkInStart[k + 1]; q++) {
            long d = t.checkInDays[q];
            bad |= d < cs || d >= ce;
          }
        }
        bad |= krStart[i + 1] > krStart[i] && total == 0;
        mixedD |= (directions & BOTH) == BOTH;
      }
      unit = unitColumn;
      sameTargetCount = sameTarget;
      mixedUnits = mixedU;
      mixedDirections = mixedD;
      parentIds = new Chars(e);
      for (int q = 0; q < e; q++) {
        parentIds.add(t.parentIds[q]);
        bad |= edgeWeight[q] < 0;
      }
      this.bad |= bad;
      observations(t);
    }

    /**
     * The observations of a table: its check-in columns in place, unless a key result is measured
     * by a KPI, whose observations then replace its check-ins in copied columns.
     */
    private void observations(OkrColumns t) {
      if (t.measuredBy.length == 0) {
        obsStart = t.checkInStart;
        obsDay = t.checkInDays;
        obsValue = t.checkInValues;
        obsConfidence = t.checkInConfidences;
        return;
      }
      obsStart = new int[m + 1];
      int size = 0;
      for (int k = 0; k < m; k++) {
        KpiId kpi = t.measuredBy[k];
        KpiSeries ks = kpi == null ? null : series.get(kpi);
        size += kpi == null ? t.checkInStart[k + 1] - t.checkInStart[k] : ks == null ? 0 : ks.size();
      }
      obsDay = new long[size];
      obsValue = new double[size];
      boolean confidences = t.checkInConfidences.length > 0;
      obsConfidence = confidences ? new double[size] : obsConfidence;
      int f = 0;
      for (int k = 0; k < m; k++) {
        obsStart[k] = f;
        KpiId kpi = t.measuredBy[k];
        if (kpi == null) {
          int from = t.checkInStart[k];
          int count = t.checkInStart[k + 1] - from;
          System.arraycopy(t.checkInDays, from, obsDay, f, count);
          System.arraycopy(t.checkInValues, from, obsValue, f, count);
          if (confidences) {
            System.arraycopy(t.checkInConfidences, from, obsConfidence, f, count);
          }
          f += count;
          continue;
        }
        KpiDefinition def = kpis.get(kpi);
        bad |= def == null || !def.unit().equals(t.units[k]);
        KpiSeries ks = series.get(kpi);
        for (int q = 0; ks != null && q < ks.size(); q++) {
          obsDay[f] = ks.epochDay(q);
          obsValue[f] = ks.value(q);
          if (confidences) {
            obsConfidence[f] = Double.NaN;
          }
          f++;
        }
      }
      obsStart[m] = f;
    }

    /** Confidences padded with NaN to the observations' length, or empty when there are none. */
    private static double[] padded(double[] confidence, int length) {
      if (confidence.length == 0 || confidence.length >= length) {
        return confidence;
      }
      int from = confidence.length;
      double[] all = Arrays.copyOf(confidence, length);
      Arrays.fill(all, from, length, Double.NaN);
      return all;
    }

    /**
     * Records key result k's unit number: nothing while every unit so far is the first one (the
     * column is allocated, at {@code capacity}, when another unit appears).
     */
    private static int[] withUnit(int[] unit, int k, int code, int capacity) {
      int[] column = code != 0 && unit.length == 0 ? new int[capacity] : unit;
      if (column.length > 0) {
        column[k] = code;
      }
      return column;
    }

    /** The number of a unit, in order of first use. */
    int unitCode(String u) {
      if (u.equals(lastUnit) && lastCode >= 0) { // units repeat: skip the map almost always
        return lastCode;
      }
      Integer known = unitCodes.get(u);
      int code;
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
      return code;
    }

    /**
     * The direction bits of a key result that is not a band or ordinal: {@link #UP} or
     * {@link #DOWN} for a metric, {@link #SAME_TARGET} when its start equals its target (a policy
     * decides), {@link #WRONG_WAY} when its target lies against its kind; 0 for other kinds.
     */
    static int direction(byte kind, double start, double target) {
      if (kind != INCREASE && kind != DECREASE) {
        return 0;
      }
      int d = kind == INCREASE ? UP : DOWN;
      if (start == target) {
        return d | SAME_TARGET;
      }
      return (kind == INCREASE) != (target > start) ? d | WRONG_WAY : d;
    }

    /**
     * The walk reads each object once and writes columns only: ids are hashed and the objective
     * ids kept as packed keys, with characters when longer (objectiveIds, parentIds), but no index
     * is probed and no array of references is filled. Indexing, duplicate detection and parent
     * resolution then run in bulk over the primitive columns, and compare ids by their keys and
     * characters instead of chasing four pointers per candidate into the model.
     */
    private void walk(List<Objective> list) {
      int n = list.size();
      this.n = n;
      boolean bad = false;
      int cap = Math.max(16, n * 3);
      int[] krStart = new int[n + 1];
      int[] objectiveHash = new int[n];
      Chars objectiveIds = new Chars(n);
      Chars parentIds = new Chars(n);
      int[] owner = new int[cap];
      int[] krHash = new int[cap];
      byte[] kind = new byte[cap];
      double[] base = new double[cap];
      double[] target = new double[cap];
      double[] weight = new double[cap];
      double[] low = new double[0]; // band and ordinal key results only: allocated when one is met
      double[] high = new double[0];
      int[] unit = new int[0];
      int[] obsFrom = new int[cap + 1];
      long[] day = new long[cap * 3];
      double[] value = new double[day.length];
      double[] confidence = new double[0];
      long[] cycleStart = new long[n];
      long[] cycleEnd = new long[n];
      boolean[] committed = new boolean[n];
      int[] parentStart = new int[n + 1];
      int edgeCap = Math.max(16, n + n / 8);
      int[] edgeHash = new int[edgeCap];
      double[] edgeWeight = new double[edgeCap];
      @Nullable OkrCycle lastCycle = null;
      long cs = 0;
      long ce = 0;
      int k = 0;
      int e = 0;
      int f = 0;
      int sameTarget = 0; // locals in the loop, stored to the fields once at the end
      boolean mixedU = false;
      boolean mixedD = false;
      for (int i = 0; i < n; i++) {
        Objective o = list.get(i);
        ObjectiveId oid = o.id();
        objectiveHash[i] = oid.hashCode();
        objectiveIds.add(oid.value());
        OkrCycle cycle = o.cycle();
        if (cycle != lastCycle) { // objectives share a handful of cycles
          cs = cycle.start().toEpochDay();
          ce = cycle.endExclusive().toEpochDay();
          lastCycle = cycle;
        }
        cycleStart[i] = cs;
        cycleEnd[i] = ce;
        committed[i] = o.isCommitted();
        krStart[i] = k;
        double total = 0;
        int firstUnit = -1;
        int directions = 0;
        List<KeyResult> own = o.keyResults();
        for (int j = 0; j < own.size(); j++) {
          KeyResult r = own.get(j);
          if (k == owner.length) {
            int c = owner.length * 2;
            owner = Arrays.copyOf(owner, c);
            krHash = Arrays.copyOf(krHash, c);
            kind = Arrays.copyOf(kind, c);
            base = Arrays.copyOf(base, c);
            target = Arrays.copyOf(target, c);
            weight = Arrays.copyOf(weight, c);
            low = low.length == 0 ? low : Arrays.copyOf(low, c);
            high = high.length == 0 ? high : Arrays.copyOf(high, c);
            unit = unit.length == 0 ? unit : Arrays.copyOf(unit, c);
            obsFrom = Arrays.copyOf(obsFrom, c + 1);
          }
          owner[k] = i;
          krHash[k] = r.id().hashCode();
          KeyResultKind kd = r.kind();
          kind[k] = (byte) kd.ordinal();
          double s = r.start();
          double t = r.target();
          double w = r.weight();
          base[k] = s;
          target[k] = t;
          weight[k] = w;
          bad |= w < 0;
          total += Math.max(0, w);
          if ((kd == KeyResultKind.WITHIN_BAND || kd == KeyResultKind.ORDINAL) && high.length == 0) {
            low = new double[owner.length];
            high = new double[owner.length];
          }
          if (kd == KeyResultKind.WITHIN_BAND) {
            low[k] = r.bandLow().orElse(t);
            high[k] = r.bandHigh().orElse(t);
          } else if (kd == KeyResultKind.ORDINAL) {
            high[k] = r.stages().map(st -> st.size() - 1).orElse(1);
          } else {
            int d = direction(kind[k], s, t);
            sameTarget += d >>> 3;
            bad |= (d & WRONG_WAY) != 0;
            directions |= d;
          }
          String u = r.unit();
          int code = unitCode(u);
          unit = withUnit(unit, k, code, owner.length);
          if (firstUnit < 0) {
            firstUnit = code;
          } else {
            mixedU |= firstUnit != code;
          }
          obsFrom[k] = f;
          List<CheckIn> checkIns = r.checkIns();
          KpiSeries ks = null;
          boolean measured = r.measuredBy().isPresent();
          if (measured) {
            for (CheckIn c : checkIns) { // ignored by scoring, but checked like any check-in
              bad |= c.epochDay() < cs || c.epochDay() >= ce;
            }
            KpiId id = r.measuredBy().get();
            KpiDefinition def = kpis.get(id);
            bad |= def == null || !def.unit().equals(u);
            ks = series.get(id);
          }
          int size = measured ? (ks == null ? 0 : ks.size()) : checkIns.size();
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
          } else if (!measured) {
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
        mixedD |= (directions & BOTH) == BOTH;
        parentStart[i] = e;
        List<Alignment> parents = o.parents();
        for (int q = 0; q < parents.size(); q++) {
          Alignment a = parents.get(q);
          if (e == edgeHash.length) {
            edgeHash = Arrays.copyOf(edgeHash, e * 2);
            edgeWeight = Arrays.copyOf(edgeWeight, e * 2);
          }
          ObjectiveId pid = a.parent();
          edgeHash[e] = pid.hashCode();
          parentIds.add(pid.value());
          edgeWeight[e] = a.weight();
          bad |= a.weight() < 0;
          e++;
        }
      }
      krStart[n] = k;
      parentStart[n] = e;
      obsFrom[k] = f;
      this.m = k;
      this.e = e;
      this.krStart = krStart;
      this.parentStart = parentStart;
      this.objectiveHash = objectiveHash;
      this.objectiveIds = objectiveIds;
      this.parentIds = parentIds;
      this.krHash = krHash;
      this.edgeHash = edgeHash;
      this.edgeWeight = edgeWeight;
      this.owner = owner;
      this.kind = kind;
      this.base = base;
      this.target = target;
      this.weight = weight;
      this.low = low;
      this.high = high;
      this.unit = unit;
      this.obsStart = obsFrom;
      this.obsDay = day;
      this.obsValue = value;
      this.obsConfidence = padded(confidence, day.length);
      this.cycleStart = cycleStart;
      this.cycleEnd = cycleEnd;
      this.committed = committed;
      this.bad |= bad;
      this.sameTargetCount = sameTarget;
      this.mixedUnits = mixedU;
      this.mixedDirections = mixedD;
    }
  }

  /**
   * Strings, each as a packed key of its first seven characters, and copied end to end into one
   * growing {@code char[]} when the key does not hold it whole: comparing two of them reads two
   * longs, and touches characters only when the keys cannot decide (an id longer than seven
   * characters, or one outside Latin-1).
   */
  static final class Chars {
    /** Low byte of a key: the id is longer than the key holds. */
    private static final int LONG = 0xFF;

    private char[] chars;
    private int[] start;
    private long[] keys;
    private int size;

    Chars(int expected) {
      chars = new char[Math.max(16, expected)]; // grows when ids are longer than their keys
      start = new int[Math.max(16, expected) + 1];
      keys = new long[start.length - 1];
    }

    void add(String s) {
      int from = start[size];
      int length = s.length();
      // From the string, not from the copy: reading characters just written by the vectorised
      // copy would stall on store forwarding.
      long key = key(s, length);
      int copied = complete(key) ? 0 : length; // a complete key holds the whole id
      if (from + copied > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, from + copied));
      }
      s.getChars(0, copied, chars, from);
      if (size + 2 > start.length) {
        start = Arrays.copyOf(start, start.length * 2);
        keys = Arrays.copyOf(keys, start.length - 1);
      }
      keys[size] = key;
      start[++size] = from + copied;
    }

    /**
     * The first seven characters as bytes, big-endian and zero-padded, above the length (or
     * {@link #LONG}); 0 when one of them is 0 or above 0xFF. Unsigned order of the upper 56 bits
     * is then {@link String#compareTo} order of the first seven characters, and equal keys with a
     * length byte other than {@link #LONG} mean equal strings.
     */
    private static long key(String s, int length) {
      long key = 0;
      for (int i = 0; i < 7; i++) {
        int c = i < length ? s.charAt(i) : 0;
        if (i < length && (c == 0 || c > 0xFF)) {
          return 0;
        }
        key = key << 8 | c;
      }
      return key << 8 | (length <= 7 ? length : LONG);
    }

    private static boolean complete(long key) {
      return key != 0 && (key & LONG) <= 7;
    }

    /** Whether string i equals string j of another instance. */
    boolean same(int i, Chars other, int j) {
      long a = keys[i];
      if (a != other.keys[j]) {
        return false; // equal strings have equal keys
      }
      return complete(a)
          || Arrays.equals(chars, start[i], start[i + 1], other.chars, other.start[j], other.start[j + 1]);
    }

    /** Compares strings i and j like {@link String#compareTo}. */
    int compare(int i, int j) {
      long a = keys[i];
      long b = keys[j];
      if (a != 0 && b != 0) {
        int prefix = Long.compareUnsigned(a >>> 8, b >>> 8);
        if (prefix != 0) {
          return prefix;
        }
        // Same first seven characters, none of them 0: a complete key is the one of length 7.
        if (complete(a) || complete(b)) {
          return Boolean.compare(!complete(a), !complete(b));
        }
      }
      if (!complete(a) && !complete(b)) {
        return Arrays.compare(chars, start[i], start[i + 1], chars, start[j], start[j + 1]);
      }
      // An id held only by its key against one outside Latin-1 (rare): compare the characters.
      return Arrays.compare(charsOf(i), charsOf(j));
    }

    private char[] charsOf(int i) {
      return complete(keys[i]) ? decode(keys[i]) : Arrays.copyOfRange(chars, start[i], start[i + 1]);
    }

    /** The characters of a complete key. */
    private static char[] decode(long key) {
      char[] decoded = new char[(int) (key & LONG)];
      for (int k = 0; k < decoded.length; k++) {
        decoded[k] = (char) (key >>> (56 - 8 * k) & 0xFF);
      }
      return decoded;
    }
  }

  /** Key result k of the input (built from the columns for a table). */
  KeyResult keyResult(int k) {
    if (table != null) {
      return table.keyResult(k);
    }
    int o = krOwner[k];
    return objectives.get(o).keyResults().get(k - krStart[o]);
  }

  /** Objective o of the input (built from the columns for a table). */
  Objective objective(int o) {
    return table != null ? table.objective(o) : objectives.get(o);
  }

  ObjectiveId objectiveId(int o) {
    return table != null ? table.objectiveId(o) : objectives.get(o).id();
  }

  KeyResultId keyResultId(int k) {
    return table != null ? table.keyResultId(k) : keyResult(k).id();
  }

  /** The graph compiled: the model itself, or the table's graph (built on each call). */
  OkrGraph graph() {
    return table != null ? table.toGraph() : Objects.requireNonNull(model, "model");
  }

  /**
   * Kahn's breadth-first order (children first, ready objectives in list order): the order in which
   * validation reports the violations it finds on the compiled graph. Assumes no cycle.
   */
  int[] reportingOrder() {
    int[] pending = new int[n];
    for (int p = 0; p < n; p++) {
      pending[p] = childStart[p + 1] - childStart[p];
    }
    int[] fifo = new int[n];
    int tail = 0;
    for (int i = 0; i < n; i++) {
      if (pending[i] == 0) {
        fifo[tail++] = i;
      }
    }
    for (int head = 0; head < tail; head++) {
      int c = fifo[head];
      for (int q = parentStart[c]; q < parentStart[c + 1]; q++) {
        if (--pending[parentIdx[q]] == 0) {
          fifo[tail++] = parentIdx[q];
        }
      }
    }
    return fifo;
  }

  /** Key result k's unit number in {@link #units}. */
  int unit(int k) {
    return krUnit.length == 0 ? 0 : krUnit[k];
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

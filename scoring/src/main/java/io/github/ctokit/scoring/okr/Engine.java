package io.github.ctokit.scoring.okr;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OKR evaluation: one iterative pass over the topological order (children before parents),
 * primitive arrays indexed by dense numbers, no recursion. Incremental re-evaluation writes into
 * overlay maps on top of an immutable base, so a what-if costs O(affected ancestors).
 *
 * <p>Internally "no data" is NaN; it never leaves this package (accessors turn it into an empty
 * optional).
 */
final class Engine {

  /** Progress is kept within ±BOUND so that no infinity can arise from huge values. */
  static final double BOUND = 1e6;

  static final byte ACHIEVED = 0;
  static final byte ON_TRACK = 1;
  static final byte AT_RISK = 2;
  static final byte OFF_TRACK = 3;
  static final byte NO_DATA = 4;

  // Slots of the value sums of SUM_OF_VALUES: numerator, denominator, forecast numerator, count of
  // key results, and the progress and forecast of the last one (a single key result passes through).
  static final int NUM = 0;
  static final int DEN = 1;
  static final int FNUM = 2;
  static final int COUNT = 3;
  static final int LAST = 4;
  static final int LAST_F = 5;
  static final int SUMS = 6;

  /** Values of one key result. */
  static final class Kr {
    double progress = Double.NaN;
    double current = Double.NaN;
    double forecast = Double.NaN;
    boolean stale;
    int latest = -1;

    Kr copy() {
      Kr copy = new Kr();
      copy.progress = progress;
      copy.current = current;
      copy.forecast = forecast;
      copy.stale = stale;
      copy.latest = latest;
      return copy;
    }
  }

  /** Values of one objective. */
  static final class Obj {
    double progress = Double.NaN;
    double forecast = Double.NaN;
    double expected;
    byte own = NO_DATA;
    byte status = NO_DATA;
    boolean missed;
    boolean missedBelow;
    boolean stale;
    double confidence = Double.NaN;
    /** The own status before a manual override (equal to own when none applies). */
    byte computed = NO_DATA;
    /** Value sums over the distinct key results at or below (SUM_OF_VALUES only). */
    final double[] sums = new double[SUMS];

    Obj copy() {
      Obj copy = new Obj();
      System.arraycopy(sums, 0, copy.sums, 0, SUMS);
      copy.progress = progress;
      copy.forecast = forecast;
      copy.expected = expected;
      copy.own = own;
      copy.status = status;
      copy.missed = missed;
      copy.missedBelow = missedBelow;
      copy.stale = stale;
      copy.confidence = confidence;
      copy.computed = computed;
      return copy;
    }
  }

  /** Replaced observations of one key result (what-if). */
  static final class Obs {
    final long[] day;
    final double[] value;
    /** Confidences (NaN when none), or empty when no value has one. */
    final double[] confidence;

    Obs(long[] day, double[] value, double[] confidence) {
      this.day = day;
      this.value = value;
      this.confidence = confidence;
    }
  }

  final CompiledGraph g;
  final RollupPolicy policy;
  final long asOf;
  // The policy's rules, read once: the pass consults them per item, and primitives and final
  // references are cheaper to test than enums behind getters and an OptionalInt.
  private final Overshoot overshoot;
  private final boolean clampNegative;
  private final boolean clampNegativeInRollup;
  private final boolean oneIfMet;
  private final MissingCheckIn missingCheckIn;
  private final boolean linear;
  private final boolean maintainLatest;
  private final boolean staleRule;
  private final int staleAfterDays;
  private final KeyResultRollup krMode;
  private final ChildRollup childMode;
  private final boolean sumOfValues;
  private final double childShare;
  private final PaceCurve paceCurve;
  private final int endOfDay;
  private final PaceRule paceRule;
  private final StatusRollup statusRollup;
  private final boolean roundBeforeRollup;
  private final boolean confidenceMin;
  private final boolean expireOnNewerCheckIn;
  // Base values, written by the full pass only.
  final double[] krProgress;
  final double[] krCurrent;
  final double[] krForecast;
  final boolean[] krStale;
  final int[] krLatest;
  final double[] objProgress;
  final double[] objForecast;
  final double[] objExpected;
  final byte[] objOwn;
  final byte[] objStatus;
  final boolean[] objMissed;
  final boolean[] objMissedBelow;
  final boolean[] objStale;
  /** SUMS values per objective under SUM_OF_VALUES; empty otherwise. */
  final double[] objSums;
  final double[] objConfidence;
  final byte[] objComputed;
  /** Manual overrides by objective, or null; shared by what-if copies. */
  final @Nullable StatusOverride @Nullable [] overrides;
  // Overlays (null in the base engine).
  final @Nullable Map<Integer, Kr> krOver;
  final @Nullable Map<Integer, Obj> objOver;
  final @Nullable Map<Integer, Obs> obsOver;

  private final Kr kr = new Kr();
  private final Obj obj = new Obj();
  private final int[] counts = new int[5];

  /** A base engine: allocates the arrays and runs the full pass in the compiled order. */
  Engine(CompiledGraph g, RollupPolicy policy, long asOf, @Nullable StatusOverride @Nullable [] overrides) {
    this(g, policy, asOf, overrides, g.order);
  }

  /** A base engine evaluating objectives in a given children-first order (tests compare orders). */
  Engine(CompiledGraph g, RollupPolicy policy, long asOf, @Nullable StatusOverride @Nullable [] overrides, int[] order) {
    this(g, policy, asOf, overrides, null, null, null, null);
    // Key results do not depend on each other: one sequential sweep over the columns.
    for (int k = 0; k < g.m; k++) {
      evalKr(k);
      storeKr(k);
    }
    for (int i = 0; i < order.length; i++) {
      int o = order[i];
      evalObj(o);
      storeObj(o);
    }
  }

  /** A what-if engine sharing the base arrays, with copies of the previous overlays. */
  Engine(Engine base, Map<Integer, Kr> krOver, Map<Integer, Obj> objOver, Map<Integer, Obs> obsOver) {
    this(base.g, base.policy, base.asOf, base.overrides, base, krOver, objOver, obsOver);
  }

  /** Reads the policy; allocates the base arrays, or shares those of {@code base}. */
  private Engine(CompiledGraph g, RollupPolicy policy, long asOf, @Nullable StatusOverride @Nullable [] overrides,
      @Nullable Engine base, @Nullable Map<Integer, Kr> krOver, @Nullable Map<Integer, Obj> objOver,
      @Nullable Map<Integer, Obs> obsOver) {
    this.g = g;
    this.overrides = overrides;
    this.policy = policy;
    this.asOf = asOf;
    overshoot = policy.overshoot();
    clampNegative = policy.wrongDirection() == WrongDirection.CLAMP_0;
    clampNegativeInRollup = policy.wrongDirection() == WrongDirection.CLAMP_0_IN_ROLLUP;
    oneIfMet = policy.startEqualsTarget() == StartEqualsTarget.ONE_IF_MET;
    missingCheckIn = policy.missingCheckIn();
    linear = policy.interpolation() == Interpolation.LINEAR;
    maintainLatest = policy.maintainRule() == MaintainRule.LATEST;
    staleRule = policy.staleAfterDays().isPresent();
    staleAfterDays = policy.staleAfterDays().orElse(0);
    krMode = policy.keyResultRollup();
    childMode = policy.childRollup();
    sumOfValues = childMode == ChildRollup.SUM_OF_VALUES;
    childShare = policy.childShare();
    paceCurve = policy.paceCurve();
    endOfDay = policy.dayCount() == DayCount.END_OF_DAY ? 1 : 0;
    paceRule = policy.paceRule();
    statusRollup = policy.statusRollup();
    roundBeforeRollup = policy.roundBeforeRollup();
    confidenceMin = policy.confidenceRollup() == ConfidenceRollup.MIN;
    expireOnNewerCheckIn = policy.overrideExpiry() == OverrideExpiry.ON_NEWER_CHECK_IN;
    krProgress = base != null ? base.krProgress : new double[g.m];
    krCurrent = base != null ? base.krCurrent : new double[g.m];
    krForecast = base != null ? base.krForecast : new double[g.m];
    krStale = base != null ? base.krStale : new boolean[g.m];
    krLatest = base != null ? base.krLatest : new int[g.m];
    objProgress = base != null ? base.objProgress : new double[g.n];
    objForecast = base != null ? base.objForecast : new double[g.n];
    objExpected = base != null ? base.objExpected : new double[g.n];
    objOwn = base != null ? base.objOwn : new byte[g.n];
    objStatus = base != null ? base.objStatus : new byte[g.n];
    objMissed = base != null ? base.objMissed : new boolean[g.n];
    objMissedBelow = base != null ? base.objMissedBelow : new boolean[g.n];
    objStale = base != null ? base.objStale : new boolean[g.n];
    objSums = base != null ? base.objSums : new double[sumOfValues ? g.n * SUMS : 0];
    objConfidence = base != null ? base.objConfidence : new double[g.obsConfidence.length > 0 ? g.n : 0];
    objComputed = base != null ? base.objComputed : new byte[overrides != null ? g.n : 0];
    this.krOver = krOver;
    this.objOver = objOver;
    this.obsOver = obsOver;
  }

  /** Re-evaluates key result k, its objective and every ancestor, in topological order. */
  void propagate(int k) {
    evalKr(k);
    storeKr(k);
    int owner = g.krOwner[k];
    java.util.HashSet<Integer> seen = new java.util.HashSet<>();
    java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>();
    seen.add(owner);
    todo.add(owner);
    while (!todo.isEmpty()) {
      int c = todo.poll();
      for (int q = g.parentStart[c]; q < g.parentStart[c + 1]; q++) {
        if (seen.add(g.parentIdx[q])) {
          todo.add(g.parentIdx[q]);
        }
      }
    }
    int[] affected = new int[seen.size()];
    int a = 0;
    for (int o : seen) {
      affected[a++] = g.rank[o];
    }
    Arrays.sort(affected);
    for (int r : affected) {
      int o = g.order[r];
      evalObj(o);
      storeObj(o);
    }
  }

  // ---- reads through overlays ----

  long[] days(int k) {
    Obs o = obsOver == null ? null : obsOver.get(k);
    return o == null ? g.obsDay : o.day;
  }

  double[] values(int k) {
    Obs o = obsOver == null ? null : obsOver.get(k);
    return o == null ? g.obsValue : o.value;
  }

  int from(int k) {
    Obs o = obsOver == null ? null : obsOver.get(k);
    return o == null ? g.obsStart[k] : 0;
  }

  int to(int k) {
    Obs o = obsOver == null ? null : obsOver.get(k);
    return o == null ? g.obsStart[k + 1] : o.day.length;
  }

  private @Nullable Kr krO(int k) {
    return krOver == null ? null : krOver.get(k);
  }

  private @Nullable Obj objO(int o) {
    return objOver == null ? null : objOver.get(o);
  }

  double krProgress(int k) {
    Kr v = krO(k);
    return v == null ? krProgress[k] : v.progress;
  }

  double krCurrent(int k) {
    Kr v = krO(k);
    return v == null ? krCurrent[k] : v.current;
  }

  double krForecast(int k) {
    Kr v = krO(k);
    return v == null ? krForecast[k] : v.forecast;
  }

  boolean krStale(int k) {
    Kr v = krO(k);
    return v == null ? krStale[k] : v.stale;
  }

  int krLatest(int k) {
    Kr v = krO(k);
    return v == null ? krLatest[k] : v.latest;
  }

  double objProgress(int o) {
    Obj v = objO(o);
    return v == null ? objProgress[o] : v.progress;
  }

  double objForecast(int o) {
    Obj v = objO(o);
    return v == null ? objForecast[o] : v.forecast;
  }

  double objExpected(int o) {
    Obj v = objO(o);
    return v == null ? objExpected[o] : v.expected;
  }

  byte objOwn(int o) {
    Obj v = objO(o);
    return v == null ? objOwn[o] : v.own;
  }

  byte objStatus(int o) {
    Obj v = objO(o);
    return v == null ? objStatus[o] : v.status;
  }

  boolean objMissed(int o) {
    Obj v = objO(o);
    return v == null ? objMissed[o] : v.missed;
  }

  boolean objMissedBelow(int o) {
    Obj v = objO(o);
    return v == null ? objMissedBelow[o] : v.missedBelow;
  }

  boolean objStale(int o) {
    Obj v = objO(o);
    return v == null ? objStale[o] : v.stale;
  }

  double objConfidence(int o) {
    Obj v = objO(o);
    return v != null ? v.confidence : objConfidence.length > 0 ? objConfidence[o] : Double.NaN;
  }

  byte objComputed(int o) {
    Obj v = objO(o);
    return v != null ? v.computed : objComputed.length > 0 ? objComputed[o] : objOwn(o);
  }

  double[] confidences(int k) {
    Obs o = obsOver == null ? null : obsOver.get(k);
    return o == null ? g.obsConfidence : o.confidence;
  }

  /** The confidence on the key result's latest check-in in the window that carries one, or NaN. */
  double krConfidence(int k) {
    double[] conf = confidences(k);
    int latest = krLatest(k);
    if (conf.length == 0 || latest < 0) {
      return Double.NaN;
    }
    int lo = windowLo(k);
    for (int i = latest; i >= lo; i--) {
      if (!Double.isNaN(conf[i])) {
        return conf[i];
      }
    }
    return Double.NaN;
  }

  /** The override that applies to an objective as of the date, or null. */
  @Nullable StatusOverride override(int o) {
    @Nullable StatusOverride @Nullable [] all = overrides;
    StatusOverride over = all == null ? null : all[o];
    if (over == null) {
      return null;
    }
    long day = over.date().toEpochDay();
    if (day > asOf) {
      return null;
    }
    if (expireOnNewerCheckIn) {
      for (int k = g.krStart[o]; k < g.krStart[o + 1]; k++) {
        int latest = krLatest(k);
        if (latest >= 0 && days(k)[latest] > day) {
          return null;
        }
      }
    }
    return over;
  }

  double objSum(int o, int slot) {
    Obj v = objO(o);
    return v == null ? objSums[o * SUMS + slot] : v.sums[slot];
  }

  // ---- writes ----

  private void storeKr(int k) {
    if (krOver == null) {
      krProgress[k] = kr.progress;
      krCurrent[k] = kr.current;
      krForecast[k] = kr.forecast;
      krStale[k] = kr.stale;
      krLatest[k] = kr.latest;
    } else {
      krOver.put(k, kr.copy());
    }
  }

  private void storeObj(int o) {
    if (objOver == null) {
      objProgress[o] = obj.progress;
      objForecast[o] = obj.forecast;
      objExpected[o] = obj.expected;
      objOwn[o] = obj.own;
      objStatus[o] = obj.status;
      objMissed[o] = obj.missed;
      objMissedBelow[o] = obj.missedBelow;
      objStale[o] = obj.stale;
      if (objSums.length > 0) {
        System.arraycopy(obj.sums, 0, objSums, o * SUMS, SUMS);
      }
      if (objConfidence.length > 0) {
        objConfidence[o] = obj.confidence;
      }
      if (objComputed.length > 0) {
        objComputed[o] = obj.computed;
      }
    } else {
      objOver.put(o, obj.copy());
    }
  }

  // ---- key results ----

  /** First index in [from, to) whose day is ≥ day. */
  static int firstAtOrAfter(long[] days, int from, int to, long day) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] < day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Index range [lo, hi) of the observations that count: in the owner's cycle, on or before asOf. */
  int windowLo(int k) {
    int owner = g.krOwner[k];
    return firstAtOrAfter(days(k), from(k), to(k), g.cycleStart[owner]);
  }

  private void evalKr(int k) {
    CompiledGraph g = this.g;
    // The overlay is read once (the base pass has none), not once per days/values/from/to.
    Obs replaced = obsOver == null ? null : obsOver.get(k);
    long[] day = replaced == null ? g.obsDay : replaced.day;
    double[] val = replaced == null ? g.obsValue : replaced.value;
    int from = replaced == null ? g.obsStart[k] : 0;
    int to = replaced == null ? g.obsStart[k + 1] : replaced.day.length;
    int owner = g.krOwner[k];
    long start = g.cycleStart[owner];
    long lastDay = g.cycleEnd[owner] - 1;
    long last = Math.min(asOf, lastDay);
    int lo = firstAtOrAfter(day, from, to, start);
    int hi = firstAtOrAfter(day, from, to, last + 1);
    kr.latest = hi > lo ? hi - 1 : -1;
    kr.current = Double.NaN;
    kr.stale = false;
    if (staleRule && asOf >= start) {
      long since = hi > lo ? day[hi - 1] : start;
      kr.stale = last - since > staleAfterDays;
    }
    if (hi <= lo) {
      switch (missingCheckIn) {
        case EXCLUDE:
          kr.progress = Double.NaN;
          break;
        case ZERO:
          kr.progress = 0;
          break;
        default:
          kr.current = g.krBase[k];
          kr.progress = g.isMaintain(k) ? 0 : finish(raw(k, g.krBase[k]));
      }
      kr.forecast = kr.progress;
      return;
    }
    if (g.isMaintain(k)) {
      if (maintainLatest) {
        kr.progress = g.meets(k, val[hi - 1]) ? 1 : 0;
      } else {
        int met = 0;
        for (int i = lo; i < hi; i++) {
          if (g.meets(k, val[i])) {
            met++;
          }
        }
        kr.progress = (double) met / (hi - lo);
      }
      kr.current = val[hi - 1];
      kr.forecast = kr.progress;
      return;
    }
    double v = val[hi - 1];
    boolean metric = g.isMetric(k);
    if (metric && linear && hi < to && day[hi - 1] < asOf && day[hi] <= lastDay) {
      double f = (double) (asOf - day[hi - 1]) / (day[hi] - day[hi - 1]);
      v = v + (val[hi] - v) * f;
    }
    kr.current = v;
    kr.progress = finish(raw(k, v));
    kr.forecast = kr.progress;
    if (metric && hi - lo >= 2) {
      kr.forecast = finish(raw(k, trend(day, val, lo, hi, lastDay)));
    }
  }

  /** Least-squares line through the observations, evaluated at a day. */
  static double trend(long[] day, double[] val, int lo, int hi, long at) {
    int count = hi - lo;
    // Days are summed as integers: one conversion instead of one per day (measurably faster on
    // three check-ins). The offsets ascend from 0, so while the total is at most 2^53 every partial
    // sum is exact in a double too and the mean has the same bits as a sum of doubles.
    long sumX = 0;
    double meanY = 0;
    long x0 = day[lo];
    for (int i = lo; i < hi; i++) {
      sumX += day[i] - x0;
      meanY += val[i];
    }
    double meanX = sumX <= 1L << 53 ? (double) sumX : sumOfDoubles(day, lo, hi, x0);
    meanX /= count;
    meanY /= count;
    double sxy = 0;
    double sxx = 0;
    for (int i = lo; i < hi; i++) {
      double dx = (day[i] - x0) - meanX;
      sxy += dx * (val[i] - meanY);
      sxx += dx * dx;
    }
    double slope = sxx == 0 ? 0 : sxy / sxx;
    double y = meanY + slope * ((at - x0) - meanX);
    return Double.isFinite(y) ? y : meanY;
  }

  /** The day offsets summed in doubles (for totals beyond 2^53, where the order of rounding shows). */
  private static double sumOfDoubles(long[] day, int lo, int hi, long x0) {
    double sum = 0;
    for (int i = lo; i < hi; i++) {
      sum += day[i] - x0;
    }
    return sum;
  }

  /** Raw progress of a value, before the policy's clamps. */
  double raw(int k, double v) {
    byte kind = g.krKind[k];
    if (kind == CompiledGraph.MILESTONE) {
      return v;
    }
    if (kind == CompiledGraph.ORDINAL) {
      return v / g.krHigh[k];
    }
    double s = g.krBase[k];
    double t = g.krTarget[k];
    if (s == t) {
      if (oneIfMet) {
        return (kind == CompiledGraph.DECREASE ? v <= t : v >= t) ? 1 : 0;
      }
      return 0;
    }
    return ratio(v * 0.5 - s * 0.5, t * 0.5 - s * 0.5);
  }

  static double ratio(double num, double den) {
    double q = num / den;
    if (Double.isNaN(q)) {
      return 0;
    }
    return Math.max(-BOUND, Math.min(BOUND, q)) + 0.0; // + 0.0 turns -0.0 into 0.0
  }

  /** Applies overshoot and wrong-direction rules to a raw key-result progress. */
  double finish(double raw) {
    double p = overshoot.apply(raw);
    if (p < 0 && clampNegative) {
      p = 0;
    }
    return round(p);
  }

  double round(double p) {
    if (!roundBeforeRollup || Double.isNaN(p)) {
      return p + 0.0;
    }
    return BigDecimal.valueOf(p).setScale(policy.gradeScale(), policy.gradeRounding()).doubleValue();
  }

  /** The value a progress contributes to a rollup. */
  double inRollup(double p) {
    return clampNegativeInRollup && p < 0 ? 0 : p;
  }

  // ---- objectives ----

  private void evalObj(int o) {
    CompiledGraph g = this.g;
    boolean committed = g.committed[o];
    if (sumOfValues) {
      sumValues(o, obj.sums);
    }
    obj.progress = combine(o, false);
    obj.forecast = combine(o, true);
    boolean stale = false;
    for (int k = g.krStart[o]; k < g.krStart[o + 1]; k++) {
      stale |= krStale(k);
    }
    obj.stale = stale;
    obj.expected = expected(o);
    boolean over = asOf >= g.cycleEnd[o];
    obj.missed = false;
    if (Double.isNaN(obj.progress)) {
      obj.own = NO_DATA;
      obj.missed = committed && over;
    } else {
      obj.own = (byte) paceRule.status(obj.progress, obj.expected).ordinal();
      if (committed && over && obj.progress < 1) {
        obj.missed = true;
        obj.own = OFF_TRACK;
      }
    }
    obj.computed = obj.own;
    StatusOverride manual = overrides == null ? null : override(o);
    if (manual != null) {
      obj.own = (byte) manual.status().ordinal();
    }
    // A what-if may bring the first confidence into a graph without any: overlays always compute it.
    obj.confidence = objConfidence.length > 0 || objOver != null ? confidence(o) : Double.NaN;
    boolean missedBelow = obj.missed;
    // The statuses present, one bit each, decide every rollup but the majority, which counts them.
    boolean majority = statusRollup == StatusRollup.MAJORITY;
    int[] counts = this.counts;
    if (majority) {
      Arrays.fill(counts, 0);
      counts[obj.own]++;
    }
    int present = 1 << obj.own;
    for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
      if (g.childWeight[q] > 0) {
        int c = g.childIdx[q];
        missedBelow |= objMissedBelow(c);
        byte s = objStatus(c);
        present |= 1 << s;
        if (majority) {
          counts[s]++;
        }
      }
    }
    obj.missedBelow = missedBelow;
    byte status = rollStatus(obj.own, present, counts);
    if (missedBelow && (status == ACHIEVED || status == ON_TRACK)) {
      status = AT_RISK;
    }
    obj.status = status;
  }

  private double confidence(int o) {
    double sum = 0;
    double low = Double.POSITIVE_INFINITY;
    int count = 0;
    for (int k = g.krStart[o]; k < g.krStart[o + 1]; k++) {
      double c = krConfidence(k);
      if (!Double.isNaN(c)) {
        sum += c;
        low = Math.min(low, c);
        count++;
      }
    }
    for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
      double c = g.childWeight[q] > 0 ? objConfidence(g.childIdx[q]) : Double.NaN;
      if (!Double.isNaN(c)) {
        sum += c;
        low = Math.min(low, c);
        count++;
      }
    }
    return count == 0 ? Double.NaN : confidenceMin ? low : sum / count;
  }

  // Objectives share a handful of cycles: the expected progress of the last cycle asked about.
  private long paceStart = Long.MIN_VALUE;
  private long paceEnd = Long.MIN_VALUE;
  private double paceExpected;

  /** The progress expected of objective o by now. */
  private double expected(int o) {
    long start = g.cycleStart[o];
    long end = g.cycleEnd[o];
    if (start != paceStart || end != paceEnd) {
      paceStart = start;
      paceEnd = end;
      paceExpected = paceCurve.expected(elapsed(o));
    }
    return paceExpected;
  }

  double elapsed(int o) {
    long days = asOf - g.cycleStart[o] + endOfDay;
    double f = (double) days / (g.cycleEnd[o] - g.cycleStart[o]);
    return Math.min(1, Math.max(0, f));
  }

  /**
   * The rolled-up status from the statuses present (bit s for status s) and, for the majority,
   * their counts.
   */
  private byte rollStatus(byte own, int present, int[] counts) {
    switch (statusRollup) {
      case OWN:
        return own;
      case WORST_WINS:
        if ((present & 1 << NO_DATA) != 0) {
          return NO_DATA;
        }
        return worst(present);
      case WEAKEST:
        return worst(present);
      default:
        byte best = NO_DATA;
        int most = 0;
        for (byte s = 0; s < NO_DATA; s++) {
          if (counts[s] > 0 && counts[s] >= most) {
            most = counts[s];
            best = s;
          }
        }
        return best;
    }
  }

  /** The worst status present apart from no data, or no data when there is none. */
  private static byte worst(int present) {
    int known = present & (1 << NO_DATA) - 1;
    return known == 0 ? NO_DATA : (byte) (31 - Integer.numberOfLeadingZeros(known));
  }

  // ---- value rollup across the DAG ----

  private int[] stamp = new int[0];
  private int[] stack = new int[0];
  private int stampValue;

  /** Adds an objective's own key results' quantities to {@code sums}. */
  private void addOwn(int o, double[] sums) {
    for (int k = g.krStart[o]; k < g.krStart[o + 1]; k++) {
      double p = krProgress(k);
      if (Double.isNaN(p)) {
        continue;
      }
      p = inRollup(p);
      double f = inRollup(krForecast(k));
      double span = g.krTarget[k] - g.krBase[k];
      double cur = krCurrent(k);
      sums[NUM] += Double.isNaN(cur) || g.isMaintain(k) ? p * span : cur - g.krBase[k];
      sums[DEN] += span;
      sums[FNUM] += f * span;
      sums[COUNT]++;
      sums[LAST] = p;
      sums[LAST_F] = f;
    }
  }

  /** Adds an objective's sums (its own and everything below, each key result once). */
  private void addBelow(int c, double[] sums) {
    double count = objSum(c, COUNT);
    if (count == 0) {
      return;
    }
    sums[NUM] += objSum(c, NUM);
    sums[DEN] += objSum(c, DEN);
    sums[FNUM] += objSum(c, FNUM);
    sums[COUNT] += count;
    sums[LAST] = objSum(c, LAST);
    sums[LAST_F] = objSum(c, LAST_F);
  }

  /**
   * Sums the quantities of the distinct key results at or below {@code o}. Where at most one
   * contributing child has a shared objective at or below it, children's sets are disjoint and
   * their sums add up; otherwise an iterative walk stamps each objective once, adding whole sums
   * of children with nothing shared below them.
   */
  private void sumValues(int o, double[] sums) {
    Arrays.fill(sums, 0);
    addOwn(o, sums);
    int risky = 0;
    for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
      int c = g.childIdx[q];
      if (g.childWeight[q] > 0 && (g.multiParent[c] || g.sharedBelow[c])) {
        risky++;
      }
    }
    if (risky <= 1) {
      for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
        if (g.childWeight[q] > 0) {
          addBelow(g.childIdx[q], sums);
        }
      }
      return;
    }
    if (stamp.length < g.n) {
      stamp = new int[g.n];
      stack = new int[g.n];
    }
    int mark = ++stampValue;
    int sp = 0;
    stack[sp++] = o;
    stamp[o] = mark;
    while (sp > 0) {
      int d = stack[--sp];
      for (int q = g.childStart[d]; q < g.childStart[d + 1]; q++) {
        int c = g.childIdx[q];
        if (g.childWeight[q] <= 0 || stamp[c] == mark) {
          continue;
        }
        stamp[c] = mark;
        if (g.sharedBelow[c]) {
          addOwn(c, sums);
          stack[sp++] = c;
        } else {
          addBelow(c, sums);
        }
      }
    }
  }

  /** The objective's progress (or forecast) from its key results and children under the policy. */
  double combine(int o, boolean forecast) {
    if (sumOfValues) {
      double count = obj.sums[COUNT];
      if (count == 0) {
        return Double.NaN;
      }
      if (count == 1) {
        return round(forecast ? obj.sums[LAST_F] : obj.sums[LAST]);
      }
      return round(finishValue(forecast ? obj.sums[FNUM] : obj.sums[NUM], obj.sums[DEN]));
    }
    int k0 = g.krStart[o];
    int k1 = g.krStart[o + 1];
    boolean hasKrs = k1 > k0;
    boolean hasChildren = g.childStart[o + 1] > g.childStart[o];
    ChildRollup mode = childMode;
    KeyResultRollup krMode = this.krMode;
    boolean useKrs;
    boolean useChildren;
    switch (mode) {
      case OWN_KEY_RESULTS_ONLY:
        useKrs = true;
        useChildren = false;
        break;
      case CHILDREN_ONLY:
        useKrs = !hasChildren;
        useChildren = hasChildren;
        break;
      case CHILDREN_IF_NO_KEY_RESULTS:
        useKrs = hasKrs;
        useChildren = !hasKrs;
        break;
      default:
        useKrs = true;
        useChildren = true;
    }
    // Sums over key results.
    double krSum = 0;
    double krWeight = 0;
    int krCount = 0;
    double krMin = Double.POSITIVE_INFINITY;
    double krLast = Double.NaN;
    double valueNum = 0;
    double valueDen = 0;
    if (useKrs) {
      for (int k = k0; k < k1; k++) {
        double p = forecast ? krForecast(k) : krProgress(k);
        if (Double.isNaN(p)) {
          continue;
        }
        p = inRollup(p);
        double w = krMode == KeyResultRollup.MEAN || krMode == KeyResultRollup.MIN ? 1 : g.krWeight[k];
        if (krMode == KeyResultRollup.VALUE_ROLLUP) {
          double span = g.krTarget[k] - g.krBase[k];
          double cur = krCurrent(k);
          if (forecast || Double.isNaN(cur) || g.isMaintain(k)) {
            valueNum += p * span;
          } else {
            valueNum += cur - g.krBase[k];
          }
          valueDen += span;
          krCount++;
          krLast = p;
          continue;
        }
        if (w <= 0) {
          continue;
        }
        krSum += w * p;
        krWeight += w;
        krCount++;
        krLast = p;
        krMin = Math.min(krMin, p);
      }
    }
    double krPart;
    if (krCount == 0) {
      krPart = Double.NaN;
    } else if (krMode == KeyResultRollup.VALUE_ROLLUP) {
      krPart = krCount == 1 ? krLast : finishValue(valueNum, valueDen);
      krSum = krPart;
      krWeight = 1;
      krMin = krPart;
    } else if (krMode == KeyResultRollup.MIN) {
      krPart = krMin;
    } else {
      krPart = krCount == 1 ? krLast : krSum / krWeight;
    }
    // Sums over children.
    double chSum = 0;
    double chWeight = 0;
    int chCount = 0;
    double chMin = Double.POSITIVE_INFINITY;
    double chLast = Double.NaN;
    if (useChildren) {
      for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
        double w = g.childWeight[q];
        if (w <= 0) {
          continue;
        }
        int c = g.childIdx[q];
        double p = forecast ? objForecast(c) : objProgress(c);
        if (Double.isNaN(p)) {
          continue;
        }
        p = inRollup(p);
        if (mode == ChildRollup.AS_PEERS && krMode != KeyResultRollup.WEIGHTED_MEAN) {
          w = 1;
        }
        chSum += w * p;
        chWeight += w;
        chCount++;
        chLast = p;
        chMin = Math.min(chMin, p);
      }
    }
    double chPart = chCount == 0 ? Double.NaN
        : krMode == KeyResultRollup.MIN ? chMin : chCount == 1 ? chLast : chSum / chWeight;
    double result;
    if (mode == ChildRollup.AS_PEERS) {
      if (krCount == 0) {
        result = chPart;
      } else if (chCount == 0) {
        result = krPart;
      } else if (krMode == KeyResultRollup.MIN) {
        result = Math.min(krPart, chPart);
      } else if (krMode == KeyResultRollup.VALUE_ROLLUP) {
        result = (krPart + chSum) / (1 + chWeight);
      } else {
        result = (krSum + chSum) / (krWeight + chWeight);
      }
    } else if (mode == ChildRollup.SHARE) {
      if (krCount == 0) {
        result = chPart;
      } else if (chCount == 0) {
        result = krPart;
      } else {
        result = (1 - childShare) * krPart + childShare * chPart;
      }
    } else {
      result = useChildren ? chPart : krPart;
    }
    return round(result);
  }

  private double finishValue(double num, double den) {
    if (den == 0) {
      return 0;
    }
    return finish(ratio(num, den));
  }

  static OkrStatus status(byte b) {
    return OkrStatus.values()[b];
  }

  static Map<Integer, Kr> copyKr(@Nullable Map<Integer, Kr> m) {
    return m == null ? new HashMap<>() : new HashMap<>(m);
  }

  static Map<Integer, Obj> copyObj(@Nullable Map<Integer, Obj> m) {
    return m == null ? new HashMap<>() : new HashMap<>(m);
  }

  static Map<Integer, Obs> copyObs(@Nullable Map<Integer, Obs> m) {
    return m == null ? new HashMap<>() : new HashMap<>(m);
  }
}

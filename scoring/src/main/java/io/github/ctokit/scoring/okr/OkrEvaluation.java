package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.ObjectiveId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of {@link OkrRollup#evaluate}: for every objective and key result, as of one date,
 * its progress, grade, pace status, staleness, forecast and explanation. Immutable and
 * thread-safe; {@link #withCheckIn(KeyResultId, CheckIn)} answers "what if" by re-evaluating only
 * the affected key result's objective and its ancestors, and always equals a full evaluation of
 * the changed graph.
 *
 * <p>Progress is a fraction (1 = target reached); it is empty when there is no data (no key result
 * or child with a value under the policy's missing-check-in rule). Unknown ids throw
 * {@link IllegalArgumentException}.
 */
public final class OkrEvaluation {

  private final Engine engine;
  private final LocalDate asOf;

  OkrEvaluation(Engine engine, LocalDate asOf) {
    this.engine = engine;
    this.asOf = asOf;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the as-of date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the policy used.
   *
   * @return the policy
   */
  public RollupPolicy policy() {
    return engine.policy;
  }

  /**
   * Returns the ids of the objectives, in graph order.
   *
   * @return an unmodifiable list
   */
  public List<ObjectiveId> objectiveIds() {
    CompiledGraph g = engine.g;
    return new AbstractList<>() {
      @Override
      public ObjectiveId get(int index) {
        return g.objectiveId(Objects.checkIndex(index, g.n));
      }

      @Override
      public int size() {
        return g.n;
      }
    };
  }

  private int o(ObjectiveId id) {
    Objects.requireNonNull(id, "objectiveId");
    int i = engine.g.objectiveIndex(id);
    if (i < 0) {
      throw new IllegalArgumentException("objective id must be in the evaluated graph (was " + id + ")");
    }
    return i;
  }

  private int k(KeyResultId id) {
    Objects.requireNonNull(id, "keyResultId");
    int i = engine.g.keyResultIndex(id);
    if (i < 0) {
      throw new IllegalArgumentException("key result id must be in the evaluated graph (was " + id + ")");
    }
    return i;
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /**
   * Returns an objective's progress.
   *
   * @param objectiveId the objective
   * @return the progress (1 = done; the policy decides whether it can leave [0, 1]), or empty without data
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OptionalDouble progress(ObjectiveId objectiveId) {
    return opt(engine.objProgress(o(objectiveId)));
  }

  /**
   * Returns a key result's progress.
   *
   * @param keyResultId the key result
   * @return the progress, or empty without data
   * @throws NullPointerException if {@code keyResultId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OptionalDouble progress(KeyResultId keyResultId) {
    return opt(engine.krProgress(k(keyResultId)));
  }

  /**
   * Returns a key result's current value as of the date (after interpolation, or the start value
   * under {@link MissingCheckIn#START_VALUE}).
   *
   * @param keyResultId the key result
   * @return the value in the key result's unit, or empty
   * @throws NullPointerException if {@code keyResultId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OptionalDouble current(KeyResultId keyResultId) {
    return opt(engine.krCurrent(k(keyResultId)));
  }

  /**
   * Returns an objective's grade: its progress rounded to the policy's scale, with its colour.
   *
   * @param objectiveId the objective
   * @return the grade, or empty without data
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public Optional<Grade> grade(ObjectiveId objectiveId) {
    return grade(engine.objProgress(o(objectiveId)));
  }

  /**
   * Returns a key result's grade.
   *
   * @param keyResultId the key result
   * @return the grade, or empty without data
   * @throws NullPointerException if {@code keyResultId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public Optional<Grade> grade(KeyResultId keyResultId) {
    return grade(engine.krProgress(k(keyResultId)));
  }

  private Optional<Grade> grade(double p) {
    if (Double.isNaN(p)) {
      return Optional.empty();
    }
    RollupPolicy policy = engine.policy;
    BigDecimal value = BigDecimal.valueOf(p).setScale(policy.gradeScale(), policy.gradeRounding());
    GradeColour colour = value.compareTo(policy.greenFrom()) >= 0 ? GradeColour.GREEN
        : value.compareTo(policy.yellowFrom()) >= 0 ? GradeColour.YELLOW : GradeColour.RED;
    return Optional.of(new Grade(value, colour));
  }

  /**
   * Returns the progress expected of an objective as of the date, from the policy's pace curve.
   *
   * @param objectiveId the objective
   * @return within [0, 1]
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public double expected(ObjectiveId objectiveId) {
    return engine.objExpected(o(objectiveId));
  }

  /**
   * Returns an objective's own pace status, from its progress against the expected progress; a
   * committed objective below 1 at the end of its cycle is {@link OkrStatus#OFF_TRACK}.
   *
   * @param objectiveId the objective
   * @return the status
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OkrStatus ownStatus(ObjectiveId objectiveId) {
    return Engine.status(engine.objOwn(o(objectiveId)));
  }

  /**
   * Returns an objective's status rolled up with its children's under the policy's
   * {@link StatusRollup}; an objective with a missed committed objective below it is never better
   * than {@link OkrStatus#AT_RISK}, whatever the averages say.
   *
   * @param objectiveId the objective
   * @return the status
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OkrStatus status(ObjectiveId objectiveId) {
    return Engine.status(engine.objStatus(o(objectiveId)));
  }

  /**
   * Returns the status computed for an objective before any manual override: equal to
   * {@link #ownStatus(ObjectiveId)} when no override applies.
   *
   * @param objectiveId the objective
   * @return the computed own status
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OkrStatus computedStatus(ObjectiveId objectiveId) {
    return Engine.status(engine.objComputed(o(objectiveId)));
  }

  /**
   * Returns the manual status override that applies to an objective as of the date (set on or
   * before it and not dropped by a newer check-in under {@link OverrideExpiry#ON_NEWER_CHECK_IN}).
   *
   * @param objectiveId the objective
   * @return the override, or empty
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public Optional<StatusOverride> statusOverride(ObjectiveId objectiveId) {
    return Optional.ofNullable(engine.override(o(objectiveId)));
  }

  /**
   * Returns an objective's confidence: its key results' and contributing children's confidences
   * combined under the policy's {@link ConfidenceRollup}. Separate from progress and status.
   *
   * @param objectiveId the objective
   * @return within [0, 1], or empty when nothing at or below it carries a confidence
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OptionalDouble confidence(ObjectiveId objectiveId) {
    return opt(engine.objConfidence(o(objectiveId)));
  }

  /**
   * Returns a key result's confidence: the owner's confidence on its latest check-in in the cycle,
   * on or before the date, that carries one.
   *
   * @param keyResultId the key result
   * @return within [0, 1], or empty
   * @throws NullPointerException if {@code keyResultId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OptionalDouble confidence(KeyResultId keyResultId) {
    return opt(engine.krConfidence(k(keyResultId)));
  }

  /**
   * Tells whether a committed objective was missed: its cycle is over and its progress is below 1.
   *
   * @param objectiveId the objective
   * @return true for a missed committed objective
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public boolean missedCommitment(ObjectiveId objectiveId) {
    return engine.objMissed(o(objectiveId));
  }

  /**
   * Tells whether this objective or one contributing to it (weight above 0) is a missed commitment.
   *
   * @param objectiveId the objective
   * @return true if a missed commitment is at or below it
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public boolean containsMissedCommitment(ObjectiveId objectiveId) {
    return engine.objMissedBelow(o(objectiveId));
  }

  /**
   * Tells whether one of the objective's key results is stale (policy {@code staleAfterDays}).
   *
   * @param objectiveId the objective
   * @return true if a key result has gone without a value for too long
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public boolean isStale(ObjectiveId objectiveId) {
    return engine.objStale(o(objectiveId));
  }

  /**
   * Tells whether a key result is stale: more than {@code staleAfterDays} days since its latest
   * value (or the cycle start).
   *
   * @param keyResultId the key result
   * @return true if stale; always false without {@code staleAfterDays}
   * @throws NullPointerException if {@code keyResultId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public boolean isStale(KeyResultId keyResultId) {
    return engine.krStale(k(keyResultId));
  }

  /**
   * Returns an objective's end-of-cycle forecast: its key results' forecasts rolled up like its
   * progress.
   *
   * @param objectiveId the objective
   * @return the forecast progress, or empty without data
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OptionalDouble forecast(ObjectiveId objectiveId) {
    return opt(engine.objForecast(o(objectiveId)));
  }

  /**
   * Returns a key result's end-of-cycle forecast: for increase and decrease key results with two or
   * more values in the cycle, the least-squares line through them evaluated on the cycle's last
   * day, scored under the policy; otherwise the current progress.
   *
   * @param keyResultId the key result
   * @return the forecast progress, or empty without data
   * @throws NullPointerException if {@code keyResultId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public OptionalDouble forecast(KeyResultId keyResultId) {
    return opt(engine.krForecast(k(keyResultId)));
  }

  /**
   * Returns a copy of this evaluation in which a key result has one more check-in (or a replaced
   * one, on the same date), re-evaluating only its objective and their ancestors. The result equals
   * {@link OkrRollup#evaluate} on the changed graph.
   *
   * @param keyResultId the key result
   * @param checkIn the check-in to add or replace
   * @return the new evaluation; this one is unchanged
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not in the graph, the key result is measured by
   *     a KPI, the date is outside the objective's cycle, or the value breaks the key result's rules
   */
  public OkrEvaluation withCheckIn(KeyResultId keyResultId, CheckIn checkIn) {
    Objects.requireNonNull(checkIn, "checkIn");
    int k = k(keyResultId);
    CompiledGraph g = engine.g;
    KeyResult kr = g.keyResult(k);
    if (kr.measuredBy().isPresent()) {
      throw new IllegalArgumentException("key result " + keyResultId + " is measured by a kpi and takes no check-ins");
    }
    int owner = g.krOwner[k];
    long day = checkIn.date().toEpochDay();
    if (day < g.cycleStart[owner] || day >= g.cycleEnd[owner]) { // the cycle's columns: no objective built
      throw new IllegalArgumentException("check-in date must be within the cycle " + g.objective(owner).cycle()
          + " (was " + checkIn.date() + ")");
    }
    long[] days = engine.days(k);
    double[] values = engine.values(k);
    int from = engine.from(k);
    int to = engine.to(k);
    double[] confidences = engine.confidences(k);
    int at = Engine.firstAtOrAfter(days, from, to, day);
    boolean replace = at < to && days[at] == day;
    int size = to - from + (replace ? 0 : 1);
    long[] nd = new long[size];
    double[] nv = new double[size];
    boolean anyConfidence = checkIn.hasConfidence() || confidences.length > 0;
    double[] nc = anyConfidence ? new double[size] : new double[0];
    double confidence = checkIn.confidence().map(p -> p.value()).orElse(Double.NaN);
    int w = 0;
    for (int i = from; i < to; i++) {
      if (i == at) {
        if (anyConfidence) {
          nc[w] = confidence;
        }
        nd[w] = day;
        nv[w++] = checkIn.value();
        if (replace) {
          continue;
        }
      }
      if (anyConfidence) {
        nc[w] = confidences.length > 0 ? confidences[i] : Double.NaN;
      }
      nd[w] = days[i];
      nv[w++] = values[i];
    }
    if (at == to) {
      if (anyConfidence) {
        nc[w] = confidence;
      }
      nd[w] = day;
      nv[w] = checkIn.value();
    }
    checkValue(kr, checkIn.value());
    Map<Integer, Engine.Obs> obs = Engine.copyObs(engine.obsOver);
    obs.put(k, new Engine.Obs(nd, nv, nc));
    Engine next = new Engine(engine, Engine.copyKr(engine.krOver), Engine.copyObj(engine.objOver), obs);
    next.propagate(k);
    return new OkrEvaluation(next, asOf);
  }

  private static void checkValue(KeyResult kr, double v) {
    if (kr.kind() == KeyResultKind.MILESTONE && v != 0 && v != 1) {
      throw new IllegalArgumentException("check-in value must be 0 or 1 for kind MILESTONE (key result " + kr.id()
          + ") (was " + Checks.format(v) + ")");
    }
    if (kr.kind() == KeyResultKind.ORDINAL) {
      int size = kr.stages().map(s -> s.size()).orElse(2);
      if (v != Math.rint(v) || v < 0 || v >= size) {
        throw new IllegalArgumentException("check-in value must be a stage ordinal within [0, " + (size - 1)
            + "] (key result " + kr.id() + ") (was " + Checks.format(v) + ")");
      }
    }
  }

  /**
   * Explains a key result's progress: the formula with its numbers, where the value came from and
   * which policy rule changed it.
   *
   * @param keyResultId the key result
   * @return the explanation, without inputs
   * @throws NullPointerException if {@code keyResultId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public Explanation explain(KeyResultId keyResultId) {
    return explainKr(k(keyResultId));
  }

  /**
   * Explains an objective's progress down to its key results, through every contributing child.
   * Built iteratively; a child shared by several parents is explained once and shared.
   *
   * @param objectiveId the objective
   * @return the explanation tree
   * @throws NullPointerException if {@code objectiveId} is null
   * @throws IllegalArgumentException if the id is not in the graph
   */
  public Explanation explain(ObjectiveId objectiveId) {
    int root = o(objectiveId);
    CompiledGraph g = engine.g;
    Map<Integer, Explanation> done = new HashMap<>();
    List<Integer> nodes = new ArrayList<>();
    ArrayList<Integer> stack = new ArrayList<>();
    stack.add(root);
    done.put(root, new Explanation("", Double.NaN, "", "", List.of()));
    while (!stack.isEmpty()) {
      int c = stack.remove(stack.size() - 1);
      nodes.add(c);
      for (int q = g.childStart[c]; q < g.childStart[c + 1]; q++) {
        int child = g.childIdx[q];
        if (!done.containsKey(child)) {
          done.put(child, new Explanation("", Double.NaN, "", "", List.of()));
          stack.add(child);
        }
      }
    }
    int[] byRank = new int[nodes.size()];
    for (int i = 0; i < byRank.length; i++) {
      byRank[i] = g.rank[nodes.get(i)];
    }
    Arrays.sort(byRank);
    for (int r : byRank) {
      int node = g.order[r];
      done.put(node, explainObjective(node, done));
    }
    return Objects.requireNonNull(done.get(root));
  }

  private Explanation explainObjective(int o, Map<Integer, Explanation> done) {
    CompiledGraph g = engine.g;
    RollupPolicy policy = engine.policy;
    boolean hasKrs = g.krStart[o + 1] > g.krStart[o];
    boolean hasChildren = g.childStart[o + 1] > g.childStart[o];
    ChildRollup mode = policy.childRollup();
    boolean useKrs = mode != ChildRollup.CHILDREN_ONLY ? (mode != ChildRollup.CHILDREN_IF_NO_KEY_RESULTS || hasKrs) : !hasChildren;
    boolean useChildren = mode == ChildRollup.CHILDREN_ONLY ? hasChildren
        : mode == ChildRollup.CHILDREN_IF_NO_KEY_RESULTS ? !hasKrs : mode != ChildRollup.OWN_KEY_RESULTS_ONLY;
    KeyResultRollup krMode = policy.keyResultRollup();
    boolean weighted = krMode == KeyResultRollup.WEIGHTED_MEAN;
    List<Explanation> inputs = new ArrayList<>();
    List<String> krItems = new ArrayList<>();
    List<String> childItems = new ArrayList<>();
    if (useKrs) {
      for (int k = g.krStart[o]; k < g.krStart[o + 1]; k++) {
        Explanation e = explainKr(k);
        inputs.add(e);
        double p = engine.krProgress(k);
        String item = g.keyResultId(k) + " " + Explanation.number(p)
            + (Double.isNaN(p) ? " excluded" : weighted || krMode == KeyResultRollup.VALUE_ROLLUP ? "×" + Checks.format(g.keyResult(k).weight()) : "");
        krItems.add(krMode == KeyResultRollup.VALUE_ROLLUP ? g.keyResultId(k) + " " + Explanation.number(engine.krCurrent(k)) : item);
      }
    }
    if (useChildren) {
      for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
        int c = g.childIdx[q];
        inputs.add(Objects.requireNonNull(done.get(c)));
        double p = engine.objProgress(c);
        boolean childWeighted = weighted || mode != ChildRollup.AS_PEERS;
        childItems.add(g.objectiveId(c) + " " + Explanation.number(p)
            + (Double.isNaN(p) || g.childWeight[q] <= 0 ? " excluded" : childWeighted ? "×" + Checks.format(g.childWeight[q]) : ""));
      }
    }
    String krRule = krMode == KeyResultRollup.MEAN ? "mean" : krMode == KeyResultRollup.MIN ? "min"
        : krMode == KeyResultRollup.VALUE_ROLLUP ? "value rollup (Σ current − Σ start) / (Σ target − Σ start)" : "weighted mean";
    String childRule = krMode == KeyResultRollup.MIN ? "min" : mode == ChildRollup.AS_PEERS && !weighted ? "mean" : "weighted mean";
    String rule;
    String detail;
    if (mode == ChildRollup.SUM_OF_VALUES) {
      int count = (int) engine.objSum(o, Engine.COUNT);
      rule = "value rollup at and below";
      List<String> items = new ArrayList<>(krItems);
      for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
        int c = g.childIdx[q];
        items.add(g.objectiveId(c) + (g.childWeight[q] > 0 ? " " + Explanation.number(engine.objSum(c, Engine.NUM))
            + " of " + Explanation.number(engine.objSum(c, Engine.DEN)) : " excluded"));
      }
      detail = "(Σ current − Σ start) / (Σ target − Σ start) over " + count + (count == 1 ? " key result" : " key results")
          + " at or below, each once = " + Explanation.number(engine.objSum(o, Engine.NUM)) + " / "
          + Explanation.number(engine.objSum(o, Engine.DEN)) + " (" + String.join(", ", items) + ")";
    } else if (mode == ChildRollup.AS_PEERS && useChildren && hasChildren && hasKrs) {
      List<String> all = new ArrayList<>(krItems);
      all.addAll(childItems);
      rule = krRule + " of key results and children";
      detail = (krMode == KeyResultRollup.MEAN ? "mean" : krMode == KeyResultRollup.MIN ? "min" : "weighted mean") + "(" + String.join(", ", all) + ")";
    } else if (mode == ChildRollup.SHARE && hasKrs && hasChildren) {
      rule = "share";
      detail = Checks.format(1 - policy.childShare()) + " × " + krRule + "(" + String.join(", ", krItems) + ") + "
          + Checks.format(policy.childShare()) + " × " + childRule + "(" + String.join(", ", childItems) + ")";
    } else if (useChildren && hasChildren && !(useKrs && hasKrs)) {
      rule = childRule + " of children";
      detail = childRule + "(" + String.join(", ", childItems) + ")";
    } else if (hasKrs) {
      rule = krRule;
      detail = krRule + "(" + String.join(", ", krItems) + ")";
    } else {
      rule = "no data";
      detail = "no key results and no contributing children";
    }
    double value = engine.objProgress(o);
    if (Double.isNaN(value)) {
      detail += "; no data";
    }
    if (engine.objMissed(o)) {
      detail += "; committed objective missed (cycle over, below 1)";
    }
    if (engine.objStale(o)) {
      detail += "; stale";
    }
    detail += "; expected " + Explanation.number(engine.objExpected(o)) + ", status " + Engine.status(engine.objStatus(o));
    StatusOverride over = engine.override(o);
    if (over != null) {
      detail += " (own " + over.status() + ": manual override by " + over.author() + " on " + over.date()
          + "; computed " + Engine.status(engine.objComputed(o)) + ")";
    }
    double confidence = engine.objConfidence(o);
    if (!Double.isNaN(confidence)) {
      detail += "; confidence " + Explanation.number(confidence);
    }
    return new Explanation(g.objectiveId(o).value(), value, rule, detail, inputs);
  }

  private Explanation explainKr(int k) {
    CompiledGraph g = engine.g;
    RollupPolicy policy = engine.policy;
    KeyResult r = g.keyResult(k);
    double p = engine.krProgress(k);
    double cur = engine.krCurrent(k);
    int latest = engine.krLatest(k);
    String source;
    if (latest >= 0) {
      String when = LocalDate.ofEpochDay(engine.days(k)[latest]).toString();
      source = r.measuredBy().map(kpi -> "kpi " + kpi + " observation on " + when).orElse("check-in on " + when);
      if (!r.isMaintain() && cur != engine.values(k)[latest]) {
        source = "interpolated after " + source;
      }
    } else {
      source = "no value in the cycle: " + policy.missingCheckIn();
    }
    String rule;
    String detail;
    switch (r.kind()) {
      case INCREASE:
      case DECREASE:
        rule = "(current − start) / (target − start)";
        detail = Double.isNaN(cur) ? source
            : r.start() == r.target() ? "start equals target: " + policy.startEqualsTarget() + "; " + source
            : "(" + Explanation.number(cur) + " − " + Checks.format(r.start()) + ") / (" + Checks.format(r.target())
                + " − " + Checks.format(r.start()) + "); " + source;
        break;
      case MILESTONE:
        rule = "milestone";
        detail = (Double.isNaN(cur) ? "" : cur == 1 ? "done; " : "not done; ") + source;
        break;
      case ORDINAL:
        rule = "stage / last stage";
        detail = Double.isNaN(cur) ? source
            : "stage " + Checks.format(cur) + " of " + r.stages().map(s -> s.size() - 1).orElse(1) + "; " + source;
        break;
      default:
        rule = policy.maintainRule() == MaintainRule.LATEST ? "latest value meets" : "share of check-ins met";
        int lo = engine.windowLo(k);
        int met = 0;
        int count = 0;
        if (latest >= 0) {
          for (int i = lo; i <= latest; i++) {
            count++;
            met += r.meets(engine.values(k)[i]) ? 1 : 0;
          }
        }
        detail = (policy.maintainRule() == MaintainRule.LATEST ? "latest " + Explanation.number(cur)
            : met + " of " + count + " met") + "; " + source;
    }
    if (!Double.isNaN(cur) && r.kind() != KeyResultKind.MILESTONE && !r.isMaintain()) {
      double raw = engine.raw(k, cur);
      if (raw > 1 && p < raw) {
        detail += "; overshoot " + policy.overshoot();
      } else if (raw < 0 && p > raw) {
        detail += "; wrong direction floored at 0";
      }
    }
    return new Explanation(r.id().value(), p, rule, detail, List.of());
  }

  /** Returns a one-line summary: the date, policy and size. */
  @Override
  public String toString() {
    return "OkrEvaluation[asOf=" + asOf + ", policy=" + engine.policy.name() + ", objectives=" + engine.g.n
        + ", keyResults=" + engine.g.m + "]";
  }
}

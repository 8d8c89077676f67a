package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.okr.OkrTable;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import io.github.ctokit.core.internal.Checks;
import java.time.LocalDate;
import io.github.ctokit.core.okr.ObjectiveId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OKR engine: evaluates an {@link OkrGraph} as of a date under a {@link RollupPolicy}, in one
 * iterative pass over the alignment DAG in topological order (children first). Immutable,
 * thread-safe and reusable.
 *
 * <pre>{@code
 * OkrEvaluation okrs = OkrRollup.using(RollupPolicy.googleGrading()).evaluate(graph, asOf);
 * okrs.progress(objectiveId);   // OptionalDouble
 * okrs.status(objectiveId);     // OkrStatus.ON_TRACK, …
 * okrs.explain(objectiveId).text();
 * }</pre>
 *
 * <p>Cost: O(V + E + K + C) time and memory for V objectives, E alignment edges, K key results and
 * C check-ins or KPI observations; no recursion, so a chain of a million objectives is fine. For
 * bulk imports, hand it an {@link OkrTable} instead of a graph: the same evaluation, without an
 * object per row on either side.
 */
public final class OkrRollup {

  private static final Logger LOG = LoggerFactory.getLogger(OkrRollup.class);

  private final RollupPolicy policy;
  private final List<StatusOverride> overrides;

  private OkrRollup(RollupPolicy policy, List<StatusOverride> overrides) {
    this.policy = policy;
    this.overrides = overrides;
  }

  /**
   * Returns an engine using a policy.
   *
   * @param policy the policy, such as {@link RollupPolicy#googleGrading()}
   * @return the engine
   * @throws NullPointerException if {@code policy} is null
   */
  public static OkrRollup using(RollupPolicy policy) {
    return new OkrRollup(Objects.requireNonNull(policy, "policy"), List.of());
  }

  /**
   * Returns an engine with another policy.
   *
   * @param policy the policy
   * @return a new engine
   * @throws NullPointerException if {@code policy} is null
   */
  public OkrRollup withPolicy(RollupPolicy policy) {
    return new OkrRollup(Objects.requireNonNull(policy, "policy"), overrides);
  }

  /**
   * Returns an engine that applies manual status overrides: each wins over its objective's computed
   * own status from its date on (until dropped under the policy's {@link OverrideExpiry}), feeds
   * the status rollup above it, and is shown next to the computed status in the explanation.
   * Progress, grades and confidence are never overridden.
   *
   * @param overrides the overrides, at most one per objective
   * @return a new engine
   * @throws NullPointerException if {@code overrides} or an element is null
   * @throws IllegalArgumentException if two overrides name the same objective
   */
  public OkrRollup withStatusOverrides(Collection<StatusOverride> overrides) {
    List<StatusOverride> copy = List.copyOf(Objects.requireNonNull(overrides, "overrides"));
    java.util.Set<ObjectiveId> seen = new java.util.HashSet<>();
    for (StatusOverride o : copy) {
      if (!seen.add(o.objective())) {
        throw new IllegalArgumentException("overrides must name each objective once (was " + o.objective() + " twice)");
      }
    }
    return new OkrRollup(policy, copy);
  }

  /**
   * Returns the manual status overrides.
   *
   * @return an unmodifiable list, empty by default
   */
  public List<StatusOverride> statusOverrides() {
    return overrides;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public RollupPolicy policy() {
    return policy;
  }

  /**
   * Validates a graph for this engine: the graph's own rules ({@link OkrGraph#validator()}), plus
   * {@code okr.start-equals-target} as an error under {@link StartEqualsTarget#ERROR}, and
   * {@code okr.unit-mismatch} for key results of one objective with different units under
   * {@link KeyResultRollup#VALUE_ROLLUP}. Never throws for a non-null graph.
   *
   * @param graph the graph
   * @return every violation
   * @throws NullPointerException if {@code graph} is null
   */
  public ValidationResult validate(OkrGraph graph) {
    Objects.requireNonNull(graph, "graph");
    ValidationResult own = graph.validate();
    ValidationResult.Builder found = ValidationResult.builder();
    for (Violation v : own.violations()) {
      if (policy.startEqualsTarget() == StartEqualsTarget.ERROR && v.code().equals("okr.start-equals-target")) {
        found.error(v.path(), v.code(), "start must differ from target under policy " + policy.name()
            + " (start-equals-target rule ERROR)");
      } else {
        found.add(v);
      }
    }
    if (policy.keyResultRollup() == KeyResultRollup.VALUE_ROLLUP) {
      List<Objective> objectives = graph.objectives();
      for (int i = 0; i < objectives.size(); i++) {
        List<KeyResult> krs = objectives.get(i).keyResults();
        for (int j = 1; j < krs.size(); j++) {
          if (!krs.get(j).unit().equals(krs.get(0).unit())) {
            found.error(ModelPath.of("objectives").index(i).field("keyResults").index(j).field("unit"), "okr.unit-mismatch",
                "unit must equal keyResults[0]'s for VALUE_ROLLUP (was " + Checks.quote(krs.get(j).unit())
                    + ", expected " + Checks.quote(krs.get(0).unit()) + ")");
          }
          if (krs.get(j).kind() != krs.get(0).kind() && !krs.get(j).isMaintain()
              && (krs.get(j).kind() == KeyResultKind.INCREASE || krs.get(j).kind() == KeyResultKind.DECREASE)
              && (krs.get(0).kind() == KeyResultKind.INCREASE || krs.get(0).kind() == KeyResultKind.DECREASE)) {
            found.error(ModelPath.of("objectives").index(i).field("keyResults").index(j).field("kind"), "okr.direction-mismatch",
                "kind must equal keyResults[0]'s for VALUE_ROLLUP (was " + krs.get(j).kind() + ", expected " + krs.get(0).kind() + ")");
          }
        }
      }
    }
    ValidationResult result = found.build();
    if (policy.childRollup() == ChildRollup.SUM_OF_VALUES && own.isValid()) { // the DAG is sound: compile it
      ValidationResult.Builder more = ValidationResult.builder().addAll(result);
      dagUnits(new CompiledGraph(graph), more);
      result = more.build();
    }
    return result;
  }

  /**
   * Under {@link ChildRollup#SUM_OF_VALUES}, every key result at or below an objective must share
   * one unit and one direction. Merges them children first and reports each objective where two
   * consistent parts first meet in conflict (its ancestors inherit the conflict silently).
   *
   * @return true if a conflict was found
   */
  private static boolean dagUnits(CompiledGraph g, ValidationResult.@Nullable Builder found) {
    int[] unit = new int[g.n]; // -1 none, -2 mixed, else a unit code
    byte[] direction = new byte[g.n]; // bit 1 increase, bit 2 decrease
    boolean conflict = false;
    int[] order = found == null ? g.order : g.reportingOrder();
    for (int i = 0; i < g.n; i++) {
      int o = order[i];
      int u = -1;
      byte d = 0;
      boolean inherited = false;
      for (int k = g.krStart[o]; k < g.krStart[o + 1]; k++) {
        u = u == -1 || u == g.unit(k) ? g.unit(k) : -2;
        d |= g.krKind[k] == CompiledGraph.INCREASE ? 1 : g.krKind[k] == CompiledGraph.DECREASE ? 2 : 0;
      }
      for (int q = g.childStart[o]; q < g.childStart[o + 1]; q++) {
        if (g.childWeight[q] <= 0) {
          continue;
        }
        int c = g.childIdx[q];
        inherited |= unit[c] == -2 || direction[c] == 3;
        u = unit[c] == -1 ? u : u == -1 || u == unit[c] ? unit[c] : -2;
        d |= direction[c];
      }
      unit[o] = u;
      direction[o] = d;
      if ((u == -2 || d == 3) && !inherited) {
        conflict = true;
        if (found != null) {
          found.error(ModelPath.of("objectives").index(o), u == -2 ? "okr.unit-mismatch" : "okr.direction-mismatch",
              "key results at or below objective " + g.objectiveId(o) + " must share one "
                  + (u == -2 ? "unit" : "direction") + " for SUM_OF_VALUES (was " + describe(g, o) + ")");
        }
      }
    }
    return conflict;
  }

  /** The distinct units and kinds of an objective's own key results and direct children, for a message. */
  private static String describe(CompiledGraph g, int o) {
    java.util.TreeSet<String> units = new java.util.TreeSet<>();
    java.util.TreeSet<String> kinds = new java.util.TreeSet<>();
    for (int k = g.krStart[o]; k < g.krStart[o + 1]; k++) {
      units.add(Checks.quote(g.units[g.unit(k)]));
      kinds.add(g.keyResult(k).kind().toString());
    }
    return "own units " + units + ", kinds " + kinds + "; " + (g.childStart[o + 1] - g.childStart[o]) + " children";
  }

  /**
   * Validates and compiles a graph in one pass into primitive columns that any number of
   * evaluations (other dates, other policies) can share. The graph's rules and this engine's
   * policy rules are checked exactly as {@link #validate(OkrGraph)} does; the valid path creates
   * no path, message or boxed number, and only a graph that breaks a rule is walked a second time
   * to report every violation.
   *
   * @param graph the graph
   * @return the compiled graph
   * @throws NullPointerException if {@code graph} is null
   * @throws ValidationException if {@link #validate(OkrGraph)} finds an error
   */
  public CompiledOkrGraph compile(OkrGraph graph) {
    Objects.requireNonNull(graph, "graph");
    return checked(new CompiledGraph(graph));
  }

  /**
   * Validates and compiles a table: the same checks and the same compiled graph as
   * {@link #compile(OkrGraph)} of {@link OkrTable#toGraph()}, without building that graph. The
   * table's columns are used in place (no copy), and no object is created per row; only a table
   * that breaks a rule is turned into a graph, to report every violation with its path.
   *
   * @param table the table
   * @return the compiled graph
   * @throws NullPointerException if {@code table} is null
   * @throws ValidationException if {@link #validate(OkrGraph)} of the table's graph finds an error
   */
  public CompiledOkrGraph compile(OkrTable table) {
    Objects.requireNonNull(table, "table");
    return checked(new CompiledGraph(table));
  }

  private CompiledOkrGraph checked(CompiledGraph compiled) {
    if (compiled.suspect) {
      validate(compiled.graph()).orThrow();
      throw new IllegalStateException("compiling found a broken rule that validation does not report; please report this");
    }
    checkPolicyRules(compiled);
    return new CompiledOkrGraph(compiled);
  }

  /** The policy's own rules, decided from the compiled flags; only a flagged graph is walked again. */
  private void checkPolicyRules(CompiledGraph compiled) {
    boolean flagged = policy.startEqualsTarget() == StartEqualsTarget.ERROR && compiled.sameTargetCount > 0
        || policy.keyResultRollup() == KeyResultRollup.VALUE_ROLLUP && (compiled.mixedUnits || compiled.mixedDirections);
    if (flagged || policy.childRollup() == ChildRollup.SUM_OF_VALUES && dagUnits(compiled, null)) {
      validate(compiled.graph()).orThrow();
    }
  }

  /**
   * Evaluates a graph as of a date: every key result's and objective's progress, grade, pace
   * status, staleness and forecast. Equivalent to {@code evaluate(compile(graph), asOf)}.
   *
   * @param graph the graph
   * @param asOf the day of the evaluation; check-ins after it are ignored (except by
   *     {@link Interpolation#LINEAR}, which reads the next one)
   * @return the immutable evaluation
   * @throws NullPointerException if an argument is null
   * @throws ValidationException if {@link #validate(OkrGraph)} finds an error
   */
  public OkrEvaluation evaluate(OkrGraph graph, LocalDate asOf) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(asOf, "asOf");
    return evaluate(compile(graph), asOf);
  }

  /**
   * Evaluates a table as of a date: the same evaluation as {@link #evaluate(OkrGraph, LocalDate)}
   * of {@link OkrTable#toGraph()}, for bulk loads. Equivalent to {@code evaluate(compile(table), asOf)}.
   *
   * @param table the table
   * @param asOf the day of the evaluation
   * @return the immutable evaluation
   * @throws NullPointerException if an argument is null
   * @throws ValidationException if {@link #validate(OkrGraph)} of the table's graph finds an error
   */
  public OkrEvaluation evaluate(OkrTable table, LocalDate asOf) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(asOf, "asOf");
    return evaluate(compile(table), asOf);
  }

  /**
   * Evaluates a compiled graph as of a date under this engine's policy, without recompiling: the
   * cost is one pass over the columns, O(V + E + K + C).
   *
   * @param compiled a graph compiled by any engine
   * @param asOf the day of the evaluation
   * @return the immutable evaluation
   * @throws NullPointerException if an argument is null
   * @throws ValidationException if the graph breaks a rule of this engine's policy (start equal
   *     to target under {@link StartEqualsTarget#ERROR}, mixed units under
   *     {@link KeyResultRollup#VALUE_ROLLUP})
   */
  public OkrEvaluation evaluate(CompiledOkrGraph compiled, LocalDate asOf) {
    Objects.requireNonNull(compiled, "compiled");
    Objects.requireNonNull(asOf, "asOf");
    checkPolicyRules(compiled.columns);
    @Nullable StatusOverride @Nullable [] byObjective = null;
    if (!overrides.isEmpty()) {
      byObjective = new StatusOverride[compiled.columns.n];
      for (StatusOverride o : overrides) {
        int i = compiled.columns.objectiveIndex(o.objective());
        if (i < 0) {
          throw new IllegalArgumentException("override objective must be in the evaluated graph (was " + o.objective() + ")");
        }
        byObjective[i] = o;
      }
    }
    Engine engine = new Engine(compiled.columns, policy, asOf.toEpochDay(), byObjective);
    LOG.debug("evaluated {} objectives and {} key results under policy {}", compiled.columns.n, compiled.columns.m, policy.name());
    return new OkrEvaluation(engine, asOf);
  }
}

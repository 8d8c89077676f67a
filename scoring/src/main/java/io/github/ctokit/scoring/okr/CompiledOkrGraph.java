package io.github.ctokit.scoring.okr;

import io.github.ctokit.core.okr.OkrGraph;

/**
 * A validated {@link OkrGraph} compiled into dense primitive columns, ready to be evaluated at
 * any number of dates and under any policy without walking the object model again. Obtain one
 * with {@link OkrRollup#compile(OkrGraph)} or {@link OkrRollup#compile(io.github.ctokit.core.okr.OkrTable)};
 * evaluate it with
 * {@link OkrRollup#evaluate(CompiledOkrGraph, java.time.LocalDate)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * CompiledOkrGraph compiled = OkrRollup.using(policy).compile(graph);   // one pass, validates
 * OkrEvaluation week6 = OkrRollup.using(policy).evaluate(compiled, LocalDate.of(2027, 2, 12));
 * OkrEvaluation week7 = OkrRollup.using(policy).evaluate(compiled, LocalDate.of(2027, 2, 19));
 * }</pre>
 *
 * <p>Memory: about 100 bytes per key result and 40 per check-in or observation, next to the graph
 * it keeps a reference to (explanations read titles and ids from it). Compiled from a table, it
 * shares the table's columns instead of copying them and keeps the table.
 */
public final class CompiledOkrGraph {

  final CompiledGraph columns;

  CompiledOkrGraph(CompiledGraph columns) {
    this.columns = columns;
  }

  /**
   * Returns the graph this was compiled from: the graph itself, or for a compiled
   * {@link io.github.ctokit.core.okr.OkrTable} the table's graph, built on each call.
   *
   * @return the graph
   */
  public OkrGraph graph() {
    return columns.graph();
  }

  /**
   * Returns the number of objectives.
   *
   * @return zero or more
   */
  public int objectiveCount() {
    return columns.n;
  }

  /**
   * Returns the number of key results.
   *
   * @return zero or more
   */
  public int keyResultCount() {
    return columns.m;
  }

  /** Returns the sizes, such as {@code CompiledOkrGraph[objectives=3, keyResults=7]}. */
  @Override
  public String toString() {
    return "CompiledOkrGraph[objectives=" + columns.n + ", keyResults=" + columns.m + "]";
  }
}

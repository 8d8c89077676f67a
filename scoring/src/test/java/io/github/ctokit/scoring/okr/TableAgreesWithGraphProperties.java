package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.okr.OkrTable;
import io.github.ctokit.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * A table is the graph in columns: compiling it must refuse exactly what compiling the graph
 * refuses, with the same violations, and evaluate to the same numbers, statuses and explanations,
 * what-ifs included, under every preset.
 */
class TableAgreesWithGraphProperties {

  @Provide
  Arbitrary<RollupPolicy> presets() {
    return Arbitraries.of(RandomGraphs.PRESETS);
  }

  @Property(tries = 400)
  void tableCompilesAndEvaluatesLikeItsGraph(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(min = 0, max = 12) int mutation,
      @ForAll @IntRange(min = -10, max = 100) int day) {
    OkrGraph graph = CompileAgreesWithValidationProperties.mutate(RandomGraphs.graph(seed, n), mutation,
        new SplittableRandom(seed ^ mutation));
    OkrTable table = OkrTable.of(graph);
    assertThat(table.toGraph()).isEqualTo(graph);
    OkrRollup engine = OkrRollup.using(policy);
    LocalDate asOf = Okrs.Q1.start().plusDays(day);
    if (!engine.validate(graph).isValid()) {
      assertThatThrownBy(() -> engine.compile(table)).isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).result()).isEqualTo(engine.validate(graph)));
      return;
    }
    OkrEvaluation fromTable = engine.evaluate(table, asOf);
    OkrEvaluation fromGraph = engine.evaluate(graph, asOf);
    assertThat(fromTable.objectiveIds()).isEqualTo(fromGraph.objectiveIds());
    assertThat(signature(fromTable, graph)).isEqualTo(signature(fromGraph, graph));
    assertThat(engine.compile(table).graph()).isEqualTo(graph);

    // The same what-if on both.
    SplittableRandom r = new SplittableRandom(seed);
    Objective o = graph.objectives().get(r.nextInt(graph.objectives().size()));
    if (!o.keyResults().isEmpty() && o.keyResults().get(0).measuredBy().isEmpty()) {
      KeyResultId kr = o.keyResults().get(0).id();
      CheckIn checkIn = CheckIn.of(Okrs.Q1.start().plusDays(Math.floorMod(day, 90)), r.nextInt(-100, 300));
      assertThat(signature(fromTable.withCheckIn(kr, checkIn), graph))
          .isEqualTo(signature(fromGraph.withCheckIn(kr, checkIn), graph));
    }
  }

  /** Every output of an evaluation, for every objective and key result, as one text. */
  static String signature(OkrEvaluation e, OkrGraph graph) {
    StringBuilder out = new StringBuilder();
    for (Objective o : graph.objectives()) {
      ObjectiveId id = o.id();
      out.append(id).append(' ').append(e.progress(id)).append(' ').append(e.forecast(id)).append(' ')
          .append(e.expected(id)).append(' ').append(e.grade(id)).append(' ').append(e.ownStatus(id)).append(' ')
          .append(e.status(id)).append(' ').append(e.computedStatus(id)).append(' ').append(e.confidence(id))
          .append(' ').append(e.missedCommitment(id)).append(' ').append(e.containsMissedCommitment(id))
          .append(' ').append(e.isStale(id)).append('\n').append(e.explain(id).text()).append('\n');
      for (KeyResult kr : o.keyResults()) {
        KeyResultId k = kr.id();
        out.append(k).append(' ').append(e.progress(k)).append(' ').append(e.current(k)).append(' ')
            .append(e.forecast(k)).append(' ').append(e.grade(k)).append(' ').append(e.confidence(k)).append(' ')
            .append(e.isStale(k)).append('\n').append(e.explain(k).text()).append('\n');
      }
    }
    return out.toString();
  }
}

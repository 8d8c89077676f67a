package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.kpi.Direction;
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
import io.github.ctokit.core.okr.OkrTable;
import io.github.ctokit.core.validation.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The one-pass compile tests every rule as a cheap boolean and calls the full validator only when
 * one trips: it must refuse exactly the graphs the validator refuses, with the validator's
 * violations, under every preset — whether the graph comes as objects or as an {@link OkrTable}.
 */
class CompileAgreesWithValidationProperties {

  @Provide
  Arbitrary<RollupPolicy> presets() {
    return Arbitraries.of(RandomGraphs.PRESETS);
  }

  @Property(tries = 400)
  void compileRefusesExactlyWhatValidationRefuses(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(min = 0, max = 12) int mutation) {
    OkrGraph graph = mutate(RandomGraphs.graph(seed, n), mutation, new SplittableRandom(seed ^ mutation));
    OkrRollup engine = OkrRollup.using(policy);
    if (engine.validate(graph).isValid()) {
      assertThat(engine.compile(graph).objectiveCount()).isEqualTo(graph.objectives().size());
    } else {
      assertThatThrownBy(() -> engine.compile(graph)).isInstanceOf(ValidationException.class)
          .satisfies(e -> assertThat(((ValidationException) e).result()).isEqualTo(engine.validate(graph)));
    }
  }

  /**
   * A table is the graph in columns: compiling it must refuse exactly what compiling the graph
   * refuses, with the same violations, and evaluate to the same numbers, statuses and
   * explanations, what-ifs included.
   */
  @Property(tries = 400)
  void tableCompilesAndEvaluatesLikeItsGraph(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(min = 0, max = 12) int mutation,
      @ForAll @IntRange(min = -10, max = 100) int day) {
    OkrGraph graph = mutate(RandomGraphs.graph(seed, n), mutation,
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

  /** Breaks (or, for some seeds, does not break) one rule of the validator. */
  static OkrGraph mutate(OkrGraph graph, int mutation, SplittableRandom r) {
    List<Objective> os = new ArrayList<>(graph.objectives());
    int i = r.nextInt(os.size());
    Objective o = os.get(i);
    KpiId kpi = KpiId.of("KPI-x");
    List<KpiDefinition> kpis = new ArrayList<>();
    List<KpiSeries> series = new ArrayList<>();
    switch (mutation) {
      case 1: // duplicate objective id
        os.set(i, o.withId(os.get(r.nextInt(os.size())).id()));
        break;
      case 2: // dangling or self parent
        os.set(i, o.withParents(Alignment.to(r.nextBoolean() ? ObjectiveId.of("nowhere") : o.id())));
        break;
      case 3: // negative or zero weights on edges
        os.set(i, o.withParents(o.parents().isEmpty() ? List.of() : List.of(Alignment.to(o.parents().get(0).parent(), -r.nextInt(2)))));
        break;
      case 4: // key result weights
        os.set(i, o.withKeyResults(reweigh(o.keyResults(), r.nextBoolean() ? -1 : 0)));
        break;
      case 5: // duplicate key result id
        if (!o.keyResults().isEmpty()) {
          os.set(i, o.withKeyResults(append(o.keyResults(), o.keyResults().get(0))));
        }
        break;
      case 6: // check-in outside the cycle
        if (!o.keyResults().isEmpty()) {
          KeyResult kr = o.keyResults().get(0);
          os.set(i, o.withKeyResults(append(o.keyResults().subList(1, o.keyResults().size()),
              kr.withCheckIns(CheckIn.of(Okrs.Q1.endExclusive().plusDays(r.nextInt(-1, 2)), 1)))));
        }
        break;
      case 7: // direction mismatch or start equal to target
        if (!o.keyResults().isEmpty()) {
          KeyResult kr = o.keyResults().get(0);
          os.set(i, o.withKeyResults(append(o.keyResults().subList(1, o.keyResults().size()),
              kr.withTarget(r.nextBoolean() ? kr.start() : kr.start() - (kr.target() - kr.start())))));
        }
        break;
      case 8: // a cycle through two existing objectives
        if (os.size() > 1) {
          int j = r.nextInt(os.size());
          os.set(j, os.get(j).withParents(Alignment.to(os.get(i).id())));
          os.set(i, os.get(i).withParents(Alignment.to(os.get(j).id())));
        }
        break;
      case 9: // duplicate alignment
        if (!o.parents().isEmpty()) {
          os.set(i, o.withParents(o.parents().get(0), o.parents().get(0)));
        }
        break;
      case 10: // measured by a KPI: dangling, other unit, or fine
        if (!o.keyResults().isEmpty()) {
          int variant = r.nextInt(3);
          if (variant > 0) {
            kpis.add(KpiDefinition.builder().id(kpi).name("k").direction(Direction.HIGHER_IS_BETTER)
                .unit(variant == 1 ? "u" : "other").build());
            series.add(KpiSeries.builder(kpi).add(Okrs.Q1.start().plusDays(3), 5).build());
          }
          KeyResult kr = o.keyResults().get(0).withCheckIns(List.of()).withMeasuredBy(kpi);
          os.set(i, o.withKeyResults(append(o.keyResults().subList(1, o.keyResults().size()), kr)));
        }
        break;
      case 11: // mixed units or directions in one objective
        if (o.keyResults().size() > 1) {
          KeyResult kr = o.keyResults().get(1);
          kr = r.nextBoolean() ? kr.withUnit("other")
              : kr.withKind(kr.kind() == KeyResultKind.INCREASE ? KeyResultKind.DECREASE : KeyResultKind.INCREASE)
                  .withTarget(kr.start() - (kr.target() - kr.start()));
          List<KeyResult> krs = new ArrayList<>(o.keyResults());
          krs.set(1, kr);
          os.set(i, o.withKeyResults(krs));
        }
        break;
      case 12: // a dangling or duplicate KPI series
        kpis.add(KpiDefinition.builder().id(kpi).name("k").direction(Direction.HIGHER_IS_BETTER).build());
        series.add(KpiSeries.builder(r.nextBoolean() ? kpi : KpiId.of("KPI-y")).build());
        series.add(KpiSeries.builder(kpi).build());
        break;
      default: // unchanged
    }
    return OkrGraph.builder().addAllObjectives(os).addAllKpis(kpis).addAllKpiSeries(series).build();
  }

  private static List<KeyResult> reweigh(List<KeyResult> krs, double weight) {
    List<KeyResult> out = new ArrayList<>();
    for (KeyResult kr : krs) {
      out.add(kr.withWeight(weight));
    }
    return out;
  }

  private static List<KeyResult> append(List<KeyResult> krs, KeyResult kr) {
    List<KeyResult> out = new ArrayList<>(krs);
    out.add(kr);
    return out;
  }
}

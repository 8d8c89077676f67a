package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.kpi.Perspective;
import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.okr.OkrTable;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.Validator;
import io.github.ctokit.scoring.kpi.KpiScoring;
import io.github.ctokit.scoring.okr.CompiledOkrGraph;
import io.github.ctokit.scoring.okr.OkrEvaluation;
import io.github.ctokit.scoring.okr.OkrRollup;
import io.github.ctokit.scoring.okr.RollupPolicy;
import io.github.ctokit.testkit.contract.ValidatorContract;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Generated OKR graphs and KPIs are valid, evaluate under every preset, and the validator honours its contract. */
class OkrArbitrariesProperties implements ValidatorContract<OkrGraph> {

  @Provide
  Arbitrary<OkrGraph> graphs() {
    return OkrArbitraries.graphs();
  }

  @Provide
  Arbitrary<OkrGraph> deepChains() {
    return OkrArbitraries.graphs(OkrArbitraries.Shape.CHAIN, 3000);
  }

  @Property(tries = 300)
  void generatedGraphsValidateClean(@ForAll("graphs") OkrGraph graph) {
    assertThat(graph.validate().violations()).isEmpty();
  }

  @Property(tries = 20)
  void deepChainsValidateCleanAndEvaluate(@ForAll("deepChains") OkrGraph graph) {
    assertThat(graph.validate().isEmpty()).isTrue();
    OkrRollup.using(RollupPolicy.googleGrading()).evaluate(graph, graph.objectives().get(0).cycle().start().plusDays(3));
  }

  @Property(tries = 100)
  void generatedGraphsEvaluateUnderEveryPreset(@ForAll("graphs") OkrGraph graph) {
    LocalDate asOf = graph.objectives().get(0).cycle().start().plusDays(20);
    for (RollupPolicy policy : List.of(RollupPolicy.defaults(), RollupPolicy.googleGrading(), RollupPolicy.perdoo(),
        RollupPolicy.serviceNow(), RollupPolicy.burningOkr())) {
      OkrEvaluation e = OkrRollup.using(policy).evaluate(graph, asOf);
      for (ObjectiveId id : e.objectiveIds()) {
        e.progress(id).ifPresent(p -> assertThat(Double.isFinite(p)).isTrue());
        assertThat(e.status(id)).isNotNull();
      }
    }
  }

  @Provide
  Arbitrary<KpiDefinition> kpis() {
    return OkrArbitraries.kpiDefinitions();
  }

  @Property
  void generatedKpisAreValidAndScore(@ForAll("kpis") KpiDefinition kpi) {
    assertThat(KpiDefinition.builder().from(kpi).build()).isEqualTo(kpi);
    KpiSeries series = OkrArbitraries.kpiSeries(kpi.id()).sample();
    KpiScoring.standard().evaluate(kpi, series, LocalDate.of(2027, 6, 1));
    assertThat(KpiSeries.of(KpiId.of(kpi.id().value()), series.observations())).isEqualTo(series);
  }

  @Property
  void generatedPerspectivesRoundTripByName(@ForAll("perspectives") Perspective perspective) {
    assertThat(Perspective.of(perspective.name())).isEqualTo(perspective);
    assertThat(perspective.isStandard()).isEqualTo(Perspective.of(perspective.name()) == perspective
        && List.of("financial", "customer", "internal-process", "learning-and-growth").contains(perspective.name()));
  }

  @Provide
  Arbitrary<Perspective> perspectives() {
    return OkrArbitraries.perspectives();
  }

  @Property(tries = 100)
  void generatedGraphsCompileOnceForEveryDate(@ForAll("graphs") OkrGraph graph) {
    CompiledOkrGraph compiled = OkrRollup.using(RollupPolicy.defaults()).compile(graph);
    LocalDate asOf = LocalDate.of(2027, 2, 1);
    OkrEvaluation viaGraph = OkrRollup.using(RollupPolicy.googleGrading()).evaluate(graph, asOf);
    OkrEvaluation viaCompiled = OkrRollup.using(RollupPolicy.googleGrading()).evaluate(compiled, asOf);
    for (ObjectiveId id : viaGraph.objectiveIds()) {
      assertThat(viaCompiled.progress(id)).isEqualTo(viaGraph.progress(id));
      assertThat(viaCompiled.confidence(id)).isEqualTo(viaGraph.confidence(id));
      viaGraph.confidence(id).ifPresent(c -> assertThat(c).isBetween(0.0, 1.0));
    }
  }

  @Provide
  Arbitrary<OkrTable> tables() {
    return OkrArbitraries.tables(40);
  }

  @Property(tries = 150)
  void generatedTablesEvaluateLikeTheirGraphs(@ForAll("tables") OkrTable table) {
    OkrGraph graph = table.toGraph();
    assertThat(OkrTable.of(graph).toGraph()).isEqualTo(graph);
    LocalDate start = graph.objectives().get(0).cycle().start();
    for (RollupPolicy policy : List.of(RollupPolicy.defaults(), RollupPolicy.googleGrading(), RollupPolicy.perdoo(),
        RollupPolicy.serviceNow(), RollupPolicy.burningOkr())) {
      for (LocalDate asOf : List.of(start.plusDays(20), start.plusDays(400))) {
        OkrEvaluation viaTable = OkrRollup.using(policy).evaluate(table, asOf);
        OkrEvaluation viaGraph = OkrRollup.using(policy).evaluate(graph, asOf);
        for (Objective o : graph.objectives()) {
          assertThat(viaTable.explain(o.id()).text()).isEqualTo(viaGraph.explain(o.id()).text());
          assertThat(viaTable.status(o.id())).isEqualTo(viaGraph.status(o.id()));
          assertThat(viaTable.forecast(o.id())).isEqualTo(viaGraph.forecast(o.id()));
          assertThat(viaTable.confidence(o.id())).isEqualTo(viaGraph.confidence(o.id()));
          assertThat(viaTable.isStale(o.id())).isEqualTo(viaGraph.isStale(o.id()));
          for (KeyResult kr : o.keyResults()) {
            assertThat(viaTable.explain(kr.id()).text()).isEqualTo(viaGraph.explain(kr.id()).text());
            assertThat(viaTable.forecast(kr.id())).isEqualTo(viaGraph.forecast(kr.id()));
            assertThat(viaTable.confidence(kr.id())).isEqualTo(viaGraph.confidence(kr.id()));
          }
        }
      }
    }
  }

  @Property(tries = 50)
  void brokenTablesReportWhatTheirGraphsReport(@ForAll("brokenGraphs") OkrGraph graph) {
    OkrRollup engine = OkrRollup.using(RollupPolicy.defaults());
    assertThatThrownBy(() -> engine.compile(OkrTable.of(graph))).isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).result()).isEqualTo(engine.validate(graph)));
  }

  @Override
  public Validator<OkrGraph> validator() {
    return OkrGraph.validator();
  }

  /** Valid graphs, and graphs broken by a dangling parent, a duplicate id or a cycle. */
  @Override
  public Arbitrary<OkrGraph> models() {
    return Arbitraries.oneOf(OkrArbitraries.graphs(20), OkrArbitraries.graphs(20).map(OkrArbitrariesProperties::broken));
  }

  private static OkrGraph broken(OkrGraph graph) {
    List<Objective> objectives = new ArrayList<>(graph.objectives());
    Objective first = objectives.get(0);
    objectives.set(0, first.withParents(List.of(Alignment.to(ObjectiveId.of("O-" + (objectives.size() - 1))),
        Alignment.to(ObjectiveId.of("missing")))));
    objectives.add(first);
    return graph.withObjectives(objectives);
  }

  @Property(tries = 50)
  void brokenGraphsReportEveryProblem(@ForAll("brokenGraphs") OkrGraph graph) {
    assertThat(graph.validate().errors()).extracting(v -> v.code())
        .contains("okr.dangling-parent", "okr.duplicate-objective-id", "okr.alignment-cycle");
  }

  @Provide
  Arbitrary<OkrGraph> brokenGraphs() {
    return OkrArbitraries.graphs(20).map(OkrArbitrariesProperties::broken);
  }
}

package io.github.ctokit.scoring.okr;

import static io.github.ctokit.scoring.okr.Okrs.kid;
import static io.github.ctokit.scoring.okr.Okrs.metric;
import static io.github.ctokit.scoring.okr.Okrs.objective;
import static io.github.ctokit.scoring.okr.Okrs.oid;
import static io.github.ctokit.scoring.okr.Okrs.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.Violation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Value rollup across the alignment DAG ({@link ChildRollup#SUM_OF_VALUES}): a diamond counts its bottom once. */
class ValueRollupTest {

  static final RollupPolicy SUM = RollupPolicy.defaults().withName("sum")
      .withKeyResultRollup(KeyResultRollup.VALUE_ROLLUP).withChildRollup(ChildRollup.SUM_OF_VALUES);
  static final LocalDate AS_OF = LocalDate.of(2027, 2, 1);

  static KeyResult revenue(String id, double target, double current, String unit) {
    return metric(id, 0, target, current).withUnit(unit);
  }

  /**
   * Revenue in k$: the partner channel (10 of 20) contributes to both Sales EU (own 50 of 100) and
   * Sales US (own 5 of 50); the company sums its two regions.
   */
  static OkrGraph diamond(String usUnit) {
    return OkrGraph.builder().addObjectives(
        objective("O-company", List.of()),
        objective("O-eu", List.of(revenue("KR-eu", 100, 50, "kUSD")), to("O-company")),
        objective("O-us", List.of(revenue("KR-us", 50, 5, usUnit)), to("O-company")),
        objective("O-partners", List.of(revenue("KR-partners", 20, 10, "kUSD")), to("O-eu"), to("O-us", 3)))
        .build();
  }

  @Test
  void aDiamondCountsItsBottomOnce() {
    OkrEvaluation e = OkrRollup.using(SUM).evaluate(diamond("kUSD"), AS_OF);
    assertThat(e.progress(oid("O-partners")).getAsDouble()).isEqualTo(0.5);
    assertThat(e.progress(oid("O-eu")).getAsDouble()).isEqualTo(60.0 / 120);
    assertThat(e.progress(oid("O-us")).getAsDouble()).isCloseTo(15.0 / 70, within(1e-15));
    // (50 + 5 + 10) / (100 + 50 + 20); counting the partners twice would give 75 / 190.
    assertThat(e.progress(oid("O-company")).getAsDouble()).isCloseTo(65.0 / 170, within(1e-15));
    assertThat(e.explain(oid("O-company")).toString())
        .startsWith("O-company 0.3824 = (Σ current − Σ start) / (Σ target − Σ start) over 3 key results at or below,"
            + " each once = 65 / 170 (O-eu 60 of 120, O-us 15 of 70)");
  }

  @Test
  void edgeWeightsDoNotScaleQuantities() {
    OkrGraph graph = diamond("kUSD");
    OkrGraph reweighed = graph.withObjectives(graph.objectives().get(0), graph.objectives().get(1),
        graph.objectives().get(2), graph.objectives().get(3).withParents(to("O-eu", 5), to("O-us", 0.5)));
    OkrEvaluation e = OkrRollup.using(SUM).evaluate(reweighed, AS_OF);
    assertThat(e.progress(oid("O-us")).getAsDouble()).isCloseTo(15.0 / 70, within(1e-15));
    assertThat(e.progress(oid("O-company")).getAsDouble()).isCloseTo(65.0 / 170, within(1e-15));
  }

  @Test
  void whatIfOnTheSharedBottomEqualsAFullEvaluation() {
    OkrGraph graph = diamond("kUSD");
    OkrEvaluation whatIf = OkrRollup.using(SUM).evaluate(graph, AS_OF)
        .withCheckIn(kid("KR-partners"), io.github.ctokit.core.okr.CheckIn.of(LocalDate.of(2027, 1, 20), 16));
    assertThat(whatIf.progress(oid("O-company")).getAsDouble()).isCloseTo(71.0 / 170, within(1e-15));
  }

  @Test
  void aUnitMismatchBelowIsAViolationWhereThePartsMeet() {
    OkrGraph graph = diamond("kEUR");
    assertThat(OkrRollup.using(SUM).validate(graph).errors()).extracting(Violation::code, v -> v.path().toString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("okr.unit-mismatch", "objectives[2]"));
    assertThatThrownBy(() -> OkrRollup.using(SUM).evaluate(graph, AS_OF)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("O-us must share one unit");
    // Without the DAG rollup each objective keeps its own unit: valid.
    assertThat(OkrRollup.using(SUM.withChildRollup(ChildRollup.AS_PEERS)).validate(graph).isValid()).isTrue();
  }

  @Test
  void aUnitMismatchIsReportedTogetherWithThePolicysOwnErrors() {
    OkrGraph graph = diamond("kEUR");
    OkrGraph withFlatKr = graph.withObjectives(graph.objectives().get(0).withKeyResults(metric("KR-flat", 5, 5, 5).withUnit("kUSD")),
        graph.objectives().get(1), graph.objectives().get(2), graph.objectives().get(3));
    assertThat(OkrRollup.using(SUM.withStartEqualsTarget(StartEqualsTarget.ERROR)).validate(withFlatKr).errors())
        .extracting(Violation::code).containsExactlyInAnyOrder("okr.start-equals-target", "okr.unit-mismatch");
  }

  @Test
  void theDagRollupNeedsValueRollupOfKeyResults() {
    assertThatThrownBy(() -> RollupPolicy.defaults().withChildRollup(ChildRollup.SUM_OF_VALUES))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requires keyResultRollup VALUE_ROLLUP");
  }
}

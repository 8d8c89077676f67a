package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.Commitment;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.ObjectiveLevel;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.okr.OkrTable;
import io.github.ctokit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class OkrRollupProperties {

  static final LocalDate MID = LocalDate.of(2027, 2, 20);

  @Provide
  Arbitrary<RollupPolicy> presets() {
    return Arbitraries.of(RandomGraphs.PRESETS);
  }

  private static double krProgress(RollupPolicy policy, double start, double target, double current) {
    Objective o = Okrs.objective("O", List.of(Okrs.metric("K", start, target, current)));
    return OkrRollup.using(policy).evaluate(OkrGraph.builder().addObjectives(o).build(), Okrs.END).progress(Okrs.kid("K")).orElseThrow();
  }

  @Property(tries = 500)
  void progressIsMonotoneInCurrentForIncreasingAndAntitoneForDecreasing(@ForAll("presets") RollupPolicy policy,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double start, @ForAll @DoubleRange(min = 0.01, max = 1e6) double span,
      @ForAll @DoubleRange(min = -1e7, max = 1e7) double a, @ForAll @DoubleRange(min = -1e7, max = 1e7) double b) {
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    assertThat(krProgress(policy, start, start + span, lo)).isLessThanOrEqualTo(krProgress(policy, start, start + span, hi));
    assertThat(krProgress(policy, start, start - span, lo)).isGreaterThanOrEqualTo(krProgress(policy, start, start - span, hi));
  }

  @Property(tries = 150)
  void clampedPoliciesStayWithinZeroAndOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 60) int n,
      @ForAll @DoubleRange(min = -1e300, max = 1e300) double extreme) {
    RollupPolicy policy = RollupPolicy.defaults();
    List<Objective> objectives = new ArrayList<>(RandomGraphs.objectives(seed, n, 1));
    objectives.add(Okrs.objective("X", List.of(Okrs.metric("KX", 0, 1e-300, extreme), Okrs.metric("KY", -1e300, 1e300, extreme))));
    OkrEvaluation e = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    for (ObjectiveId id : e.objectiveIds()) {
      e.progress(id).ifPresent(p -> assertThat(p).isBetween(0.0, 1.0));
      e.forecast(id).ifPresent(p -> assertThat(p).isBetween(0.0, 1.0));
    }
  }

  @Property(tries = 150)
  void everyPresetGivesFiniteNumbersOnRandomGraphs(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 80) int n) {
    OkrEvaluation e = OkrRollup.using(policy).evaluate(RandomGraphs.graph(seed, n), MID);
    for (ObjectiveId id : e.objectiveIds()) {
      e.progress(id).ifPresent(p -> assertThat(Double.isFinite(p)).isTrue());
      e.forecast(id).ifPresent(p -> assertThat(Double.isFinite(p)).isTrue());
      assertThat(e.explain(id).text()).startsWith(id.value() + " ");
    }
  }

  @Property(tries = 150)
  void aSingleChildPassesThroughUnchanged(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n,
      @ForAll @DoubleRange(min = 0.01, max = 1000) double weight) {
    List<Objective> objectives = new ArrayList<>(RandomGraphs.objectives(seed, n, 1));
    objectives.add(Objective.builder().id(ObjectiveId.of("ROOT")).title("t").ownerTeam(TeamId.of("T"))
        .level(ObjectiveLevel.COMPANY).commitment(Commitment.ASPIRATIONAL).cycle(Okrs.Q1).build());
    objectives.set(0, objectives.get(0).withParents(List.of(Alignment.to(ObjectiveId.of("ROOT"), weight))));
    OkrGraph graph = OkrGraph.builder().addAllObjectives(objectives).build();
    for (RollupPolicy policy : RandomGraphs.PRESETS) {
      if (policy.childRollup() == ChildRollup.OWN_KEY_RESULTS_ONLY) {
        continue;
      }
      OkrEvaluation e = OkrRollup.using(policy).evaluate(graph, MID);
      assertThat(e.progress(ObjectiveId.of("ROOT"))).isEqualTo(e.progress(ObjectiveId.of("O0")));
    }
  }

  @Property(tries = 150)
  void orderOfObjectivesAndChildrenDoesNotMatter(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int n) {
    List<Objective> objectives = RandomGraphs.objectives(seed, n, 1);
    List<Objective> shuffled = new ArrayList<>(objectives);
    Collections.shuffle(shuffled, new Random(seed));
    OkrEvaluation a = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    OkrEvaluation b = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(shuffled).build(), MID);
    for (ObjectiveId id : a.objectiveIds()) {
      assertThat(a.progress(id)).isEqualTo(b.progress(id));
      assertThat(a.status(id)).isEqualTo(b.status(id));
      assertThat(a.explain(id).text()).isEqualTo(b.explain(id).text());
    }
  }

  @Property(tries = 150)
  void scalingAllWeightsByAPowerOfTwoChangesNothingExactly(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int n, @ForAll @IntRange(min = -20, max = 20) int exponent) {
    double scale = Math.scalb(1.0, exponent);
    OkrEvaluation a = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(RandomGraphs.objectives(seed, n, 1)).build(), MID);
    OkrEvaluation b = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(RandomGraphs.objectives(seed, n, scale)).build(), MID);
    for (ObjectiveId id : a.objectiveIds()) {
      assertThat(a.progress(id)).isEqualTo(b.progress(id));
      assertThat(a.status(id)).isEqualTo(b.status(id));
    }
  }

  /** Any positive scale, up to floating-point rounding (so not with rounding before rollup, where a tie may flip). */
  @Property(tries = 150)
  void scalingAllWeightsChangesNothing(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int n, @ForAll @DoubleRange(min = 0.01, max = 100) double scale) {
    net.jqwik.api.Assume.that(!policy.roundBeforeRollup());
    OkrEvaluation a = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(RandomGraphs.objectives(seed, n, 1)).build(), MID);
    OkrEvaluation b = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(RandomGraphs.objectives(seed, n, scale)).build(), MID);
    for (ObjectiveId id : a.objectiveIds()) {
      assertClose(a.progress(id), b.progress(id));
    }
  }

  @Property(tries = 150)
  void incrementalEqualsFullEvaluation(@ForAll("presets") RollupPolicy policy, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int n, @ForAll @IntRange(min = 0, max = 89) int day,
      @ForAll @DoubleRange(min = -500, max = 500) double value, @ForAll @IntRange(min = 1, max = 3) int changes) {
    List<Objective> objectives = new ArrayList<>(RandomGraphs.objectives(seed, n, 1));
    OkrEvaluation whatIf = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    Random random = new Random(seed);
    for (int c = 0; c < changes; c++) {
      int i = random.nextInt(objectives.size());
      Objective o = objectives.get(i);
      if (o.keyResults().isEmpty()) {
        continue;
      }
      int k = random.nextInt(o.keyResults().size());
      KeyResult kr = o.keyResults().get(k);
      CheckIn checkIn = CheckIn.of(Okrs.Q1.start().plusDays((day + 17L * c) % 90), value + c);
      whatIf = whatIf.withCheckIn(kr.id(), checkIn);
      objectives.set(i, Okrs.withCheckIn(o, k, checkIn));
    }
    OkrEvaluation full = OkrRollup.using(policy).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    for (ObjectiveId id : full.objectiveIds()) {
      assertThat(whatIf.progress(id)).isEqualTo(full.progress(id));
      assertThat(whatIf.forecast(id)).isEqualTo(full.forecast(id));
      assertThat(whatIf.status(id)).isEqualTo(full.status(id));
      assertThat(whatIf.isStale(id)).isEqualTo(full.isStale(id));
      assertThat(whatIf.explain(id).text()).isEqualTo(full.explain(id).text());
    }
    for (Objective o : objectives) {
      for (KeyResult kr : o.keyResults()) {
        assertThat(whatIf.progress(kr.id())).isEqualTo(full.progress(kr.id()));
      }
    }
  }

  @Property(tries = 150)
  void cyclesAreAlwaysDetected(@ForAll long seed, @ForAll @IntRange(min = 2, max = 80) int n,
      @ForAll @IntRange(min = 0, max = 1000) int pick) {
    List<Objective> objectives = new ArrayList<>(RandomGraphs.objectives(seed, n, 1));
    // Walk up from a node to a root, then make that root a child of the node: a cycle.
    int start = 1 + pick % (n - 1);
    String node = "O" + start;
    String up = node;
    List<Objective> byId = objectives;
    while (!byId.get(Integer.parseInt(up.substring(1))).parents().isEmpty()) {
      up = byId.get(Integer.parseInt(up.substring(1))).parents().get(0).parent().value();
    }
    int root = Integer.parseInt(up.substring(1));
    objectives.set(root, objectives.get(root).withParents(List.of(Alignment.to(ObjectiveId.of(node)))));
    List<Violation> errors = OkrGraph.builder().addAllObjectives(objectives).build().validate().errors();
    assertThat(errors).extracting(Violation::code).contains("okr.alignment-cycle");
  }

  @Example
  void aMillionLongChainIsEvaluatedWithoutRecursion() {
    int n = 1_000_000;
    List<Objective> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Objective.Builder b = Objective.builder().id(ObjectiveId.of("O" + i)).title("t").ownerTeam(TeamId.of("T"))
          .level(ObjectiveLevel.TEAM).commitment(Commitment.ASPIRATIONAL).cycle(Okrs.Q1);
      if (i > 0) {
        b.addParents(Alignment.to(ObjectiveId.of("O" + (i - 1))));
      }
      if (i == n - 1) {
        b.addKeyResults(KeyResult.builder().from(Okrs.at("leaf", 0.42)).id(KeyResultId.of("leaf")).build());
      }
      chain.add(b.build());
    }
    OkrEvaluation e = OkrRollup.using(RollupPolicy.googleGrading()).evaluate(OkrGraph.builder().addAllObjectives(chain).build(), MID);
    assertThat(e.progress(ObjectiveId.of("O0"))).hasValue(0.42);
    OkrEvaluation changed = e.withCheckIn(KeyResultId.of("leaf"), CheckIn.of(MID, 77));
    assertThat(changed.progress(ObjectiveId.of("O0"))).hasValue(0.77);
    assertThat(changed.explain(ObjectiveId.of("O0")).text().lines().count()).isEqualTo(n + 1);
  }

  @Example
  void aMillionLongChainAsATableIsEvaluatedWithoutRecursion() {
    int n = 1_000_000;
    OkrTable.Builder rows = OkrTable.builder();
    for (int i = 0; i < n; i++) {
      rows.objective("O" + i, "t", ObjectiveLevel.TEAM, Commitment.ASPIRATIONAL, Okrs.Q1).ownerTeam(TeamId.of("T"));
      if (i > 0) {
        rows.parent("O" + (i - 1));
      }
    }
    rows.keyResult("leaf", "t", KeyResultKind.INCREASE).start(0).target(100).checkIn(Okrs.JAN_10, 42);
    OkrEvaluation e = OkrRollup.using(RollupPolicy.googleGrading()).evaluate(rows.build(), MID);
    assertThat(e.progress(ObjectiveId.of("O0"))).hasValue(0.42);
    OkrEvaluation changed = e.withCheckIn(KeyResultId.of("leaf"), CheckIn.of(MID, 77));
    assertThat(changed.progress(ObjectiveId.of("O0"))).hasValue(0.77);
    assertThat(changed.explain(ObjectiveId.of("O0")).text().lines().count()).isEqualTo(n + 1);
  }

  private static void assertClose(OptionalDouble a, OptionalDouble b) {
    assertThat(a.isPresent()).isEqualTo(b.isPresent());
    if (a.isPresent()) {
      assertThat(a.getAsDouble()).isCloseTo(b.getAsDouble(), within(1e-9 * Math.max(1, Math.abs(a.getAsDouble()))));
    }
  }
}

package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.OkrGraph;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Invariants of {@link ChildRollup#SUM_OF_VALUES}. */
class ValueRollupProperties {

  static final RollupPolicy SUM = RollupPolicy.defaults().withName("sum").withOvershoot(Overshoot.none())
      .withWrongDirection(WrongDirection.KEEP)
      .withKeyResultRollup(KeyResultRollup.VALUE_ROLLUP).withChildRollup(ChildRollup.SUM_OF_VALUES);
  static final LocalDate MID = LocalDate.of(2027, 2, 14);

  /** Random DAGs (diamonds included) whose key results all increase, in one unit. */
  static List<Objective> increasing(long seed, int n, double weightScale) {
    List<Objective> out = new ArrayList<>();
    for (Objective o : RandomGraphs.objectives(seed, n, weightScale)) {
      List<KeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        krs.add(kr.kind() == KeyResultKind.INCREASE ? kr
            : kr.withKind(KeyResultKind.INCREASE).withStart(kr.target()).withTarget(kr.start()));
      }
      out.add(o.withKeyResults(krs));
    }
    return out;
  }

  @Property(tries = 200)
  void equalsANaiveSumOverTheDistinctKeyResultsBelow(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int n) {
    List<Objective> objectives = increasing(seed, n, 1);
    OkrEvaluation e = OkrRollup.using(SUM).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    Map<ObjectiveId, List<Objective>> children = new HashMap<>();
    for (Objective o : objectives) {
      for (Alignment a : o.parents()) {
        if (a.weight() > 0) {
          children.computeIfAbsent(a.parent(), x -> new ArrayList<>()).add(o);
        }
      }
    }
    for (Objective root : objectives) {
      Set<ObjectiveId> seen = new HashSet<>();
      ArrayDeque<Objective> todo = new ArrayDeque<>(List.of(root));
      seen.add(root.id());
      double num = 0;
      double den = 0;
      int count = 0;
      while (!todo.isEmpty()) {
        Objective o = todo.poll();
        for (KeyResult kr : o.keyResults()) {
          double current = kr.start();
          for (CheckIn c : kr.checkIns()) {
            if (!c.date().isAfter(MID)) {
              current = c.value();
            }
          }
          num += current - kr.start();
          den += kr.target() - kr.start();
          count++;
        }
        for (Objective c : children.getOrDefault(o.id(), List.of())) {
          if (seen.add(c.id())) {
            todo.add(c);
          }
        }
      }
      OptionalDouble actual = e.progress(root.id());
      if (count == 0) {
        assertThat(actual).isEmpty();
      } else {
        assertThat(actual.getAsDouble()).isCloseTo(num / den, org.assertj.core.api.Assertions.within(1e-9 * (1 + Math.abs(num / den))));
      }
    }
  }

  @Property(tries = 150)
  void orderOfObjectivesDoesNotMatterAndScalingWeightsChangesNothing(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 50) int n, @ForAll @IntRange(min = 1, max = 7) int scale) {
    List<Objective> objectives = increasing(seed, n, 1);
    List<Objective> shuffled = increasing(seed, n, scale * 0.37);
    Collections.shuffle(shuffled, new Random(seed));
    OkrEvaluation a = OkrRollup.using(SUM).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    OkrEvaluation b = OkrRollup.using(SUM).evaluate(OkrGraph.builder().addAllObjectives(shuffled).build(), MID);
    for (ObjectiveId id : a.objectiveIds()) {
      assertThat(b.progress(id)).isEqualTo(a.progress(id));
      assertThat(b.forecast(id)).isEqualTo(a.forecast(id));
    }
  }

  @Property(tries = 150)
  void incrementalEqualsFull(@ForAll long seed, @ForAll @IntRange(min = 1, max = 50) int n,
      @ForAll @IntRange(min = 0, max = 89) int day, @ForAll @IntRange(min = -100, max = 300) int value) {
    List<Objective> objectives = new ArrayList<>(increasing(seed, n, 1));
    Random random = new Random(seed);
    int i = random.nextInt(objectives.size());
    Objective o = objectives.get(i);
    if (o.keyResults().isEmpty()) {
      return;
    }
    KeyResult kr = o.keyResults().get(0);
    CheckIn checkIn = CheckIn.of(Okrs.Q1.start().plusDays(day), value);
    OkrEvaluation whatIf = OkrRollup.using(SUM).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID)
        .withCheckIn(kr.id(), checkIn);
    objectives.set(i, Okrs.withCheckIn(o, 0, checkIn));
    OkrEvaluation full = OkrRollup.using(SUM).evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    for (ObjectiveId id : full.objectiveIds()) {
      assertThat(whatIf.progress(id)).isEqualTo(full.progress(id));
      assertThat(whatIf.explain(id).text()).isEqualTo(full.explain(id).text());
    }
  }
}

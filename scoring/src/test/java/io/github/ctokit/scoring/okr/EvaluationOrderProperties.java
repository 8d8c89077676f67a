package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.OkrGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The compiled children-first order (a scan in the list's own direction with a stack for parents
 * met behind it) against Kahn's breadth-first order, the straightforward order the evaluation pass
 * used before: same values to the last bit, for lists ordered parents first, children first and
 * shuffled (which exercise the forward scan, the backward scan and the stack).
 */
class EvaluationOrderProperties {

  private static final LocalDate MID = LocalDate.of(2027, 2, 14);

  @Provide
  Arbitrary<RollupPolicy> presets() {
    return Arbitraries.of(RandomGraphs.PRESETS);
  }

  @Provide
  Arbitrary<String> arrangements() {
    return Arbitraries.of("as generated", "reversed", "shuffled");
  }

  @Property(tries = 300)
  void compiledOrderIsTopologicalAndEvaluatesBitForBitLikeKahnsOrder(@ForAll("presets") RollupPolicy policy,
      @ForAll long seed, @ForAll @IntRange(min = 1, max = 80) int n, @ForAll("arrangements") String arrangement) {
    List<Objective> objectives = new ArrayList<>(RandomGraphs.objectives(seed, n, 1));
    if (arrangement.equals("reversed")) {
      Collections.reverse(objectives);
    } else if (arrangement.equals("shuffled")) {
      Collections.shuffle(objectives, new Random(seed));
    }
    OkrGraph graph = OkrGraph.builder().addAllObjectives(objectives).build();
    CompiledGraph g = OkrRollup.using(policy).compile(graph).columns;

    // A permutation in which every objective comes after all its children.
    int[] position = new int[g.n];
    java.util.Arrays.fill(position, -1);
    for (int i = 0; i < g.n; i++) {
      assertThat(position[g.order[i]]).isEqualTo(-1);
      position[g.order[i]] = i;
      assertThat(g.rank[g.order[i]]).isEqualTo(i);
    }
    for (int c = 0; c < g.n; c++) {
      for (int q = g.parentStart[c]; q < g.parentStart[c + 1]; q++) {
        assertThat(position[c]).isLessThan(position[g.parentIdx[q]]);
      }
    }

    Engine compiled = new Engine(g, policy, MID.toEpochDay(), null);
    Engine kahn = new Engine(g, policy, MID.toEpochDay(), null, g.reportingOrder());
    assertThat(compiled.krProgress).isEqualTo(kahn.krProgress);
    assertThat(compiled.krForecast).isEqualTo(kahn.krForecast);
    assertThat(compiled.objProgress).isEqualTo(kahn.objProgress);
    assertThat(compiled.objForecast).isEqualTo(kahn.objForecast);
    assertThat(compiled.objExpected).isEqualTo(kahn.objExpected);
    assertThat(compiled.objStatus).isEqualTo(kahn.objStatus);
    assertThat(compiled.objOwn).isEqualTo(kahn.objOwn);
    assertThat(compiled.objMissedBelow).isEqualTo(kahn.objMissedBelow);
    assertThat(compiled.objStale).isEqualTo(kahn.objStale);
    assertThat(compiled.objSums).isEqualTo(kahn.objSums);
  }
}

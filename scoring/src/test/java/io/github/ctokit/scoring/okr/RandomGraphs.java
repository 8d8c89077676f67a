package io.github.ctokit.scoring.okr;

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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random valid DAGs for properties (scoring cannot use the testkit, which depends on it). */
final class RandomGraphs {

  static final List<RollupPolicy> PRESETS = List.of(RollupPolicy.defaults(), RollupPolicy.googleGrading(),
      RollupPolicy.perdoo(), RollupPolicy.quantive(), RollupPolicy.lattice(), RollupPolicy.leapsome(),
      RollupPolicy.operately(), RollupPolicy.burningOkr(), RollupPolicy.puzzleOkr(), RollupPolicy.serviceNow(),
      RollupPolicy.engagedly(), RollupPolicy.viva(),
      RollupPolicy.defaults().withChildRollup(ChildRollup.SHARE).withInterpolation(Interpolation.LINEAR),
      RollupPolicy.defaults().withKeyResultRollup(KeyResultRollup.MIN).withStatusRollup(StatusRollup.MAJORITY),
      RollupPolicy.defaults().withKeyResultRollup(KeyResultRollup.VALUE_ROLLUP).withRoundBeforeRollup(true));

  private RandomGraphs() {}

  static OkrGraph graph(long seed, int n) {
    return OkrGraph.builder().addAllObjectives(objectives(seed, n, 1)).build();
  }

  static List<Objective> objectives(long seed, int n, double weightScale) {
    SplittableRandom r = new SplittableRandom(seed);
    List<Objective> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<KeyResult> krs = new ArrayList<>();
      int count = r.nextInt(4);
      boolean up = r.nextBoolean(); // one direction per objective, so VALUE_ROLLUP graphs are valid
      for (int k = 0; k < count; k++) {
        double start = r.nextInt(-50, 50);
        double target = start + (up ? 1 : -1) * r.nextInt(1, 200);
        List<CheckIn> checkIns = new ArrayList<>();
        int day = 0;
        int checks = r.nextInt(4);
        for (int c = 0; c < checks; c++) {
          day += r.nextInt(1, 25);
          if (day < 90) {
            checkIns.add(CheckIn.of(Okrs.Q1.start().plusDays(day), r.nextInt(-100, 300)));
          }
        }
        krs.add(KeyResult.builder().id(KeyResultId.of("K" + i + "-" + k)).title("t")
            .kind(target > start ? KeyResultKind.INCREASE : KeyResultKind.DECREASE).unit("u").start(start).target(target)
            .weight(weightScale * (0.5 + r.nextInt(10))).addAllCheckIns(checkIns).build());
      }
      List<Alignment> parents = new ArrayList<>();
      if (i > 0) {
        int p = r.nextInt(i);
        parents.add(Alignment.to(ObjectiveId.of("O" + p), weightScale * (1 + r.nextInt(5))));
        if (i > 1 && r.nextInt(5) == 0) {
          int q = r.nextInt(i);
          if (q != p) {
            parents.add(Alignment.to(ObjectiveId.of("O" + q), weightScale * (1 + r.nextInt(5))));
          }
        }
      }
      out.add(Objective.builder().id(ObjectiveId.of("O" + i)).title("t").ownerTeam(TeamId.of("T"))
          .level(ObjectiveLevel.TEAM).commitment(r.nextInt(3) == 0 ? Commitment.COMMITTED : Commitment.ASPIRATIONAL)
          .cycle(Okrs.Q1).addAllKeyResults(krs).addAllParents(parents).build());
    }
    return out;
  }
}

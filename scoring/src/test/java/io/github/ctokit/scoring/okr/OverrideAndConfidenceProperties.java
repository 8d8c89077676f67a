package io.github.ctokit.scoring.okr;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.OkrGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Confidences and overrides keep the engine's promises: bounded, and incremental equals full. */
class OverrideAndConfidenceProperties {

  static final LocalDate MID = LocalDate.of(2027, 2, 14);

  static List<Objective> withConfidences(List<Objective> objectives, Random random) {
    List<Objective> out = new ArrayList<>();
    for (Objective o : objectives) {
      List<KeyResult> krs = new ArrayList<>();
      for (KeyResult kr : o.keyResults()) {
        List<CheckIn> checkIns = new ArrayList<>();
        for (CheckIn c : kr.checkIns()) {
          checkIns.add(random.nextBoolean() ? c : c.withConfidence(Probability.of(random.nextInt(11) / 10.0)));
        }
        krs.add(kr.withCheckIns(checkIns));
      }
      out.add(o.withKeyResults(krs));
    }
    return out;
  }

  @Property(tries = 150)
  void incrementalEqualsFullWithConfidencesAndOverrides(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 89) int day, @ForAll boolean confident, @ForAll boolean min, @ForAll boolean never) {
    Random random = new Random(seed);
    List<Objective> objectives = new ArrayList<>(withConfidences(RandomGraphs.objectives(seed, n, 1), random));
    List<StatusOverride> overrides = new ArrayList<>();
    for (Objective o : objectives) {
      if (random.nextInt(4) == 0) {
        overrides.add(StatusOverride.of(o.id(), OkrStatus.values()[random.nextInt(4)], RoleId.of("role-x"),
            Okrs.Q1.start().plusDays(random.nextInt(80)), "reason"));
      }
    }
    RollupPolicy policy = RollupPolicy.defaults().withConfidenceRollup(min ? ConfidenceRollup.MIN : ConfidenceRollup.MEAN)
        .withOverrideExpiry(never ? OverrideExpiry.NEVER : OverrideExpiry.ON_NEWER_CHECK_IN);
    OkrRollup engine = OkrRollup.using(policy).withStatusOverrides(overrides);
    int i = random.nextInt(objectives.size());
    Objective o = objectives.get(i);
    if (o.keyResults().isEmpty()) {
      return;
    }
    KeyResult kr = o.keyResults().get(0);
    CheckIn checkIn = CheckIn.of(Okrs.Q1.start().plusDays(day), random.nextInt(200));
    if (confident) {
      checkIn = checkIn.withConfidence(Probability.of(random.nextInt(11) / 10.0));
    }
    OkrEvaluation whatIf = engine.evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID).withCheckIn(kr.id(), checkIn);
    objectives.set(i, Okrs.withCheckIn(o, 0, checkIn));
    OkrEvaluation full = engine.evaluate(OkrGraph.builder().addAllObjectives(objectives).build(), MID);
    for (ObjectiveId id : full.objectiveIds()) {
      assertThat(whatIf.confidence(id)).isEqualTo(full.confidence(id));
      full.confidence(id).ifPresent(c -> assertThat(c).isBetween(0.0, 1.0));
      assertThat(whatIf.status(id)).isEqualTo(full.status(id));
      assertThat(whatIf.ownStatus(id)).isEqualTo(full.ownStatus(id));
      assertThat(whatIf.computedStatus(id)).isEqualTo(full.computedStatus(id));
      assertThat(whatIf.statusOverride(id)).isEqualTo(full.statusOverride(id));
      assertThat(whatIf.explain(id).text()).isEqualTo(full.explain(id).text());
    }
  }
}

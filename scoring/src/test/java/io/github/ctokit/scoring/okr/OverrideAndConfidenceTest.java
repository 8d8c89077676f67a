package io.github.ctokit.scoring.okr;

import static io.github.ctokit.scoring.okr.Okrs.JAN_10;
import static io.github.ctokit.scoring.okr.Okrs.kid;
import static io.github.ctokit.scoring.okr.Okrs.metric;
import static io.github.ctokit.scoring.okr.Okrs.objective;
import static io.github.ctokit.scoring.okr.Okrs.oid;
import static io.github.ctokit.scoring.okr.Okrs.to;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.OkrGraph;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Check-in confidence rollups and manual status overrides (REFERENCES §4.4). */
class OverrideAndConfidenceTest {

  static final LocalDate FEB_1 = LocalDate.of(2027, 2, 1);
  static final RoleId VP = RoleId.of("role-vp-eng");

  static CheckIn at(double value, double confidence) {
    return CheckIn.of(JAN_10, value).withConfidence(Probability.of(confidence));
  }

  /** O-eng ← O-platform (KR-a 50 %, confident 0.6; KR-b 80 %, 0.9) and O-product (KR-c 40 %, 0.3). */
  static OkrGraph graph() {
    return OkrGraph.builder().addObjectives(
        objective("O-eng", List.of()),
        objective("O-platform", List.of(metric("KR-a", 0, 100, 1, at(50, 0.6)), metric("KR-b", 0, 100, 1, at(80, 0.9))),
            to("O-eng")),
        objective("O-product", List.of(metric("KR-c", 0, 100, 1, at(40, 0.3))), to("O-eng")))
        .build();
  }

  @Test
  void confidenceIsTheLatestCheckInsAndRollsUpAsTheMeanByDefault() {
    OkrEvaluation e = OkrRollup.using(RollupPolicy.defaults()).evaluate(graph(), FEB_1);
    assertThat(e.confidence(kid("KR-a")).getAsDouble()).isEqualTo(0.6);
    assertThat(e.confidence(oid("O-platform")).getAsDouble()).isCloseTo(0.75, within(1e-15));
    assertThat(e.confidence(oid("O-eng")).getAsDouble()).isCloseTo((0.75 + 0.3) / 2, within(1e-15));
    // Confidence never changes progress.
    assertThat(e.progress(oid("O-platform")).getAsDouble()).isCloseTo(0.65, within(1e-15));
    assertThat(e.explain(oid("O-eng")).toString()).endsWith("; confidence 0.525");
  }

  @Test
  void theMinimumRuleLetsTheLeastConfidentOwnerSpeak() {
    OkrEvaluation e = OkrRollup.using(RollupPolicy.defaults().withConfidenceRollup(ConfidenceRollup.MIN))
        .evaluate(graph(), FEB_1);
    assertThat(e.confidence(oid("O-platform")).getAsDouble()).isEqualTo(0.6);
    assertThat(e.confidence(oid("O-eng")).getAsDouble()).isEqualTo(0.3);
  }

  @Test
  void aCheckInWithoutConfidenceKeepsTheLastOneGiven() {
    OkrEvaluation e = OkrRollup.using(RollupPolicy.defaults()).evaluate(graph(), FEB_1)
        .withCheckIn(kid("KR-a"), CheckIn.of(LocalDate.of(2027, 1, 20), 55));
    assertThat(e.confidence(kid("KR-a")).getAsDouble()).isEqualTo(0.6);
    OkrEvaluation lower = e.withCheckIn(kid("KR-a"), CheckIn.of(LocalDate.of(2027, 1, 25), 56).withConfidence(Probability.of(0.2)));
    assertThat(lower.confidence(oid("O-platform")).getAsDouble()).isCloseTo(0.55, within(1e-15));
    assertThat(OkrRollup.using(RollupPolicy.defaults()).evaluate(OkrGraph.builder()
        .addObjectives(objective("O-x", List.of(Okrs.at("KR-x", 0.5)))).build(), FEB_1).confidence(oid("O-x"))).isEmpty();
  }

  @Test
  void aManualOverrideWinsIsShownNextToTheComputedStatusAndRollsUp() {
    // Computed: O-platform 0.65 against 31/90 elapsed → on track; its owner knows better.
    StatusOverride manual = StatusOverride.of(oid("O-platform"), OkrStatus.OFF_TRACK, VP, LocalDate.of(2027, 1, 12),
        "vendor contract slipped to May");
    OkrEvaluation e = OkrRollup.using(RollupPolicy.defaults()).withStatusOverrides(List.of(manual)).evaluate(graph(), FEB_1);
    assertThat(e.ownStatus(oid("O-platform"))).isEqualTo(OkrStatus.OFF_TRACK);
    assertThat(e.computedStatus(oid("O-platform"))).isEqualTo(OkrStatus.ON_TRACK);
    assertThat(e.statusOverride(oid("O-platform"))).contains(manual);
    assertThat(e.status(oid("O-eng"))).isEqualTo(OkrStatus.OFF_TRACK); // worst wins
    assertThat(e.progress(oid("O-platform")).getAsDouble()).isCloseTo(0.65, within(1e-15));
    assertThat(e.explain(oid("O-platform")).toString())
        .contains("status OFF_TRACK (own OFF_TRACK: manual override by role-vp-eng on 2027-01-12; computed ON_TRACK)")
        .doesNotContain("vendor");
    assertThat(manual.toString()).isEqualTo("O-platform→OFF_TRACK by role-vp-eng on 2027-01-12");
  }

  @Test
  void aNewerCheckInDropsTheOverrideUnlessThePolicySaysNever() {
    StatusOverride manual = StatusOverride.of(oid("O-platform"), OkrStatus.AT_RISK, VP, LocalDate.of(2027, 1, 12), "r");
    OkrRollup engine = OkrRollup.using(RollupPolicy.defaults()).withStatusOverrides(List.of(manual));
    OkrEvaluation newer = engine.evaluate(graph(), FEB_1).withCheckIn(kid("KR-b"), CheckIn.of(LocalDate.of(2027, 1, 20), 85));
    assertThat(newer.statusOverride(oid("O-platform"))).isEmpty();
    assertThat(newer.ownStatus(oid("O-platform"))).isEqualTo(OkrStatus.ON_TRACK);
    OkrEvaluation kept = engine.withPolicy(RollupPolicy.defaults().withOverrideExpiry(OverrideExpiry.NEVER))
        .evaluate(graph(), FEB_1).withCheckIn(kid("KR-b"), CheckIn.of(LocalDate.of(2027, 1, 20), 85));
    assertThat(kept.ownStatus(oid("O-platform"))).isEqualTo(OkrStatus.AT_RISK);
    // Not yet set on the as-of date.
    assertThat(engine.evaluate(graph(), LocalDate.of(2027, 1, 11)).statusOverride(oid("O-platform"))).isEmpty();
  }

  @Test
  void overridesAreChecked() {
    StatusOverride a = StatusOverride.of(oid("O-platform"), OkrStatus.AT_RISK, VP, FEB_1, "r");
    assertThatThrownBy(() -> OkrRollup.using(RollupPolicy.defaults()).withStatusOverrides(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("O-platform twice");
    assertThatThrownBy(() -> OkrRollup.using(RollupPolicy.defaults())
        .withStatusOverrides(List.of(StatusOverride.of(oid("O-none"), OkrStatus.AT_RISK, VP, FEB_1, "r"))).evaluate(graph(), FEB_1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("O-none");
    assertThatThrownBy(() -> StatusOverride.of(oid("O-platform"), OkrStatus.NO_DATA, VP, FEB_1, "r"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatusOverride.of(oid("O-platform"), OkrStatus.AT_RISK, VP, FEB_1, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("override reason must not be blank (objective O-platform)");
  }
}

package io.github.ctokit.core.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class OkrGraphValidatorTest {

  static final OkrCycle Q1 = OkrCycle.of(YearQuarter.of(2027, 1));

  static KeyResult increase(String id, double start, double target, CheckIn... checkIns) {
    return KeyResult.builder().id(KeyResultId.of(id)).title("secret title " + id).kind(KeyResultKind.INCREASE)
        .start(start).target(target).addCheckIns(checkIns).build();
  }

  static Objective objective(String id, List<KeyResult> krs, Alignment... parents) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Confidential plan " + id).ownerTeam(TeamId.of("T-1"))
        .level(ObjectiveLevel.TEAM).commitment(Commitment.ASPIRATIONAL).cycle(Q1)
        .addAllKeyResults(krs).addParents(parents).build();
  }

  static Alignment to(String parent, double w) {
    return Alignment.to(ObjectiveId.of(parent), w);
  }

  @Test
  void aValidDiamondHasNoViolations() {
    OkrGraph g = OkrGraph.builder().addObjectives(
        objective("A", List.of(increase("KR-a", 0, 10))),
        objective("B", List.of(increase("KR-b", 0, 10)), to("A", 1)),
        objective("C", List.of(increase("KR-c", 0, 10)), to("A", 2)),
        objective("D", List.of(increase("KR-d", 0, 10, CheckIn.of(LocalDate.of(2027, 3, 31), 4))), to("B", 1), to("C", 1)))
        .build();
    assertThat(g.validate().isEmpty()).isTrue();
  }

  @Test
  void reportsEveryProblemAtOnceWithStableCodesAndPaths() {
    OkrGraph g = OkrGraph.builder().addObjectives(
        objective("A", List.of(increase("KR-1", 0, 10), increase("KR-1", 5, 5))),
        objective("A", List.of()),
        objective("B", List.of(increase("KR-2", 10, 0)), to("missing", 1), to("A", -1)),
        objective("C", List.of(increase("KR-3", 0, 1, CheckIn.of(LocalDate.of(2027, 4, 1), 1)))),
        objective("D", List.of(KeyResult.builder().from(increase("KR-4", 0, 1)).weight(0).build()), to("C", 0)))
        .build();
    ValidationResult r = g.validate();
    assertThat(r.violations()).extracting(v -> v.code() + "@" + v.path()).containsExactlyInAnyOrder(
        "okr.duplicate-objective-id@objectives[1].id",
        "okr.duplicate-key-result-id@objectives[0].keyResults[1].id",
        "okr.start-equals-target@objectives[0].keyResults[1]",
        "okr.direction-mismatch@objectives[2].keyResults[0].target",
        "okr.dangling-parent@objectives[2].parents[0].parent",
        "okr.negative-weight@objectives[2].parents[1].weight",
        "okr.check-in-outside-cycle@objectives[3].keyResults[0].checkIns[0].date",
        "okr.zero-weights@objectives[4].keyResults",
        "okr.zero-weights@objectives[3]");
    assertThat(r.warnings()).extracting(Violation::code).containsExactly("okr.start-equals-target");
    assertThat(r.toString()).doesNotContain("secret").doesNotContain("Confidential");
    assertThatThrownBy(r::orThrow).isInstanceOf(ValidationException.class);
  }

  @Test
  void cycleIsReportedWithItsPath() {
    OkrGraph g = OkrGraph.builder().addObjectives(
        objective("A", List.of(), to("C", 1)),
        objective("B", List.of(), to("A", 1)),
        objective("C", List.of(), to("B", 1)),
        objective("S", List.of(), to("S", 1)))
        .build();
    List<Violation> cycles = g.validate().errors();
    assertThat(cycles).extracting(Violation::code).containsOnly("okr.alignment-cycle");
    assertThat(cycles).extracting(Violation::message).containsExactly(
        "alignment must not form a cycle (was A → C → B → A, 3 objectives)",
        "alignment must not form a cycle (was S → S, 1 objective)");
    assertThat(cycles.get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void millionLongChainWithACycleAtTheEndIsWalkedIteratively() {
    int n = 1_000_000;
    List<Objective> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String parent = i == 0 ? "O" + (n - 1) : "O" + (i - 1);
      chain.add(objective("O" + i, List.of(), to(parent, 1)));
    }
    List<Violation> found = OkrGraph.builder().addAllObjectives(chain).build().validate().errors();
    assertThat(found).hasSize(1);
    assertThat(found.get(0).message()).contains("1000000 objectives").contains("… →");
  }

  @Test
  void kpiReferencesAndUnitsAreChecked() {
    KpiDefinition kpi = KpiDefinition.builder().id(KpiId.of("K-1")).name("Deploys").unit("deploys/week")
        .direction(Direction.HIGHER_IS_BETTER).target(10).build();
    KeyResult measured = KeyResult.builder().from(increase("KR-m", 0, 10)).measuredBy(KpiId.of("K-1")).unit("deploys").build();
    KeyResult dangling = KeyResult.builder().from(increase("KR-d", 0, 10)).measuredBy(KpiId.of("K-2")).build();
    OkrGraph g = OkrGraph.builder().addObjectives(objective("A", List.of(measured, dangling)))
        .addKpis(kpi, kpi).addKpiSeries(KpiSeries.builder(KpiId.of("K-9")).build()).build();
    assertThat(g.validate().violations()).extracting(v -> v.code() + "@" + v.path()).containsExactly(
        "kpi.duplicate-id@kpis[1].id",
        "kpi.dangling-series@kpiSeries[0]",
        "okr.unit-mismatch@objectives[0].keyResults[0].unit",
        "okr.dangling-kpi@objectives[0].keyResults[1].measuredBy");
  }

  @Test
  void singleValueRulesThrowAtConstruction() {
    assertThatThrownBy(() -> KeyResult.builder().id(KeyResultId.of("K")).title("t").kind(KeyResultKind.INCREASE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("target must be set for kind INCREASE (key result K)");
    assertThatThrownBy(() -> increase("K", 0, 1, CheckIn.of(LocalDate.of(2027, 2, 1), 1), CheckIn.of(LocalDate.of(2027, 2, 1), 2)))
        .hasMessageContaining("checkIns must be in strictly increasing date order (key result K)");
    assertThatThrownBy(() -> KeyResult.builder().id(KeyResultId.of("M")).title("t").kind(KeyResultKind.MILESTONE)
        .addCheckIns(CheckIn.of(LocalDate.of(2027, 2, 1), 0.5)).build())
        .hasMessage("checkIns[0].value must be 0 or 1 for kind MILESTONE (key result M) (was 0.5)");
    LevelScale zones = LevelScale.of("zones", "Fail", "Commit", "Target", "Stretch");
    KeyResult ordinal = KeyResult.builder().id(KeyResultId.of("Z")).title("t").kind(KeyResultKind.ORDINAL).stages(zones).build();
    assertThat(ordinal.target()).isEqualTo(3);
    assertThatThrownBy(() -> ordinal.withCheckIns(List.of(CheckIn.of(LocalDate.of(2027, 2, 1), 4))))
        .hasMessageContaining("must be a stage ordinal within [0, 3]");
    assertThatThrownBy(() -> KeyResult.builder().id(KeyResultId.of("B")).title("t").kind(KeyResultKind.WITHIN_BAND).build())
        .hasMessageContaining("bandLow and bandHigh must be set");
    assertThatThrownBy(() -> Objective.builder().from(objective("A", List.of())).ownerRole(io.github.ctokit.core.RoleId.of("R")).build())
        .hasMessage("exactly one of ownerTeam and ownerRole must be set (objective A)");
    assertThatThrownBy(() -> Alignment.to(ObjectiveId.of("A"), Double.NaN)).hasMessageContaining("alignment weight must be a finite number");
    assertThatThrownBy(() -> Alignment.to(null)).isInstanceOf(NullPointerException.class).hasMessage("parent");
  }

  @Test
  void bandMaintainAndMeets() {
    KeyResult band = KeyResult.builder().id(KeyResultId.of("B")).title("t").kind(KeyResultKind.WITHIN_BAND)
        .bandLow(95).bandHigh(105).build();
    assertThat(band.target()).isEqualTo(100);
    assertThat(band.meets(95)).isTrue();
    assertThat(band.meets(105.01)).isFalse();
    KeyResult below = KeyResult.builder().id(KeyResultId.of("M")).title("t").kind(KeyResultKind.MAINTAIN_BELOW).target(5).build();
    assertThat(below.meets(5)).isTrue();
    assertThat(below.meets(5.1)).isFalse();
    assertThat(below.toString()).doesNotContain("t,").contains("<redacted>");
  }

  @Test
  void cycleIsHalfOpenAndElapsedCountsWholeDays() {
    assertThat(Q1.lengthInDays()).isEqualTo(90);
    assertThat(Q1.contains(LocalDate.of(2027, 3, 31))).isTrue();
    assertThat(Q1.contains(LocalDate.of(2027, 4, 1))).isFalse();
    assertThat(Q1.elapsed(LocalDate.of(2027, 1, 1))).isZero();
    assertThat(Q1.elapsed(LocalDate.of(2027, 2, 15))).isEqualTo(45.0 / 90);
    assertThat(Q1.elapsed(LocalDate.of(2028, 1, 1))).isEqualTo(1);
    assertThat(Q1.elapsed(LocalDate.of(2026, 1, 1))).isZero();
    assertThatThrownBy(() -> OkrCycle.of(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 2)))
        .hasMessage("cycle end must be after its start (was 2027-01-02 to 2027-01-02)");
  }
}

package io.github.ctokit.core.okr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class OkrTableTest {

  static final OkrCycle Q1 = OkrCycle.of(YearQuarter.of(2027, 1));
  static final LocalDate JAN_15 = LocalDate.of(2027, 1, 15);
  static final LevelScale STAGES = LevelScale.of("rollout", "Pilot", "Beta", "GA");
  static final KpiId UPTIME = KpiId.of("KPI-uptime");

  /** Every kind of row, in the builder's order. */
  static OkrTable sample() {
    return OkrTable.builder()
        .objective("O-company", "Grow", ObjectiveLevel.COMPANY, Commitment.COMMITTED, Q1).ownerRole(RoleId.of("CEO"))
        .keyResult("K-arr", "ARR", KeyResultKind.INCREASE).start(10).target(20).weight(2).unit("MEUR")
        .checkIn(JAN_15, 12).checkIn(JAN_15.plusDays(14), 14, Probability.of(0.7))
        .objective("O-eng", "Ship", ObjectiveLevel.DEPARTMENT, Commitment.ASPIRATIONAL, Q1)
        .ownerTeam(TeamId.of("engineering")).parent("O-company", 3)
        .keyResult("K-latency", "Latency", KeyResultKind.WITHIN_BAND).band(100, 200).unit("ms").checkIn(JAN_15, 150)
        .keyResult("K-rollout", "Rollout", KeyResultKind.ORDINAL).stages(STAGES).checkIn(JAN_15, 1)
        .keyResult("K-launch", "Launch", KeyResultKind.MILESTONE)
        .keyResult("K-uptime", "Uptime", KeyResultKind.MAINTAIN_ABOVE).target(99.9).unit("%").measuredBy(UPTIME)
        .objective("O-team", "Platform", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1)
        .ownerTeam(TeamId.of("platform")).parent("O-eng").parent("O-company", 0.5)
        .kpi(KpiDefinition.builder().id(UPTIME).name("uptime").unit("%").direction(Direction.HIGHER_IS_BETTER).build())
        .kpiSeries(KpiSeries.builder(UPTIME).add(JAN_15, 99.95).build())
        .build();
  }

  @Test
  void rowsBecomeTheSameGraphAsObjects() {
    OkrTable table = sample();
    OkrGraph graph = table.toGraph();
    assertThat(table.objectiveCount()).isEqualTo(3);
    assertThat(table.keyResultCount()).isEqualTo(5);
    assertThat(table.checkInCount()).isEqualTo(4);
    assertThat(table).hasToString("OkrTable[objectives=3, keyResults=5, checkIns=4]");

    Objective eng = graph.objectives().get(1);
    assertThat(eng.id()).isEqualTo(ObjectiveId.of("O-eng"));
    assertThat(eng.ownerTeam()).contains(TeamId.of("engineering"));
    assertThat(eng.parents()).containsExactly(Alignment.to(ObjectiveId.of("O-company"), 3));
    KeyResult band = eng.keyResults().get(0);
    assertThat(band.bandLow()).hasValue(100);
    assertThat(band.bandHigh()).hasValue(200);
    assertThat(band.target()).isEqualTo(150); // the band's middle, as KeyResult defaults it
    assertThat(eng.keyResults().get(1).stages()).contains(STAGES);
    assertThat(eng.keyResults().get(1).target()).isEqualTo(2);
    assertThat(eng.keyResults().get(2).target()).isEqualTo(1);
    assertThat(eng.keyResults().get(3).measuredBy()).contains(UPTIME);
    KeyResult arr = graph.objectives().get(0).keyResults().get(0);
    assertThat(arr.weight()).isEqualTo(2);
    assertThat(arr.unit()).isEqualTo("MEUR");
    assertThat(arr.checkIns()).containsExactly(CheckIn.of(JAN_15, 12),
        CheckIn.of(JAN_15.plusDays(14), 14).withConfidence(Probability.of(0.7)));
    assertThat(graph.objectives().get(2).parents()).extracting(Alignment::weight).containsExactly(1.0, 0.5);
    assertThat(graph.validate().isValid()).isTrue();
  }

  @Test
  void graphsRoundTripThroughTables() {
    OkrGraph graph = sample().toGraph();
    OkrTable table = OkrTable.of(graph);
    assertThat(table.toGraph()).isEqualTo(graph);
    assertThat(table.objective(1)).isEqualTo(graph.objectives().get(1));
    assertThat(table.keyResult(4)).isEqualTo(graph.objectives().get(1).keyResults().get(3));
    assertThat(table.objectiveId(2)).isEqualTo(ObjectiveId.of("O-team"));
    assertThat(table.keyResultId(0)).isEqualTo(KeyResultId.of("K-arr"));
    assertThat(table.kpis()).isEqualTo(graph.kpis());
    assertThat(table.kpiSeries()).isEqualTo(graph.kpiSeries());
    assertThatThrownBy(() -> table.objective(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> table.keyResultId(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theBuilderCanGoOnAfterBuild() {
    OkrTable.Builder b = OkrTable.builder().objective("O-1", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1)
        .ownerTeam(TeamId.of("T"));
    OkrTable one = b.build();
    OkrTable two = b.objective("O-2", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1).ownerTeam(TeamId.of("T"))
        .build();
    assertThat(one.objectiveCount()).isEqualTo(1);
    assertThat(two.objectiveCount()).isEqualTo(2);
    assertThat(OkrTable.builder().build().toGraph()).isEqualTo(OkrGraph.builder().build());
  }

  @Test
  void rowsAreRefusedByTheRulesAndMessagesOfTheObjects() {
    // Each case: the table row, then the same thing built as objects; both must fail alike.
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.INCREASE).start(1).build(),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.INCREASE).start(1).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.WITHIN_BAND).band(5, 1).build(),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.WITHIN_BAND).bandLow(5)
            .bandHigh(1).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.INCREASE).target(3).band(1, 2).build(),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.INCREASE).target(3)
            .bandLow(1).bandHigh(2).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.ORDINAL).build(),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.ORDINAL).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.ORDINAL).stages(STAGES).checkIn(JAN_15, 3).build(),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.ORDINAL).stages(STAGES)
            .addCheckIns(CheckIn.of(JAN_15, 3)).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.MILESTONE).checkIn(JAN_15, 0.5).build(),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.MILESTONE)
            .addCheckIns(CheckIn.of(JAN_15, 0.5)).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.MILESTONE).checkIn(JAN_15, 1)
            .checkIn(JAN_15, 1).build(),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.MILESTONE)
            .addCheckIns(CheckIn.of(JAN_15, 1), CheckIn.of(JAN_15, 1)).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.INCREASE).target(Double.NaN),
        () -> KeyResult.builder().id(KeyResultId.of("K-1")).title("t").kind(KeyResultKind.INCREASE)
            .target(Double.NaN).build());
    assertSameFailure(() -> row().keyResult("K-1", "t", KeyResultKind.INCREASE).checkIn(JAN_15, Double.NaN),
        () -> CheckIn.of(JAN_15, Double.NaN));
    assertSameFailure(() -> row().parent("O-2", Double.POSITIVE_INFINITY),
        () -> Alignment.to(ObjectiveId.of("O-2"), Double.POSITIVE_INFINITY));
    assertSameFailure(() -> OkrTable.builder().objective("O-1", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1)
            .build(),
        () -> Objective.builder().id(ObjectiveId.of("O-1")).title("t").level(ObjectiveLevel.TEAM)
            .commitment(Commitment.COMMITTED).cycle(Q1).build());
    assertSameFailure(() -> row().ownerRole(RoleId.of("CTO")).build(),
        () -> Objective.builder().id(ObjectiveId.of("O-1")).title("t").level(ObjectiveLevel.TEAM)
            .commitment(Commitment.COMMITTED).cycle(Q1).ownerTeam(TeamId.of("T")).ownerRole(RoleId.of("CTO")).build());
    assertSameFailure(() -> row().keyResult("bad id", "t", KeyResultKind.MILESTONE), () -> KeyResultId.of("bad id"));
    assertSameFailure(() -> row().parent("-x"), () -> ObjectiveId.of("-x"));
    assertSameFailure(() -> OkrTable.builder().objective("", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1),
        () -> ObjectiveId.of(""));
  }

  @Test
  void aRefusedRowStaysOpenToBeCorrected() {
    OkrTable.Builder b = row().keyResult("K-1", "t", KeyResultKind.WITHIN_BAND).band(5, 1).checkIn(JAN_15, 2);
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bandLow must be at most bandHigh");
    OkrTable fixed = b.band(1, 5).build();
    assertThat(fixed.keyResult(0).target()).isEqualTo(3); // defaulted from the corrected band, not the refused one
    assertThat(fixed.keyResult(0).checkIns()).containsExactly(CheckIn.of(JAN_15, 2));

    OkrTable.Builder owners = OkrTable.builder().objective("O-1", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1);
    assertThatThrownBy(owners::build).isInstanceOf(IllegalArgumentException.class);
    assertThat(owners.ownerRole(RoleId.of("CTO")).build().objective(0).ownerRole()).contains(RoleId.of("CTO"));
  }

  @Test
  void rowsOutOfPlaceAreRefused() {
    assertThatThrownBy(() -> OkrTable.builder().keyResult("K-1", "t", KeyResultKind.MILESTONE))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("objective row must be started first");
    assertThatThrownBy(() -> OkrTable.builder().parent("O-1")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row().checkIn(JAN_15, 1)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key-result row of the open objective must be started first");
    // A key result belongs to the objective row it follows: a new objective closes it.
    assertThatThrownBy(() -> row().keyResult("K-1", "t", KeyResultKind.MILESTONE)
        .objective("O-2", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1).ownerTeam(TeamId.of("T")).target(1))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> row().unit(null)).isInstanceOf(NullPointerException.class).hasMessage("unit");
    assertThatThrownBy(() -> OkrTable.builder().objective("O-1", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, null))
        .isInstanceOf(NullPointerException.class).hasMessage("cycle");
    assertThatThrownBy(() -> OkrTable.of(null)).isInstanceOf(NullPointerException.class).hasMessage("graph");
  }

  @Test
  void graphRulesAreLeftToTheValidatorWithTableOrderPaths() {
    OkrTable table = row().parent("O-missing").keyResult("K-1", "t", KeyResultKind.INCREASE).target(5).weight(-1)
        .objective("O-1", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1).ownerTeam(TeamId.of("T"))
        .build();
    assertThat(table.toGraph().validate().errors()).extracting(v -> v.path().toString())
        .contains("objectives[0].parents[0].parent", "objectives[1].id", "objectives[0].keyResults[0].weight");
  }

  /** An open objective row with an owner. */
  private static OkrTable.Builder row() {
    return OkrTable.builder().objective("O-1", "t", ObjectiveLevel.TEAM, Commitment.COMMITTED, Q1)
        .ownerTeam(TeamId.of("T"));
  }

  private static void assertSameFailure(ThrowingCallable table, ThrowingCallable objects) {
    Throwable expected = org.assertj.core.api.Assertions.catchThrowable(objects);
    assertThat(expected).as("the object model refuses it").isNotNull();
    assertThatThrownBy(table).isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
  }
}

package io.github.ctokit.core.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiDefinitionTest {

  static KpiDefinition.Builder base(Direction d) {
    return KpiDefinition.builder().id(KpiId.of("K")).name("Lead time").direction(d);
  }

  @Test
  void thresholdsFollowDirectionAndTolerance() {
    KpiDefinition higher = base(Direction.HIGHER_IS_BETTER).target(200).green(Tolerance.relative(0.05))
        .amber(Tolerance.relative(0.2)).build();
    assertThat(higher.greenThreshold()).isEqualTo(190);
    assertThat(higher.amberThreshold()).isEqualTo(160);
    KpiDefinition lower = base(Direction.LOWER_IS_BETTER).target(0.1).amber(Tolerance.absolute(0.05)).build();
    assertThat(lower.greenThreshold()).isEqualTo(0.1);
    assertThat(lower.amberThreshold()).isEqualTo(0.15); // decimal: not 0.15000000000000002
    KpiDefinition range = base(Direction.WITHIN_RANGE).rangeLow(60).rangeHigh(80).amber(Tolerance.absolute(5)).build();
    assertThat(range.amberThreshold()).isEqualTo(55);
    assertThat(base(Direction.HIGHER_IS_BETTER).build().hasTarget()).isFalse();
  }

  @Test
  void rejectsInconsistentDefinitions() {
    assertThatThrownBy(() -> base(Direction.HIGHER_IS_BETTER).target(0).amber(Tolerance.relative(0.1)).build())
        .hasMessageStartingWith("relative tolerance must not be used with target 0 (kpi K)");
    assertThatThrownBy(() -> base(Direction.HIGHER_IS_BETTER).target(10).green(Tolerance.absolute(2)).amber(Tolerance.absolute(1)).build())
        .hasMessage("amber tolerance must be at least the green tolerance (kpi K) (was 1 < 2)");
    assertThatThrownBy(() -> base(Direction.WITHIN_RANGE).rangeLow(5).rangeHigh(4).build())
        .hasMessage("rangeLow must be at most rangeHigh (kpi K) (was 5 > 4)");
    assertThatThrownBy(() -> base(Direction.WITHIN_RANGE).build()).hasMessageContaining("rangeLow and rangeHigh must be set");
    assertThatThrownBy(() -> base(Direction.HIGHER_IS_BETTER).target(Double.POSITIVE_INFINITY).build())
        .hasMessage("target (kpi K) must be a finite number (was Infinity)");
    assertThatThrownBy(() -> Tolerance.absolute(-1)).hasMessage("tolerance must be zero or more (was -1)");
    assertThat(base(Direction.HIGHER_IS_BETTER).build().toString()).doesNotContain("Lead");
  }

  @Test
  void seriesIsOrderedAndSearchable() {
    KpiSeries s = KpiSeries.of(KpiId.of("K"), List.of(Observation.of(LocalDate.of(2027, 1, 1), 1),
        Observation.of(LocalDate.of(2027, 1, 8), 2), Observation.of(LocalDate.of(2027, 1, 15), 3)));
    assertThat(s.indexAtOrBefore(LocalDate.of(2026, 12, 31))).isEqualTo(-1);
    assertThat(s.indexAtOrBefore(LocalDate.of(2027, 1, 8))).isEqualTo(1);
    assertThat(s.indexAtOrBefore(LocalDate.of(2027, 1, 14))).isEqualTo(1);
    assertThat(s.indexAtOrBefore(LocalDate.of(2030, 1, 1))).isEqualTo(2);
    assertThat(s.observations()).hasSize(3).element(2).isEqualTo(Observation.of(LocalDate.of(2027, 1, 15), 3));
    assertThatThrownBy(() -> KpiSeries.builder(KpiId.of("K")).add(LocalDate.of(2027, 1, 2), 1).add(LocalDate.of(2027, 1, 1), 1))
        .hasMessage("observations must be in strictly increasing date order (kpi K, 2027-01-01 after 2027-01-02)");
    assertThat(s).isEqualTo(KpiSeries.of(KpiId.of("K"), s.observations()));
  }
}

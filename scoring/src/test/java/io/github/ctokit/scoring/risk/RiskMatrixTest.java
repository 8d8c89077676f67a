package io.github.ctokit.scoring.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.EqualsTester;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RiskMatrixTest {

  @Test
  void isoFiveByFiveIsExactlyTheCisoAssistantGrid() {
    RiskMatrix iso = RiskMatrix.iso27005FiveByFive();
    assertThat(iso.grid()).isDeepEqualTo(new int[][] {
        {0, 0, 1, 1, 1}, {0, 1, 1, 2, 2}, {1, 1, 2, 3, 3}, {1, 2, 3, 3, 4}, {2, 3, 3, 4, 4}});
    assertThat(iso.cell(3, 3).ordinal()).isEqualTo(3); // REFERENCES §1.6: ISO 5×5 p3·i3 → 3
    assertThat(iso.cell(4, 0).ordinal()).isEqualTo(2);
    assertThat(iso.cell(0, 4).ordinal()).isEqualTo(1);
    assertThat(iso.authoringCheck().violations()).extracting(Violation::code).containsExactly("matrix.asymmetric");
  }

  @Test
  void nistGridsAreTablesG5AndI2() {
    assertThat(RiskMatrix.nist80030().grid()).isDeepEqualTo(new int[][] {
        {0, 0, 0, 1, 1}, {0, 1, 1, 1, 2}, {0, 1, 2, 2, 3}, {0, 1, 2, 3, 4}, {0, 1, 2, 3, 4}});
    assertThat(RiskMatrix.nist80030OverallLikelihood().grid()).isDeepEqualTo(new int[][] {
        {0, 0, 1, 1, 1}, {0, 1, 1, 2, 2}, {1, 1, 2, 2, 3}, {1, 2, 2, 3, 4}, {1, 2, 3, 4, 4}});
    assertThat(RiskMatrix.nist80030OverallLikelihood().authoringCheck().isEmpty()).isTrue();
  }

  @Test
  void presetsWarnOnlyWhereTheSourceIsAsymmetricOrConstant() {
    assertThat(RiskMatrix.threeByThree().authoringCheck().violations()).extracting(v -> v.path().toString(), Violation::code)
        .containsExactly(tuple("grid[0]", "matrix.constant-row"));
    assertThat(RiskMatrix.fourByFour().authoringCheck().violations()).extracting(Violation::code)
        .containsExactly("matrix.asymmetric");
    assertThat(RiskMatrix.owaspSeverity().authoringCheck().isEmpty()).isTrue();
    assertThat(RiskMatrix.threeByThree().cell(2, 2).label()).isEqualTo("High");
    assertThat(RiskMatrix.threeByThree().cell(1, 2).label()).isEqualTo("Medium");
  }

  @Test
  void authoringChecksReportEveryErrorAtOnce() {
    ValidationResult found = RiskMatrix.builder().id("matrix.bad").name("bad")
        .likelihood(LevelScale.threeLevel()).impact(LevelScale.threeLevel()).levels(LevelScale.threeLevel())
        .row(0, 2, 1).row("Low", "Nope", "High").row(0, 1, 7).validate();
    assertThat(found.violations()).extracting(v -> v.path().toString(), Violation::code)
        .containsExactly(tuple("grid[1][1]", "matrix.cell-unassigned"), tuple("grid[2][2]", "matrix.cell-out-of-range"));
    ValidationResult monotone = RiskMatrix.builder().id("matrix.bad").name("bad")
        .likelihood(LevelScale.threeLevel()).impact(LevelScale.threeLevel()).levels(LevelScale.threeLevel())
        .row(0, 2, 1).row(1, 1, 2).row(0, 2, 2).validate();
    assertThat(monotone.violations()).extracting(v -> v.path().toString(), Violation::code).containsExactly(
        tuple("grid[1][1]", "matrix.not-monotone-likelihood"), tuple("grid[0][2]", "matrix.not-monotone-impact"),
        tuple("grid[2][0]", "matrix.not-monotone-likelihood"));
    ValidationResult shape = RiskMatrix.builder().id("matrix.bad").name("bad")
        .likelihood(LevelScale.threeLevel()).impact(LevelScale.fourLevel()).levels(LevelScale.fiveLevel())
        .row(0, 0, 1).row(0, 1, 1, 2).validate();
    assertThat(shape.errors()).extracting(v -> v.path().toString(), Violation::code)
        .containsExactly(tuple("grid", "matrix.shape"), tuple("grid[0]", "matrix.shape"));
    assertThatThrownBy(() -> RiskMatrix.builder().id("x").name("x").build()).isInstanceOf(ValidationException.class)
        .hasMessageContaining("matrix.missing-scale");
  }

  @Test
  void warningsForUnusedLevelsAndAsymmetry() {
    RiskMatrix m = RiskMatrix.builder().id("matrix.warn").name("warn")
        .likelihood(LevelScale.threeLevel()).impact(LevelScale.threeLevel()).levels(LevelScale.fiveLevel())
        .row(0, 1, 1).row(0, 1, 2).row(1, 2, 4).build();
    assertThat(m.authoringCheck().violations()).extracting(v -> v.path().toString(), Violation::code, Violation::severity)
        .containsExactly(tuple("", "matrix.asymmetric", Severity.WARNING),
            tuple("levels[3]", "matrix.unused-level", Severity.WARNING));
  }

  @Test
  void normalisedScoresAndNearestLevelBanding() {
    RiskMatrix iso = RiskMatrix.iso27005FiveByFive();
    assertThat(iso.score(LikelihoodImpact.of(4, 4)).normalisedScore()).isEqualTo("7.50");
    assertThat(iso.score(LikelihoodImpact.of(4, 4)).nativeScore()).isEqualByComparingTo("4");
    assertThat(iso.levelOf(new BigDecimal("6.25")).label()).isEqualTo("High");   // tie goes up
    assertThat(iso.levelOf(new BigDecimal("6.24")).label()).isEqualTo("Medium");
    assertThat(iso.levelOf(BigDecimal.ZERO).label()).isEqualTo("Very low");
    assertThat(RiskMatrix.fourByFour().score(LikelihoodImpact.of(2, 4)).normalisedScore()).isEqualTo("10.00");
    assertThat(RiskMatrix.fourByFour().score(LikelihoodImpact.of(1, 3)).normalisedScore()).isEqualTo("5.00");
    assertThatThrownBy(() -> iso.score(LikelihoodImpact.of(6, 1))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("likelihood rank must be within [1, 5] of matrix matrix.iso27005-5x5 (was 6)");
    assertThatThrownBy(() -> iso.levelOf(new BigDecimal("10.01")))
        .hasMessage("normalisedScore must be within [0, 10] (was 10.01)");
  }

  @Test
  void equality() {
    new EqualsTester().addEqualityGroup(RiskMatrix.iso27005FiveByFive(), RiskMatrix.builder().id("matrix.iso27005-5x5")
            .name("5x5 ISO-27005").version("CISO Assistant library v2")
            .source("ISO/IEC 27005 Annex A, as intuitem/ciso-assistant-community risk-matrix-5x5-iso-27005.yaml")
            .likelihood(RiskMatrix.iso27005FiveByFive().likelihood()).impact(RiskMatrix.iso27005FiveByFive().impact())
            .levels(RiskMatrix.iso27005FiveByFive().levels())
            .row(0, 0, 1, 1, 1).row(0, 1, 1, 2, 2).row(1, 1, 2, 3, 3).row(1, 2, 3, 3, 4).row(2, 3, 3, 4, 4).build())
        .addEqualityGroup(RiskMatrix.nist80030())
        .testEquals();
  }
}

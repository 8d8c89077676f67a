package io.github.ctokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ViolationTest {

  @Test
  void factoriesAndAccessors() {
    Violation v = Violation.error(ModelPath.of("risks").index(1), "risk.duplicate-id", "id must be unique (was 'R-1')");
    assertThat(v.isError()).isTrue();
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.hint()).isEmpty();
    assertThat(Violation.warning(ModelPath.root(), "x", "odd").isError()).isFalse();
  }

  @Test
  void hintIsPrintedOnASecondLine() {
    Violation v = Violation.builder()
        .severity(Severity.ERROR)
        .path(ModelPath.parse("keyResults[0].target"))
        .code("okr.start-equals-target")
        .message("target must differ from start (was 10)")
        .hint("Maybe use a maintain-above key result")
        .build();
    assertThat(v).hasToString("ERROR keyResults[0].target: target must differ from start (was 10) [okr.start-equals-target]\n"
        + "  Maybe use a maintain-above key result");
    assertThat(v.withHint("Maybe not").hint()).contains("Maybe not");
  }

  @ParameterizedTest
  @ValueSource(strings = {"risk.duplicate-id", "x", "okr.alignment-cycle", "a1.b2-c3"})
  void acceptsStableCodes(String code) {
    assertThat(Violation.error(ModelPath.root(), code, "m").code()).isEqualTo(code);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Risk.Dup", "risk..dup", "risk.", ".risk", "risk dup", "1risk", "risk_dup"})
  void rejectsMalformedCodes(String code) {
    assertThatThrownBy(() -> Violation.error(ModelPath.root(), code, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must be lower-case words joined by dots and dashes such as risk.duplicate-id (was '" + code + "')");
  }

  @Test
  void rejectsBlankMessages() {
    assertThatThrownBy(() -> Violation.warning(ModelPath.root(), "x.y", " "))
        .hasMessage("message must not be blank (code x.y)");
  }
}

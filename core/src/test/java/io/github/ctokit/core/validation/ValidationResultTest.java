package io.github.ctokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationResultTest {

  private static final ModelPath RISK_3 = ModelPath.of("risks").index(3);

  @Test
  void collectsEveryViolationInOrder() {
    ValidationResult result = ValidationResult.builder()
        .error(RISK_3.field("id"), "risk.duplicate-id", "id must be unique within the register (was 'R-7')")
        .warning(RISK_3.field("reviewDate"), "risk.review-overdue", "reviewDate must be within 365 days of asOf (was 2025-01-01)")
        .error(ModelPath.root(), "risk.empty-register", "risks must not be empty")
        .build();
    assertThat(result.isValid()).isFalse();
    assertThat(result.isEmpty()).isFalse();
    assertThat(result.violations()).extracting(Violation::code)
        .containsExactly("risk.duplicate-id", "risk.review-overdue", "risk.empty-register");
    assertThat(result.errors()).hasSize(2);
    assertThat(result.warnings()).singleElement().extracting(Violation::path).hasToString("risks[3].reviewDate");
    assertThat(result.summary()).isEqualTo("2 errors, 1 warning");
    assertThat(result).hasToString("2 errors, 1 warning\n"
        + "ERROR risks[3].id: id must be unique within the register (was 'R-7') [risk.duplicate-id]\n"
        + "WARNING risks[3].reviewDate: reviewDate must be within 365 days of asOf (was 2025-01-01) [risk.review-overdue]\n"
        + "ERROR (model): risks must not be empty [risk.empty-register]");
  }

  @Test
  void warningsAloneAreValid() {
    ValidationResult result = ValidationResult.builder()
        .warning(ModelPath.of("matrix"), "risk.matrix-asymmetric", "grid is not symmetric")
        .build();
    assertThat(result.isValid()).isTrue();
    assertThat(result.orThrow()).isSameAs(result);
    assertThat(result.summary()).isEqualTo("0 errors, 1 warning");
  }

  @Test
  void validIsEmpty() {
    assertThat(ValidationResult.valid().isValid()).isTrue();
    assertThat(ValidationResult.valid().isEmpty()).isTrue();
    assertThat(ValidationResult.valid().summary()).isEqualTo("valid");
    assertThat(ValidationResult.builder().build()).isSameAs(ValidationResult.valid());
    assertThat(ValidationResult.of(List.of())).isEqualTo(ValidationResult.valid());
  }

  @Test
  void orThrowCarriesEveryViolation() {
    ValidationResult.Builder builder = ValidationResult.builder();
    for (int i = 0; i < 25; i++) {
      builder.error(ModelPath.of("rows").index(i), "import.missing-id", "id must be present");
    }
    ValidationResult result = builder.build();
    assertThatThrownBy(result::orThrow)
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e).isInstanceOf(IllegalArgumentException.class);
          assertThat(e.violations()).hasSize(25);
          assertThat(e.result()).isSameAs(result);
          assertThat(e.getMessage())
              .startsWith("model is invalid: 25 errors, 0 warnings\nERROR rows[0]: id must be present [import.missing-id]\n")
              .contains("ERROR rows[19]: id must be present [import.missing-id]")
              .doesNotContain("rows[20]")
              .endsWith("… and 5 more");
        });
  }

  @Test
  void anExceptionNeedsAnError() {
    assertThatThrownBy(() -> new ValidationException(ValidationResult.valid()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("result must contain an error to be thrown (was valid)");
  }

  @Test
  void nestedResultsAreReRooted() {
    ValidationResult control = ValidationResult.builder()
        .error(ModelPath.of("coverage"), "risk.control-coverage", "coverage must be within [0, 1] (was 1.2)")
        .build();
    ValidationResult.Builder register = ValidationResult.builder();
    register.addAll(RISK_3.field("controls").index(1), control);
    register.addAll(ModelPath.root(), control);
    assertThat(register.build().violations()).extracting(v -> v.path().toString())
        .containsExactly("risks[3].controls[1].coverage", "coverage");
  }

  @Test
  void scopedBuildersPrefixPaths() {
    ValidationResult.Builder found = ValidationResult.builder();
    ValidationResult.Scoped risk = found.within(RISK_3);
    risk.error(ModelPath.of("owner"), "risk.unknown-owner", "owner must name a known role (was ROLE-x)");
    risk.within(ModelPath.of("controls").index(0)).warning(ModelPath.root(), "risk.control-unused", "control has no effect");
    assertThat(risk.path()).isEqualTo(RISK_3);
    assertThat(found.isValidSoFar()).isFalse();
    assertThat(found.build().violations()).extracting(v -> v.path().toString())
        .containsExactly("risks[3].owner", "risks[3].controls[0]");
  }

  @Test
  void andConcatenates() {
    ValidationResult a = ValidationResult.builder().error(ModelPath.of("a"), "x.a", "a is wrong").build();
    ValidationResult b = ValidationResult.builder().warning(ModelPath.of("b"), "x.b", "b is odd").build();
    assertThat(a.and(b).violations()).extracting(Violation::code).containsExactly("x.a", "x.b");
    assertThat(a.and(ValidationResult.valid())).isSameAs(a);
    assertThat(ValidationResult.valid().and(b)).isSameAs(b);
    assertThat(a.and(b)).isEqualTo(ValidationResult.of(List.of(a.violations().get(0), b.violations().get(0))));
  }
}

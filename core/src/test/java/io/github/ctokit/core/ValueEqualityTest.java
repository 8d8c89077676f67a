package io.github.ctokit.core;

import com.google.common.testing.EqualsTester;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** equals and hashCode of the value types whose equality is not tested beside their behaviour. */
class ValueEqualityTest {

  @Test
  void probabilities() {
    new EqualsTester()
        .addEqualityGroup(Probability.of(0.25), Probability.parse("25%"), Probability.ofPercent(25))
        .addEqualityGroup(Probability.ZERO, Probability.of(-0.0), Probability.parse("0"))
        .addEqualityGroup(Probability.ONE, Probability.parse("100%"))
        .addEqualityGroup(Probability.of(0.3))
        .testEquals();
  }

  @Test
  void violationsAndResults() {
    Violation a = Violation.error(ModelPath.of("risks").index(1), "risk.duplicate-id", "id must be unique");
    Violation sameAsA = Violation.builder()
        .severity(Severity.ERROR).path(ModelPath.parse("risks[1]")).code("risk.duplicate-id").message("id must be unique").build();
    new EqualsTester()
        .addEqualityGroup(a, sameAsA)
        .addEqualityGroup(a.withSeverity(Severity.WARNING))
        .addEqualityGroup(a.withHint("Maybe rename one"))
        .addEqualityGroup(a.withPath(ModelPath.parse("risks[2]")))
        .addEqualityGroup(ValidationResult.of(List.of(a)), ValidationResult.builder().add(sameAsA).build())
        .addEqualityGroup(ValidationResult.valid(), ValidationResult.of(List.of()))
        .testEquals();
  }
}

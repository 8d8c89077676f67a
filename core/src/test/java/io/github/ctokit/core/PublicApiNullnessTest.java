package io.github.ctokit.core;

import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import io.github.ctokit.core.validation.Violation;
import org.junit.jupiter.api.Test;

/** Every public method and constructor of the core value types rejects null with a NullPointerException. */
class PublicApiNullnessTest {

  private final NullPointerTester tester = new NullPointerTester()
      .setDefault(Probability.class, Probability.of(0.5))
      .setDefault(LevelScale.class, LevelScale.threeLevel())
      .setDefault(Level.class, LevelScale.threeLevel().lowest())
      .setDefault(ModelPath.class, ModelPath.of("x"))
      .setDefault(Severity.class, Severity.ERROR)
      .setDefault(Violation.class, Violation.error(ModelPath.of("x"), "x.y", "m"))
      .setDefault(ValidationResult.class, ValidationResult.valid())
      .setDefault(String.class, "x");

  @Test
  void staticFactories() {
    for (Class<?> type : new Class<?>[] {
        Probability.class, Estimate.class, RoleId.class, TeamId.class, PersonId.class, LevelScale.class,
        ModelPath.class, Violation.class, ValidationResult.class, Validator.class}) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethods() {
    tester.testAllPublicInstanceMethods(Probability.of(0.3));
    tester.testAllPublicInstanceMethods(Estimate.threePoint(1, 2, 3));
    tester.testAllPublicInstanceMethods(RoleId.of("r"));
    tester.testAllPublicInstanceMethods(LevelScale.fiveLevel());
    tester.testAllPublicInstanceMethods(LevelScale.fiveLevel().level(2));
    tester.testAllPublicInstanceMethods(ModelPath.of("risks").index(1));
    tester.testAllPublicInstanceMethods(Violation.warning(ModelPath.of("x"), "x.y", "m"));
    tester.testAllPublicInstanceMethods(ValidationResult.valid());
    tester.testAllPublicInstanceMethods(ValidationResult.builder());
    tester.testAllPublicInstanceMethods(ValidationResult.builder().within(ModelPath.of("x")));
    tester.testAllPublicInstanceMethods(LevelScale.builder());
    tester.testAllPublicInstanceMethods(Violation.builder());
  }

  @Test
  void constructors() {
    tester.testAllPublicConstructors(ValidationException.class);
  }
}

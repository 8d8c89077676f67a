package io.github.ctokit.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ctokit.core.validation.ValidationException;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import io.github.ctokit.core.validation.Violation;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The contract every {@link Validator} honours, as jqwik properties a vendor inherits to test its
 * own validators:
 *
 * <pre>{@code
 * class ImportRowValidatorTest implements ValidatorContract<ImportRow> {
 *   public Validator<ImportRow> validator() { return new ImportRowValidator(); }
 *   public Arbitrary<ImportRow> models() { return ...; }          // valid and invalid rows
 *   public List<String> personalData(ImportRow row) { return List.of(row.name(), row.email()); }
 * }
 * }</pre>
 *
 * <p>The properties: validation never throws for a non-null model; equal models give equal
 * results, in the same order; {@link Validator#requireValid(Object)} agrees with
 * {@link ValidationResult#isValid()}; no message or hint contains a piece of the model's personal
 * data.
 *
 * @param <T> the type of model validated
 */
public interface ValidatorContract<T> {

  /**
   * Returns the validator under test.
   *
   * @return the validator
   */
  Validator<T> validator();

  /**
   * Returns models to validate, valid and invalid ones, so both paths are exercised.
   *
   * @return the arbitrary
   */
  Arbitrary<T> models();

  /**
   * Returns the personal data held in a model (names, e-mail addresses, free text about people)
   * that must never appear in a violation message. The default says the model holds none.
   *
   * @param model a generated model
   * @return the personal-data strings; blank strings are ignored
   */
  default List<String> personalData(T model) {
    return List.of();
  }

  /**
   * Supplies {@link #models()} to the properties.
   *
   * @return the arbitrary
   */
  @Provide("ctokitContractModels")
  default Arbitrary<T> ctokitContractModels() {
    return models();
  }

  /**
   * Validation returns a result for every model and never throws.
   *
   * @param model a generated model
   */
  @Property
  default void validationNeverThrows(@ForAll("ctokitContractModels") T model) {
    ValidationResult result;
    try {
      result = validator().validate(model);
    } catch (RuntimeException e) {
      fail("validate threw " + e.getClass().getName() + " instead of reporting a violation", e);
      return;
    }
    assertNotNull(result, "validate returned null");
  }

  /**
   * Validating the same model twice gives equal results, violations in the same order.
   *
   * @param model a generated model
   */
  @Property
  default void validationIsDeterministic(@ForAll("ctokitContractModels") T model) {
    assertEquals(validator().validate(model).violations(), validator().validate(model).violations());
  }

  /**
   * {@code requireValid} throws exactly when the result has an error, carrying every violation.
   *
   * @param model a generated model
   */
  @Property
  default void requireValidAgreesWithTheResult(@ForAll("ctokitContractModels") T model) {
    ValidationResult result = validator().validate(model);
    try {
      validator().requireValid(model);
      assertTrue(result.isValid(), "requireValid passed a model with errors: " + result.summary());
    } catch (ValidationException e) {
      assertFalse(result.isValid(), "requireValid threw for a valid model");
      assertEquals(result.violations(), e.violations());
    }
  }

  /**
   * No violation message or hint repeats the model's personal data.
   *
   * @param model a generated model
   */
  @Property
  default void messagesHoldNoPersonalData(@ForAll("ctokitContractModels") T model) {
    List<String> personal = personalData(model);
    for (Violation v : validator().validate(model).violations()) {
      String text = v.message() + v.hint().orElse("");
      for (String secret : personal) {
        if (!secret.isBlank() && text.contains(secret)) {
          fail("violation " + v.code() + " at " + v.path() + " repeats personal data");
        }
      }
    }
  }
}

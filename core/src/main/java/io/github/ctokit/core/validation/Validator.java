package io.github.ctokit.core.validation;

import java.util.List;
import java.util.Objects;

/**
 * Checks a model against whole-model rules and reports every violation in one pass.
 *
 * <p>Contract for implementations (the testkit's {@code ValidatorContract} tests it): a
 * validator never throws for a non-null input, whatever its content; it returns the same
 * violations, in the same order, for equal inputs; and its messages contain no personal data.
 *
 * @param <T> the type of model validated
 */
@FunctionalInterface
public interface Validator<T> {

  /**
   * Validates a model.
   *
   * @param model the model
   * @return every violation found; {@link ValidationResult#valid()} if none
   */
  ValidationResult validate(T model);

  /**
   * Validates a model and throws if it has errors.
   *
   * @param model the model
   * @return the model, when it has no errors
   * @throws ValidationException carrying every violation, if there is at least one error
   */
  default T requireValid(T model) {
    validate(model).orThrow();
    return model;
  }

  /**
   * Returns a validator that runs this one, then another, and reports both results.
   *
   * @param next the validator to run second
   * @return the combined validator
   */
  default Validator<T> and(Validator<? super T> next) {
    Objects.requireNonNull(next, "next");
    return model -> validate(model).and(next.validate(model));
  }

  /**
   * Returns a validator of lists that validates each element with {@code element} and reports
   * each violation under {@code field[i]}.
   *
   * @param field the list's field name, such as {@code "risks"}
   * @param element the validator for one element
   * @param <E> the element type
   * @return the list validator
   */
  static <E> Validator<List<? extends E>> forEach(String field, Validator<? super E> element) {
    ModelPath list = ModelPath.of(field);
    Objects.requireNonNull(element, "element");
    return elements -> {
      ValidationResult.Builder found = ValidationResult.builder();
      for (int i = 0; i < elements.size(); i++) {
        found.addAll(list.index(i), element.validate(elements.get(i)));
      }
      return found.build();
    };
  }
}

package io.github.ctokit.testkit.contract;

import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import io.github.ctokit.testkit.CoreArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Applies {@link ValidatorContract} the way a vendor would: to a validator of imported allocation
 * rows that carry personal data (a person's name).
 */
class AllocationImportContractTest implements ValidatorContract<List<AllocationImportContractTest.Row>> {

  /** One imported row: a person, their name (personal data) and an allocation percentage. */
  record Row(PersonId person, String name, double allocationPercent) {}

  private static final Validator<Row> ROW = row -> {
    ValidationResult.Builder found = ValidationResult.builder();
    if (!(row.allocationPercent() >= 0 && row.allocationPercent() <= 100)) {
      found.error(ModelPath.of("allocationPercent"), "people.allocation-range",
          "allocationPercent must be within [0, 100] for person " + row.person() + " (was " + row.allocationPercent() + ")");
    }
    if (row.name().isBlank()) {
      found.warning(ModelPath.of("name"), "people.missing-name", "name is blank for person " + row.person());
    }
    return found.build();
  };

  @Override
  public Validator<List<Row>> validator() {
    Validator<List<? extends Row>> each = Validator.forEach("rows", ROW);
    return each::validate;
  }

  @Override
  public Arbitrary<List<Row>> models() {
    Arbitrary<String> names = Arbitraries.of("Ada Lovelace", "Grace Hopper", " ", "Katherine Johnson");
    Arbitrary<Double> allocation = Arbitraries.oneOf(
        Arbitraries.doubles().between(0, 100), Arbitraries.doubles().between(-50, 250), Arbitraries.just(Double.NaN));
    return Combinators.combine(CoreArbitraries.personIds(), names, allocation).as(Row::new).list().ofMaxSize(8);
  }

  @Override
  public List<String> personalData(List<Row> rows) {
    List<String> names = new ArrayList<>();
    rows.forEach(row -> names.add(row.name()));
    return names;
  }
}

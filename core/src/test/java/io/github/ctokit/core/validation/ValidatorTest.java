package io.github.ctokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidatorTest {

  /** A row of a vendor import: an id that must be present and a share that must be within [0, 1]. */
  private static final Validator<String[]> ROW = row -> {
    ValidationResult.Builder found = ValidationResult.builder();
    if (row[0].isEmpty()) {
      found.error(ModelPath.of("id"), "import.missing-id", "id must be present");
    }
    double share = Double.parseDouble(row[1]);
    if (share < 0 || share > 1) {
      found.error(ModelPath.of("share"), "import.share-range", "share must be within [0, 1] (was " + row[1] + ")");
    }
    return found.build();
  };

  @Test
  void forEachReportsEveryRowAtOnce() {
    List<String[]> rows = List.of(
        new String[] {"A", "0.5"}, new String[] {"", "1.5"}, new String[] {"C", "0.1"}, new String[] {"", "0"});
    ValidationResult result = Validator.forEach("rows", ROW).validate(rows);
    assertThat(result.violations()).extracting(v -> v.path() + " " + v.code())
        .containsExactly("rows[1].id import.missing-id", "rows[1].share import.share-range", "rows[3].id import.missing-id");
  }

  @Test
  void requireValidReturnsTheModelOrThrowsWithEverything() {
    String[] good = {"A", "0.2"};
    assertThat(ROW.requireValid(good)).isSameAs(good);
    assertThatThrownBy(() -> ROW.requireValid(new String[] {"", "2"}))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).hasSize(2));
  }

  @Test
  void andRunsBothValidators() {
    Validator<String[]> idLength = row -> row[0].length() > 3
        ? ValidationResult.builder().warning(ModelPath.of("id"), "import.long-id", "id is longer than 3 characters").build()
        : ValidationResult.valid();
    ValidationResult result = ROW.and(idLength).validate(new String[] {"ABCDE", "7"});
    assertThat(result.violations()).extracting(Violation::code).containsExactly("import.share-range", "import.long-id");
    assertThat(result.isValid()).isFalse();
  }
}

package io.github.ctokit.benchmarks;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A vendor import: rows of text from an HR system turned into validated ctokit values, every
 * problem collected with its path. 10,000 rows is a mid-size company; 1,000,000 the large case.
 * About 2 % of the rows are invalid, so the cost of building violations is included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmark {

  /** One imported row. */
  record Row(String personId, String allocation, double low, double mode, double high) {}

  private static final Validator<Row> ROW = row -> {
    ValidationResult.Builder found = ValidationResult.builder();
    try {
      PersonId.of(row.personId());
    } catch (IllegalArgumentException e) {
      found.error(ModelPath.of("personId"), "people.invalid-id", e.getMessage());
    }
    try {
      Probability.parse(row.allocation());
    } catch (IllegalArgumentException e) {
      found.error(ModelPath.of("allocation"), "people.invalid-allocation", e.getMessage());
    }
    try {
      Estimate.threePoint(row.low(), row.mode(), row.high());
    } catch (IllegalArgumentException e) {
      found.error(ModelPath.of("estimate"), "people.invalid-estimate", e.getMessage());
    }
    return found.build();
  };

  private static final Validator<List<? extends Row>> IMPORT = Validator.forEach("rows", ROW);

  @Param({"10000", "1000000"})
  int rows;

  private List<Row> input;

  @Setup
  public void generate() {
    SplittableRandom random = new SplittableRandom(7);
    input = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      boolean bad = random.nextInt(100) < 2;
      String id = bad && random.nextBoolean() ? "person " + i : "P-" + i;
      String allocation = bad && random.nextBoolean() ? "120%" : random.nextInt(1, 101) + "%";
      double low = random.nextInt(1, 10);
      double mode = low + random.nextInt(0, 5);
      double high = bad ? mode - 1 : mode + random.nextInt(0, 10);
      input.add(new Row(id, allocation, low, mode, high));
    }
  }

  @Benchmark
  public ValidationResult validateImport() {
    return IMPORT.validate(input);
  }
}

package io.github.ctokit.testkit;

import io.github.ctokit.core.Estimate;
import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.PersonId;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.Severity;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Violation;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik {@link Arbitrary} generators for the shared vocabulary of {@code io.github.ctokit.core}.
 *
 * <p>Every generated value is valid by construction, including edge cases (probabilities 0 and 1,
 * point estimates, two-level scales, identifiers of length 1 and {@value io.github.ctokit.core.Identifier#MAX_LENGTH}).
 * Use them in properties of code that consumes ctokit values:
 *
 * <pre>{@code
 * @Property
 * void myEngineAcceptsAnyProbability(@ForAll("probabilities") Probability p) { ... }
 *
 * @Provide
 * Arbitrary<Probability> probabilities() { return CoreArbitraries.probabilities(); }
 * }</pre>
 *
 * @see io.github.ctokit.core.Identifier
 */
public final class CoreArbitraries {

  private static final String ID_FIRST = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String ID_REST = ID_FIRST + "-_.:/";

  private CoreArbitraries() {}

  /**
   * Generates probabilities over all of [0, 1], edge cases 0 and 1 included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Probability> probabilities() {
    return Arbitraries.doubles().between(0, 1).ofScale(9).map(Probability::of).edgeCases(c -> c.add(Probability.ZERO, Probability.ONE));
  }

  /**
   * Generates three-point estimates with {@code minimum ≤ mostLikely ≤ maximum}, point estimates
   * included, over [-1e9, 1e9].
   *
   * @return the arbitrary
   */
  public static Arbitrary<Estimate> threePointEstimates() {
    Arbitrary<Double> value = Arbitraries.doubles().between(-1e9, 1e9).ofScale(3);
    return Combinators.combine(value, value, value).as((a, b, c) -> {
      double[] sorted = {a, b, c};
      java.util.Arrays.sort(sorted);
      return Estimate.threePoint(sorted[0], sorted[1], sorted[2]);
    });
  }

  /**
   * Generates confidence-interval estimates with {@code lower < upper} and a confidence within
   * (0, 1), 90 % most often.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Estimate> intervalEstimates() {
    Arbitrary<Double> lower = Arbitraries.doubles().between(-1e9, 1e9).ofScale(3);
    Arbitrary<Double> width = Arbitraries.doubles().between(0.001, 1e9).ofScale(3);
    Arbitrary<Probability> confidence = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.just(Probability.of(0.9))),
        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0.01, 0.99).ofScale(4).map(Probability::of)));
    return Combinators.combine(lower, width, confidence).as((lo, w, c) -> Estimate.interval(lo, lo + w, c));
  }

  /**
   * Generates estimates of both kinds.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Estimate> estimates() {
    return Arbitraries.oneOf(threePointEstimates(), intervalEstimates());
  }

  /**
   * Generates valid identifier texts of 1 to 128 characters.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> identifierValues() {
    Arbitrary<Character> first = Arbitraries.of(ID_FIRST.toCharArray());
    Arbitrary<String> rest = Arbitraries.strings().withChars(ID_REST.toCharArray()).ofMaxLength(127);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /**
   * Generates role identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RoleId> roleIds() {
    return identifierValues().map(RoleId::of);
  }

  /**
   * Generates team identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TeamId> teamIds() {
    return identifierValues().map(TeamId::of);
  }

  /**
   * Generates person identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PersonId> personIds() {
    return identifierValues().map(PersonId::of);
  }

  /**
   * Generates level scales: the presets and custom scales of 2 to 10 distinct labels.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LevelScale> levelScales() {
    Arbitrary<String> label = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    Arbitrary<LevelScale> custom = label.list().ofMinSize(2).ofMaxSize(10)
        .uniqueElements(l -> l.toLowerCase(Locale.ROOT))
        .map(labels -> LevelScale.builder().name("Generated " + labels.size() + "-level").addAllLabels(labels).build());
    return Arbitraries.oneOf(
        Arbitraries.of(LevelScale.threeLevel(), LevelScale.fourLevel(), LevelScale.fiveLevel()), custom);
  }

  /**
   * Generates levels of generated scales.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Level> levels() {
    return levelScales().flatMap(scale -> Arbitraries.of(scale.levels()));
  }

  /**
   * Generates model paths of up to six segments, such as {@code risks[3].controls[1]}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ModelPath> modelPaths() {
    Arbitrary<String> field = Arbitraries.of("risks", "controls", "assets", "id", "owner", "keyResults", "services", "target");
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 100_000);
    Arbitrary<Object> segment = Arbitraries.oneOf(field.map(f -> (Object) f), index.map(i -> (Object) i));
    return segment.list().ofMaxSize(6).map(CoreArbitraries::toPath);
  }

  private static ModelPath toPath(List<Object> segments) {
    ModelPath path = ModelPath.root();
    for (Object segment : segments) {
      path = segment instanceof Integer i ? path.index(i) : path.field((String) segment);
    }
    return path;
  }

  /**
   * Generates violations with valid codes, paths and messages, of both severities.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Violation> violations() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> code = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(".", words));
    Arbitrary<String> message = Arbitraries.of(
        "id must be unique within the register", "coverage must be within [0, 1] (was 1.2)", "owner must name a known role");
    return Combinators.combine(Arbitraries.of(Severity.class), modelPaths(), code, message)
        .as((severity, path, c, m) -> Violation.builder().severity(severity).path(path).code(c).message(m).build());
  }

  /**
   * Generates validation results of 0 to 20 violations.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ValidationResult> validationResults() {
    return violations().list().ofMaxSize(20).map(ValidationResult::of);
  }
}

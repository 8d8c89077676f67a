package io.github.ctokit.scoring.risk;

import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.risk.RiskAppetite;
import io.github.ctokit.core.risk.RiskRegister;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The risk scoring engine: scores a {@link RiskRegister} with one method per kind of assessment,
 * derives current and residual risk from controls, judges appetite, ranks, and builds heat-map
 * data.
 *
 * <p>Immutable and thread-safe; every {@code withX} returns a new engine. Deterministic: the same
 * register, date and configuration give the same result on any machine.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li><b>Methods.</b> {@link #using(RiskMethod)} sets the method for its kind of assessment;
 *       the other built-in kinds default to {@link OwaspRiskRating#standard()},
 *       {@link NistSp80030#standard()} and {@link Dread#standard()}, and likelihood-impact ranks to
 *       {@link RiskMatrix#iso27005FiveByFive()}. A likelihood-impact method whose axes differ in
 *       size from the register's scales scores nothing ({@code scoring.scale-mismatch}); remap first
 *       with {@link MatrixRemap}.
 *   <li><b>Tiers.</b> Inherent is the method's score of {@code risk.inherent()}. Current is the
 *       direct rating if there is one, else inherent × remaining after the risk's implemented
 *       controls; residual is the direct rating if there is one, else current × remaining after the
 *       risk's planned controls. Remaining is {@code Π(1 − e·c)} ({@link ReductionRule#COMBINED},
 *       the default) or {@code 1 − max(e·c)} ({@link ReductionRule#STRONGEST}), computed in double,
 *       rounded HALF_UP to six places; scores are rounded HALF_UP to two. Only controls listed by the
 *       risk count. {@code residual ≤ current ≤ inherent} is checked, never clamped: a directly rated
 *       tier that breaks it is reported ({@code risk.current-score-above-inherent},
 *       {@code risk.residual-score-above-current}) and kept as rated.
 *   <li><b>Appetite.</b> The {@linkplain #withBasis(Tier) basis tier} (default
 *       {@link Tier#CURRENT}: the risk borne today; SimpleRisk uses {@link Tier#RESIDUAL}) is judged
 *       against the limit of the risk's category: breach iff score &gt; limit, or level above the
 *       limit level.
 *   <li><b>Ranking.</b> Basis score descending, inherent score descending, id ascending.
 * </ul>
 *
 * <pre>{@code
 * RegisterAssessment result = RiskScoring.using(RiskMatrix.iso27005FiveByFive())
 *     .withAppetite(appetite)
 *     .assess(register, LocalDate.of(2027, 3, 31));
 * result.ranked().get(0).explain();
 * }</pre>
 */
public final class RiskScoring {

  private final Map<Class<?>, RiskMethod<?>> methods;
  private final @Nullable RiskAppetite appetite;
  private final Tier basis;
  private final ReductionRule reductionRule;

  private RiskScoring(Map<Class<?>, RiskMethod<?>> methods, @Nullable RiskAppetite appetite, Tier basis,
      ReductionRule reductionRule) {
    this.methods = Collections.unmodifiableMap(methods);
    this.appetite = appetite;
    this.basis = basis;
    this.reductionRule = reductionRule;
  }

  /**
   * Returns an engine with the default methods, the given one replacing the default for its kind.
   *
   * @param method the method, such as a {@link RiskMatrix}
   * @return the engine, without appetite, basis {@link Tier#CURRENT}, rule {@link ReductionRule#COMBINED}
   */
  public static RiskScoring using(RiskMethod<?> method) {
    return defaults().withMethod(method);
  }

  /**
   * Returns an engine with the default methods: the ISO 27005 5×5 matrix, OWASP, NIST SP 800-30 and
   * DREAD.
   *
   * @return the engine
   */
  public static RiskScoring defaults() {
    Map<Class<?>, RiskMethod<?>> m = new LinkedHashMap<>();
    for (RiskMethod<?> d : List.<RiskMethod<?>>of(RiskMatrix.iso27005FiveByFive(), OwaspRiskRating.standard(),
        NistSp80030.standard(), Dread.standard())) {
      m.put(d.inputType(), d);
    }
    return new RiskScoring(m, null, Tier.CURRENT, ReductionRule.COMBINED);
  }

  /**
   * Returns a copy using a method for its kind of assessment, replacing the one there was.
   *
   * @param method the method
   * @return the copy
   */
  public RiskScoring withMethod(RiskMethod<?> method) {
    Objects.requireNonNull(method, "method");
    Map<Class<?>, RiskMethod<?>> m = new LinkedHashMap<>(methods);
    m.put(Objects.requireNonNull(method.inputType(), "method.inputType()"), method);
    return new RiskScoring(m, appetite, basis, reductionRule);
  }

  /**
   * Returns a copy judging risks against an appetite.
   *
   * @param appetite the appetite
   * @return the copy
   */
  public RiskScoring withAppetite(RiskAppetite appetite) {
    return new RiskScoring(new LinkedHashMap<>(methods), Objects.requireNonNull(appetite, "appetite"), basis,
        reductionRule);
  }

  /**
   * Returns a copy ranking and judging appetite on another tier.
   *
   * @param basis the tier
   * @return the copy
   */
  public RiskScoring withBasis(Tier basis) {
    return new RiskScoring(new LinkedHashMap<>(methods), appetite, Objects.requireNonNull(basis, "basis"), reductionRule);
  }

  /**
   * Returns a copy combining controls by another rule.
   *
   * @param rule the rule
   * @return the copy
   */
  public RiskScoring withReductionRule(ReductionRule rule) {
    return new RiskScoring(new LinkedHashMap<>(methods), appetite, basis, Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns the configured methods.
   *
   * @return one method per kind of assessment, in configuration order
   */
  public List<RiskMethod<?>> methods() {
    return new ArrayList<>(methods.values());
  }

  /**
   * Returns the method that scores an assessment.
   *
   * @param assessment the assessment
   * @return the method registered for its type, or empty
   */
  public Optional<RiskMethod<?>> methodFor(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    return Optional.ofNullable(lookup(methods, assessment.getClass()));
  }

  static @Nullable RiskMethod<?> lookup(Map<Class<?>, RiskMethod<?>> methods, Class<?> type) {
    RiskMethod<?> exact = methods.get(type);
    if (exact != null) {
      return exact;
    }
    for (Map.Entry<Class<?>, RiskMethod<?>> e : methods.entrySet()) {
      if (e.getKey().isAssignableFrom(type)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * Scores one assessment with the method registered for it.
   *
   * @param assessment the assessment
   * @return the score
   * @throws IllegalArgumentException if no method is registered for its type, or the method
   *     cannot score it
   */
  public RiskScore score(Assessment assessment) {
    RiskMethod<?> method = methodFor(assessment).orElseThrow(() -> new IllegalArgumentException(
        "assessment kind must have a registered method (was " + assessment.kind() + ")\nMaybe call withMethod(...)"));
    return AssessedRisk.scoreWith(method, assessment);
  }

  /**
   * Assesses a register as of a day.
   *
   * @param register the register
   * @param asOf the day acceptances, reviews and appetite are judged on
   * @return the immutable result; problems are in {@link RegisterAssessment#violations()}, never thrown
   * @throws NullPointerException if an argument is null
   */
  public RegisterAssessment assess(RiskRegister register, LocalDate asOf) {
    Objects.requireNonNull(register, "register");
    Objects.requireNonNull(asOf, "asOf");
    return new RegisterEngine(methods, appetite, basis, reductionRule).run(register, asOf);
  }

  /** Returns the configuration. */
  @Override
  public String toString() {
    List<String> ids = new ArrayList<>();
    for (RiskMethod<?> m : methods.values()) {
      ids.add(m.id());
    }
    return "RiskScoring" + ids + ", basis " + basis + ", " + reductionRule + (appetite == null ? ", no appetite" : ", with appetite");
  }
}

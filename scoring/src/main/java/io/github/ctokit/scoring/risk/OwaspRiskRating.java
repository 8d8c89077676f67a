package io.github.ctokit.scoring.risk;

import org.jspecify.annotations.Nullable;
import io.github.ctokit.core.Level;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.risk.OwaspFactor;
import io.github.ctokit.core.risk.OwaspFactors;
import io.github.ctokit.core.validation.ModelPath;
import io.github.ctokit.core.validation.ValidationResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The OWASP Risk Rating Methodology (OWASP/www-community,
 * {@code pages/OWASP_Risk_Rating_Methodology.md}).
 *
 * <ol>
 *   <li>likelihood = (weighted) mean of the eight threat agent and vulnerability factors;
 *   <li>technical impact = mean of the four technical factors; business impact = mean of the four
 *       business factors, when rated;
 *   <li>the impact that counts is chosen by an {@link ImpactPolicy} (OWASP's own rule, the default:
 *       business impact when it is known, else technical);
 *   <li>each of likelihood and impact is LOW below 3, MEDIUM from 3 to below 6, HIGH from 6 to 9;
 *   <li>the severity is the cell of {@link RiskMatrix#owaspSeverity()}: Note, Low, Medium, High or
 *       Critical.
 * </ol>
 *
 * <p>Means are exact decimals (HALF_UP to six places only if a weighted mean does not terminate).
 * The native score is likelihood × impact, 0 to 81. The normalised score follows a
 * {@link ScorePolicy}: by default SimpleRisk's severity mid-points (Note 0, Low 2, Medium 5.5, High
 * 8.55, Critical 10), so that ranking agrees with severity; or the product scaled to 0–10.
 *
 * <p>Factor values are accepted on 0 to 9; {@link #strict()} also requires every value to be one of
 * the factor's listed options (the methodology's own worked example does not pass strict mode).
 *
 * <pre>{@code
 * RiskScore s = OwaspRiskRating.standard().score(example);
 * s.level().label();                        // "Low": business impact 2.25 counts
 * }</pre>
 */
public final class OwaspRiskRating implements RiskMethod<OwaspFactors> {

  /** Which impact estimate counts. */
  public enum ImpactPolicy {
    /** OWASP's rule: business impact when it is rated, else technical impact. */
    BUSINESS_IF_PRESENT,
    /** Technical impact only. */
    TECHNICAL,
    /** Business impact only; an assessment without business factors cannot be scored. */
    BUSINESS,
    /** The larger of the two (technical when business is not rated). */
    MAXIMUM,
    /** The mean of the two, as SimpleRisk computes it (technical when business is not rated). */
    MEAN
  }

  /** How the severity becomes a normalised 0–10 score. */
  public enum ScorePolicy {
    /** SimpleRisk's severity scores: Note 0, Low 2, Medium 5.5, High 8.55, Critical 10. */
    SEVERITY_MIDPOINTS,
    /** {@code likelihood × impact × 10 / 81}, two places HALF_UP. */
    PRODUCT
  }

  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal SIX = BigDecimal.valueOf(6);
  private static final BigDecimal EIGHTY_ONE = BigDecimal.valueOf(81);
  private static final List<BigDecimal> MIDPOINTS = List.of(new BigDecimal("0"), new BigDecimal("2"),
      new BigDecimal("5.5"), new BigDecimal("8.55"), new BigDecimal("10"));
  private static final ScoreThresholds BANDS = ScoreThresholds.of(RiskMatrix.owaspSeverity().levels(),
      List.of(new BigDecimal("1"), new BigDecimal("3.75"), new BigDecimal("7.025"), new BigDecimal("9.275")));
  private static final OwaspRiskRating STANDARD = new OwaspRiskRating(ImpactPolicy.BUSINESS_IF_PRESENT,
      ScorePolicy.SEVERITY_MIDPOINTS, false, new EnumMap<>(OwaspFactor.class));

  private final ImpactPolicy impactPolicy;
  private final ScorePolicy scorePolicy;
  private final boolean strict;
  private final Map<OwaspFactor, BigDecimal> weights;
  private final RiskMatrix severity = RiskMatrix.owaspSeverity();

  private OwaspRiskRating(ImpactPolicy impactPolicy, ScorePolicy scorePolicy, boolean strict,
      Map<OwaspFactor, BigDecimal> weights) {
    this.impactPolicy = impactPolicy;
    this.scorePolicy = scorePolicy;
    this.strict = strict;
    this.weights = weights;
  }

  /**
   * Returns the methodology as published: business impact if present, equal weights, factor values
   * on 0–9, severity mid-point scores.
   *
   * @return the method
   */
  public static OwaspRiskRating standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with another impact policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public OwaspRiskRating withImpactPolicy(ImpactPolicy policy) {
    return new OwaspRiskRating(Objects.requireNonNull(policy, "policy"), scorePolicy, strict, weights);
  }

  /**
   * Returns a copy with another score policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public OwaspRiskRating withScorePolicy(ScorePolicy policy) {
    return new OwaspRiskRating(impactPolicy, Objects.requireNonNull(policy, "policy"), strict, weights);
  }

  /**
   * Returns a copy that requires every factor value to be one of its listed options.
   *
   * @return the strict copy
   */
  public OwaspRiskRating strict() {
    return new OwaspRiskRating(impactPolicy, scorePolicy, true, weights);
  }

  /**
   * Returns a copy weighting one factor (step 6, "weighting factors"); unweighted factors weigh 1.
   *
   * @param factor the factor
   * @param weight a weight, zero or more; each group must keep at least one positive weight
   * @return the copy
   * @throws IllegalArgumentException if the weight is negative or leaves its group without a positive weight
   */
  public OwaspRiskRating withWeight(OwaspFactor factor, BigDecimal weight) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() < 0) {
      throw new IllegalArgumentException("weight of " + factor + " must be zero or more (was " + weight.toPlainString() + ")");
    }
    Map<OwaspFactor, BigDecimal> copy = new EnumMap<>(OwaspFactor.class);
    copy.putAll(weights);
    copy.put(factor, weight);
    boolean positive = false;
    for (OwaspFactor f : OwaspFactor.values()) {
      boolean sameGroup = factor.isLikelihood() ? f.isLikelihood() : f.group() == factor.group();
      positive |= sameGroup && copy.getOrDefault(f, BigDecimal.ONE).signum() > 0;
    }
    if (!positive) {
      throw new IllegalArgumentException("weights of group " + factor.group() + " must keep one positive weight (was all zero)");
    }
    return new OwaspRiskRating(impactPolicy, scorePolicy, strict, copy);
  }

  /**
   * Returns the impact policy.
   *
   * @return the policy
   */
  public ImpactPolicy impactPolicy() {
    return impactPolicy;
  }

  /**
   * Returns the score policy.
   *
   * @return the policy
   */
  public ScorePolicy scorePolicy() {
    return scorePolicy;
  }

  /**
   * Tells whether factor values must be listed options.
   *
   * @return true in strict mode
   */
  public boolean isStrict() {
    return strict;
  }

  @Override
  public String id() {
    return "owasp-rrm";
  }

  @Override
  public String version() {
    return "www-community 2024; impact " + impactPolicy + "; score " + scorePolicy + (strict ? "; strict" : "")
        + (weights.isEmpty() ? "" : "; weighted");
  }

  @Override
  public Class<OwaspFactors> inputType() {
    return OwaspFactors.class;
  }

  @Override
  public LevelScale levels() {
    return severity.levels();
  }

  @Override
  public ValidationResult check(OwaspFactors input) {
    Objects.requireNonNull(input, "input");
    ValidationResult.Builder found = ValidationResult.builder();
    for (Map.Entry<OwaspFactor, Integer> e : input.values().entrySet()) {
      ModelPath at = ModelPath.of(camel(e.getKey()));
      int v = e.getValue();
      if (v > OwaspFactor.MAX_VALUE) {
        found.error(at, "owasp.factor-out-of-range", "factor " + e.getKey() + " must be within [0, 9] (was " + v + ")");
      } else if (strict && !e.getKey().options().contains(v)) {
        found.error(at, "owasp.option-not-listed", "factor " + e.getKey() + " must be one of " + e.getKey().options()
            + " in strict mode (was " + v + ")");
      }
    }
    if (impactPolicy == ImpactPolicy.BUSINESS && !input.hasBusinessImpact()) {
      found.error(ModelPath.of("financialDamage"), "owasp.business-impact-missing",
          "business impact factors must be rated under impact policy BUSINESS (were missing)");
    }
    return found.build();
  }

  @Override
  public RiskScore score(OwaspFactors input) {
    check(input).orThrow();
    Explanation.Builder e = Explanation.builder(id() + " " + version());
    for (Map.Entry<OwaspFactor, Integer> f : input.values().entrySet()) {
      e.input(camel(f.getKey()), Integer.toString(f.getValue()));
    }
    BigDecimal likelihood = mean(input, null);
    BigDecimal technical = mean(input, OwaspFactor.Group.TECHNICAL_IMPACT);
    BigDecimal business = input.hasBusinessImpact() ? mean(input, OwaspFactor.Group.BUSINESS_IMPACT) : null;
    e.step("likelihood", Decimals.plain(likelihood) + " (" + band(likelihood) + ")");
    e.step("technical impact", Decimals.plain(technical) + " (" + band(technical) + ")");
    if (business != null) {
      e.step("business impact", Decimals.plain(business) + " (" + band(business) + ")");
    }
    BigDecimal impact;
    switch (impactPolicy) {
      case TECHNICAL:
        impact = technical;
        break;
      case BUSINESS:
        impact = Objects.requireNonNull(business);
        break;
      case MAXIMUM:
        impact = business == null ? technical : technical.max(business);
        break;
      case MEAN:
        impact = business == null ? technical
            : Decimals.divide(technical.add(business), BigDecimal.valueOf(2));
        break;
      default:
        impact = business == null ? technical : business;
    }
    e.step("impact (" + impactPolicy + ")", Decimals.plain(impact) + " (" + band(impact) + ")");
    int l = bandOrdinal(likelihood);
    int i = bandOrdinal(impact);
    Level level = severity.cell(l, i);
    BigDecimal product = likelihood.multiply(impact).stripTrailingZeros();
    BigDecimal normalised = scorePolicy == ScorePolicy.PRODUCT
        ? product.multiply(BigDecimal.TEN).divide(EIGHTY_ONE, 2, RoundingMode.HALF_UP)
        : MIDPOINTS.get(level.ordinal()).setScale(2, RoundingMode.HALF_UP);
    e.step("native (likelihood × impact)", Decimals.plain(product));
    e.step("normalised (" + scorePolicy + ")", normalised.toPlainString());
    e.rule("severity cell likelihood " + band(likelihood) + " × impact " + band(impact) + " → " + level.label());
    e.outcome(level.label() + ", native " + Decimals.plain(product) + ", normalised " + normalised.toPlainString());
    return RiskScore.of(this, level, product, normalised, e.build());
  }

  @Override
  public Level levelOf(BigDecimal normalisedScore) {
    Objects.requireNonNull(normalisedScore, "normalisedScore");
    if (!ScoreThresholds.isNormalised(normalisedScore)) {
      throw new IllegalArgumentException("normalisedScore must be within [0, 10] (was " + normalisedScore.toPlainString() + ")");
    }
    return BANDS.levelOf(normalisedScore);
  }

  /**
   * Returns the level OWASP gives a likelihood or impact estimate.
   *
   * @param value an estimate within [0, 9]
   * @return "LOW" below 3, "MEDIUM" from 3 to below 6, "HIGH" from 6
   */
  public static String band(BigDecimal value) {
    return RiskMatrix.owaspSeverity().likelihood().level(bandOrdinal(value)).label();
  }

  private static int bandOrdinal(BigDecimal value) {
    return value.compareTo(THREE) < 0 ? 0 : value.compareTo(SIX) < 0 ? 1 : 2;
  }

  private BigDecimal mean(OwaspFactors input, OwaspFactor.@Nullable Group group) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal weightSum = BigDecimal.ZERO;
    for (Map.Entry<OwaspFactor, Integer> f : input.values().entrySet()) {
      boolean member = group == null ? f.getKey().isLikelihood() : f.getKey().group() == group;
      if (member) {
        BigDecimal w = weights.getOrDefault(f.getKey(), BigDecimal.ONE);
        sum = sum.add(w.multiply(BigDecimal.valueOf(f.getValue())));
        weightSum = weightSum.add(w);
      }
    }
    return Decimals.divide(sum, weightSum);
  }

  private static String camel(OwaspFactor factor) {
    StringBuilder sb = new StringBuilder();
    boolean upper = false;
    for (char c : factor.name().toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        sb.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return sb.toString();
  }

  /** Returns {@code "owasp-rrm (version)"}. */
  @Override
  public String toString() {
    return id() + " (" + version() + ")";
  }
}

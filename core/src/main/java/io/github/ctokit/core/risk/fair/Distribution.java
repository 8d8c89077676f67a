package io.github.ctokit.core.risk.fair;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.internal.SpecialFunctions;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A probability distribution of one FAIR input: a frequency (events a year), a probability, a
 * strength on the caller's scale, or a loss amount in the scenario's currency.
 *
 * <p>Every factory checks its parameters and throws an {@link IllegalArgumentException} naming the
 * distribution's parameter, the rule and the value ({@code "pert.mode must be within [minimum,
 * maximum] = [5, 50] (was 60)"}); so a {@code Distribution} that exists is valid, its mean and
 * variance are finite, and it can be sampled. Immutable and thread-safe.
 *
 * <table>
 *   <caption>The family</caption>
 *   <tr><th>factory</th><th>kind</th><th>parameters (keys of {@link #parameters()})</th><th>rules</th></tr>
 *   <tr><td>{@link #constant(double)}</td><td>CONSTANT</td><td>value</td><td>finite</td></tr>
 *   <tr><td>{@link #uniform(double, double)}</td><td>UNIFORM</td><td>lower, upper</td><td>lower &lt; upper</td></tr>
 *   <tr><td>{@link #triangular(double, double, double)}</td><td>TRIANGULAR</td><td>minimum, mode, maximum</td><td>minimum ≤ mode ≤ maximum, minimum &lt; maximum</td></tr>
 *   <tr><td>{@link #pert(double, double, double)}, {@link #pert(double, double, double, double)}</td><td>PERT</td><td>minimum, mode, maximum, shape, alpha, beta</td><td>as triangular; shape &gt; 0 (4 is the classic PERT, others the modified PERT of Vose)</td></tr>
 *   <tr><td>{@link #pertMomentMatched(double, double, double, double)}</td><td>PERT_MOMENT_MATCHED</td><td>as PERT</td><td>as PERT</td></tr>
 *   <tr><td>{@link #normal(double, double)}</td><td>NORMAL</td><td>mean, sd</td><td>sd &gt; 0</td></tr>
 *   <tr><td>{@link #truncatedNormal(double, double, double, double)}</td><td>TRUNCATED_NORMAL</td><td>mu, sigma, lower, upper</td><td>sigma &gt; 0, lower &lt; upper, at least 1e-9 of the mass within</td></tr>
 *   <tr><td>{@link #lognormal(double, double)}, {@link #lognormalFromMoments(double, double)}, {@link #lognormalFromQuantiles(double, double, double, double)}, {@link #lognormal90(double, double)}</td><td>LOGNORMAL</td><td>mu, sigma (of ln X)</td><td>sigma &gt; 0; mean &gt; 0 and sd &gt; 0; 0 &lt; q₁ &lt; q₂ &lt; 1 and 0 &lt; x₁ &lt; x₂</td></tr>
 *   <tr><td>{@link #poisson(double)}</td><td>POISSON</td><td>mean</td><td>mean ≥ 0</td></tr>
 *   <tr><td>{@link #bernoulli(double)}</td><td>BERNOULLI</td><td>p</td><td>0 ≤ p ≤ 1</td></tr>
 *   <tr><td>{@link #empirical(double...)}</td><td>EMPIRICAL</td><td>size</td><td>1 to 10,000,000 finite samples, drawn with equal probability</td></tr>
 * </table>
 *
 * <p>In every case the mean and variance must be finite and at most 1e300 in magnitude.
 *
 * <pre>{@code
 * Distribution tef = Distribution.pert(0.5, 2, 12);                 // threat events a year
 * Distribution loss = Distribution.lognormal90(100_000, 1_000_000); // EUR per event, 90 % interval
 * loss.mean();   // 427,289.7 (e^(μ + σ²/2))
 * }</pre>
 */
public final class Distribution {

  /** The kinds of distribution. */
  public enum Kind {
    /** Always the same value. */
    CONSTANT,
    /** Uniform on [lower, upper]. */
    UNIFORM,
    /** Triangular on [minimum, maximum] with a mode. */
    TRIANGULAR,
    /**
     * Beta-PERT in the Vose (modified) form: {@code α = 1 + γ(m − a)/(b − a)},
     * {@code β = 1 + γ(b − m)/(b − a)}, mean {@code (a + γm + b)/(γ + 2)}; γ = 4 is the classic PERT.
     */
    PERT,
    /**
     * Beta-PERT matched on moments as pyfair does it ({@code pyfair/utility/beta_pert.py}): the
     * same mean as {@link #PERT}, standard deviation {@code (b − a)/(γ + 2)}, α and β by the method
     * of moments; narrower than {@link #PERT} ((b − a)²/36 instead of (b − a)²/28 for a
     * symmetric classic PERT). Offered to reproduce pyfair; not the Vose PERT.
     */
    PERT_MOMENT_MATCHED,
    /** Normal, unbounded. */
    NORMAL,
    /** Normal with location mu and scale sigma, conditioned on [lower, upper]. */
    TRUNCATED_NORMAL,
    /** Lognormal: ln X is normal with mean mu and standard deviation sigma. */
    LOGNORMAL,
    /** Poisson counts with a mean. */
    POISSON,
    /** 1 with probability p, else 0. */
    BERNOULLI,
    /** One of the given samples, each with equal probability. */
    EMPIRICAL
  }

  private static final double LIMIT = 1e300;
  private static final int MAX_SAMPLES = 10_000_000;
  private static final double[] NO_SAMPLES = new double[0];

  private final Kind kind;
  private final Map<String, Double> parameters;
  private final double[] samples;
  private final double mean;
  private final double variance;
  private final double lower;
  private final double upper;

  private Distribution(Kind kind, Map<String, Double> parameters, double[] samples, double mean,
      double variance, double lower, double upper) {
    String name = name(kind);
    if (!Double.isFinite(mean) || Math.abs(mean) > LIMIT || !Double.isFinite(variance) || variance > LIMIT) {
      throw new IllegalArgumentException(
          name + " moments must be finite and at most 1e300 in magnitude (were mean " + Checks.format(mean)
              + ", variance " + Checks.format(variance) + " for " + parameters + ")");
    }
    this.kind = kind;
    this.parameters = Collections.unmodifiableMap(parameters);
    this.samples = samples;
    this.mean = mean + 0.0;
    this.variance = Math.max(0, variance);
    this.lower = lower;
    this.upper = upper;
  }

  private static String name(Kind kind) {
    switch (kind) {
      case PERT_MOMENT_MATCHED:
        return "pertMomentMatched";
      case TRUNCATED_NORMAL:
        return "truncatedNormal";
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static Map<String, Double> params(Object... keyValues) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], (Double) keyValues[i + 1]);
    }
    return map;
  }

  /**
   * Returns the distribution that always takes one value.
   *
   * @param value the value
   * @return the distribution
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  public static Distribution constant(double value) {
    double v = Checks.requireFinite("constant.value", value);
    return new Distribution(Kind.CONSTANT, params("value", v), NO_SAMPLES, v, 0, v, v);
  }

  /**
   * Returns the uniform distribution on {@code [lower, upper]}.
   *
   * @param lower the lower bound
   * @param upper the upper bound, greater than {@code lower}
   * @return the distribution
   * @throws IllegalArgumentException if a bound is not finite or {@code lower ≥ upper}
   */
  public static Distribution uniform(double lower, double upper) {
    double lo = Checks.requireFinite("uniform.lower", lower);
    double hi = Checks.requireFinite("uniform.upper", upper);
    requireLess("uniform", "lower", lo, "upper", hi);
    double w = hi - lo;
    return new Distribution(Kind.UNIFORM, params("lower", lo, "upper", hi), NO_SAMPLES,
        lo + w / 2, w * w / 12, lo, hi);
  }

  /**
   * Returns the triangular distribution.
   *
   * @param minimum the smallest value
   * @param mode the most likely value, within [minimum, maximum]
   * @param maximum the largest value, greater than {@code minimum}
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite or they are not ordered
   */
  public static Distribution triangular(double minimum, double mode, double maximum) {
    double a = Checks.requireFinite("triangular.minimum", minimum);
    double m = Checks.requireFinite("triangular.mode", mode);
    double b = Checks.requireFinite("triangular.maximum", maximum);
    requireRange("triangular", a, m, b);
    double mean = (a + m + b) / 3;
    double var = (a * a + m * m + b * b - a * m - a * b - m * b) / 18;
    return new Distribution(Kind.TRIANGULAR, params("minimum", a, "mode", m, "maximum", b), NO_SAMPLES,
        mean, var, a, b);
  }

  /**
   * Returns the classic Beta-PERT distribution (shape γ = 4).
   *
   * @param minimum the smallest value
   * @param mode the most likely value, within [minimum, maximum]
   * @param maximum the largest value, greater than {@code minimum}
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite or they are not ordered
   */
  public static Distribution pert(double minimum, double mode, double maximum) {
    return pert(minimum, mode, maximum, 4);
  }

  /**
   * Returns the modified (Vose) Beta-PERT distribution with shape γ: {@code α = 1 + γ(m − a)/(b − a)},
   * {@code β = 1 + γ(b − m)/(b − a)}, mean {@code (a + γm + b)/(γ + 2)}, variance
   * {@code (μ − a)(b − μ)/(γ + 3)}.
   *
   * @param minimum the smallest value a
   * @param mode the most likely value m, within [a, b]
   * @param maximum the largest value b, greater than a
   * @param shape γ, greater than 0 and at most 1000; 4 is the classic PERT, smaller values spread the mass
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite, they are not ordered or the shape is out of range
   */
  public static Distribution pert(double minimum, double mode, double maximum, double shape) {
    double[] amb = requireThreePoints("pert", minimum, mode, maximum, shape);
    double a = amb[0];
    double m = amb[1];
    double b = amb[2];
    double g = amb[3];
    double w = b - a;
    double alpha = 1 + g * (m - a) / w;
    double beta = 1 + g * (b - m) / w;
    return beta(Kind.PERT, a, m, b, g, alpha, beta);
  }

  /**
   * Returns the Beta-PERT matched on moments, as pyfair builds it: mean {@code (a + γm + b)/(γ + 2)},
   * standard deviation {@code (b − a)/(γ + 2)}, and the beta shapes that give those moments on [a, b].
   * Labelled {@link Kind#PERT_MOMENT_MATCHED}; use {@link #pert(double, double, double, double)} for
   * the Vose PERT.
   *
   * @param minimum the smallest value a
   * @param mode the most likely value m, within [a, b]
   * @param maximum the largest value b, greater than a
   * @param shape γ, greater than 0 and at most 1000 (pyfair uses 4)
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite, they are not ordered or the shape is out of range
   */
  public static Distribution pertMomentMatched(double minimum, double mode, double maximum, double shape) {
    double[] amb = requireThreePoints("pertMomentMatched", minimum, mode, maximum, shape);
    double a = amb[0];
    double m = amb[1];
    double b = amb[2];
    double g = amb[3];
    double w = b - a;
    double mu = ((a + g * m + b) / (g + 2) - a) / w; // standardised mean, within [1/(γ+2), (γ+1)/(γ+2)]
    double var = 1 / ((g + 2) * (g + 2));
    double common = mu * (1 - mu) / var - 1; // > 0 for every γ > 0
    return beta(Kind.PERT_MOMENT_MATCHED, a, m, b, g, mu * common, (1 - mu) * common);
  }

  private static Distribution beta(Kind kind, double a, double m, double b, double g, double alpha, double beta) {
    double w = b - a;
    double s = alpha + beta;
    double mean = a + w * alpha / s;
    double var = w * w * alpha * beta / (s * s * (s + 1));
    return new Distribution(kind,
        params("minimum", a, "mode", m, "maximum", b, "shape", g, "alpha", alpha, "beta", beta),
        NO_SAMPLES, mean, var, a, b);
  }

  /**
   * Returns the normal distribution. Negative draws are possible: a scenario rejects it as a
   * magnitude or frequency; use {@link #truncatedNormal(double, double, double, double)} there.
   *
   * @param mean the mean
   * @param sd the standard deviation, greater than 0
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite or {@code sd ≤ 0}
   */
  public static Distribution normal(double mean, double sd) {
    double mu = Checks.requireFinite("normal.mean", mean);
    double s = requirePositive("normal.sd", sd);
    return new Distribution(Kind.NORMAL, params("mean", mu, "sd", s), NO_SAMPLES, mu, s * s,
        Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /**
   * Returns a normal distribution with location {@code mu} and scale {@code sigma} conditioned on
   * {@code [lower, upper]}; either bound may be infinite.
   *
   * @param mu the location (the mean before truncation)
   * @param sigma the scale, greater than 0
   * @param lower the lower bound, or {@link Double#NEGATIVE_INFINITY}
   * @param upper the upper bound, greater than {@code lower}, or {@link Double#POSITIVE_INFINITY}
   * @return the distribution
   * @throws IllegalArgumentException if mu or sigma is not finite, {@code sigma ≤ 0}, a bound is NaN,
   *     {@code lower ≥ upper}, or less than 1e-9 of the normal mass lies within the bounds
   */
  public static Distribution truncatedNormal(double mu, double sigma, double lower, double upper) {
    double m = Checks.requireFinite("truncatedNormal.mu", mu);
    double s = requirePositive("truncatedNormal.sigma", sigma);
    if (Double.isNaN(lower) || lower == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("truncatedNormal.lower must be a number or -Infinity (was " + Checks.format(lower) + ")");
    }
    if (Double.isNaN(upper) || upper == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("truncatedNormal.upper must be a number or Infinity (was " + Checks.format(upper) + ")");
    }
    requireLess("truncatedNormal", "lower", lower, "upper", upper);
    double al = (lower - m) / s;
    double be = (upper - m) / s;
    double z = SpecialFunctions.normalCdf(be) - SpecialFunctions.normalCdf(al);
    if (!(z >= 1e-9)) {
      throw new IllegalArgumentException(
          "truncatedNormal bounds must hold at least 1e-9 of the normal mass (was " + Checks.format(z) + " within ["
              + Checks.format(lower) + ", " + Checks.format(upper) + "] for mu " + Checks.format(m) + ", sigma "
              + Checks.format(s) + ")");
    }
    double pa = Double.isInfinite(al) ? 0 : SpecialFunctions.normalDensity(al);
    double pb = Double.isInfinite(be) ? 0 : SpecialFunctions.normalDensity(be);
    double apa = Double.isInfinite(al) ? 0 : al * pa;
    double bpb = Double.isInfinite(be) ? 0 : be * pb;
    double shift = (pa - pb) / z;
    double mean = Math.min(upper, Math.max(lower, m + s * shift));
    double var = s * s * Math.max(0, 1 + (apa - bpb) / z - shift * shift);
    return new Distribution(Kind.TRUNCATED_NORMAL, params("mu", m, "sigma", s, "lower", lower, "upper", upper),
        NO_SAMPLES, mean, var, lower, upper);
  }

  /**
   * Returns the lognormal distribution whose logarithm has mean {@code mu} and standard deviation
   * {@code sigma}: median {@code e^μ}, mean {@code e^(μ + σ²/2)}.
   *
   * @param mu the mean of ln X
   * @param sigma the standard deviation of ln X, greater than 0
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite, {@code sigma ≤ 0}, or the moments overflow
   */
  public static Distribution lognormal(double mu, double sigma) {
    double m = Checks.requireFinite("lognormal.mu", mu);
    double s = requirePositive("lognormal.sigma", sigma);
    double mean = Math.exp(m + s * s / 2);
    double var = Math.expm1(s * s) * Math.exp(2 * m + s * s);
    return new Distribution(Kind.LOGNORMAL, params("mu", m, "sigma", s), NO_SAMPLES, mean, var, 0,
        Double.POSITIVE_INFINITY);
  }

  /**
   * Returns the lognormal distribution with a given mean and standard deviation (of X, not of ln X):
   * {@code σ² = ln(1 + sd²/mean²)}, {@code μ = ln mean − σ²/2}.
   *
   * @param mean the mean, greater than 0
   * @param sd the standard deviation, greater than 0
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite or not greater than 0
   */
  public static Distribution lognormalFromMoments(double mean, double sd) {
    double m = requirePositive("lognormal.mean", mean);
    double s = requirePositive("lognormal.sd", sd);
    double cv = s / m;
    double s2 = Math.log1p(cv * cv);
    return lognormal(Math.log(m) - s2 / 2, Math.sqrt(s2));
  }

  /**
   * Returns the lognormal distribution through two quantiles {@code P(X ≤ x₁) = q₁} and
   * {@code P(X ≤ x₂) = q₂}: {@code σ = (ln x₂ − ln x₁)/(z(q₂) − z(q₁))}, {@code μ = ln x₁ − σ·z(q₁)}.
   *
   * @param q1 the lower level, within (0, 1)
   * @param x1 the lower quantile, greater than 0
   * @param q2 the upper level, within (q1, 1)
   * @param x2 the upper quantile, greater than x1
   * @return the distribution
   * @throws IllegalArgumentException if a value is not finite, {@code q1 ≥ q2}, a level is outside
   *     (0, 1), {@code x1 ≤ 0} or {@code x1 ≥ x2}
   */
  public static Distribution lognormalFromQuantiles(double q1, double x1, double q2, double x2) {
    double p1 = requireOpenUnit("lognormal.q1", q1);
    double p2 = requireOpenUnit("lognormal.q2", q2);
    requireLess("lognormal", "q1", p1, "q2", p2);
    double lo = requirePositive("lognormal.x1", x1);
    double hi = requirePositive("lognormal.x2", x2);
    requireLess("lognormal", "x1", lo, "x2", hi);
    double z1 = SpecialFunctions.normalQuantile(p1);
    double z2 = SpecialFunctions.normalQuantile(p2);
    double sigma = (Math.log(hi) - Math.log(lo)) / (z2 - z1);
    return lognormal(Math.log(lo) - sigma * z1, sigma);
  }

  /**
   * Returns the lognormal distribution with a 90 % confidence interval: {@code lower} is the 5th
   * and {@code upper} the 95th percentile, as riskquant and CISO Assistant read a calibrated range.
   *
   * @param lower the 5th percentile, greater than 0
   * @param upper the 95th percentile, greater than {@code lower}
   * @return the distribution
   * @throws IllegalArgumentException if a bound is not finite, {@code lower ≤ 0} or {@code lower ≥ upper}
   */
  public static Distribution lognormal90(double lower, double upper) {
    return lognormalFromQuantiles(0.05, lower, 0.95, upper);
  }

  /**
   * Returns the Poisson distribution.
   *
   * @param mean the mean count, zero or more and at most 1e9
   * @return the distribution
   * @throws IllegalArgumentException if the mean is not finite, negative or above 1e9
   */
  public static Distribution poisson(double mean) {
    double m = Checks.requireWithin("poisson.mean", mean, 0, 1e9);
    return new Distribution(Kind.POISSON, params("mean", m), NO_SAMPLES, m, m, 0, Double.POSITIVE_INFINITY);
  }

  /**
   * Returns the Bernoulli distribution: 1 with probability p, else 0.
   *
   * @param p the probability of 1, within [0, 1]
   * @return the distribution
   * @throws IllegalArgumentException if {@code p} is not finite or outside [0, 1]
   */
  public static Distribution bernoulli(double p) {
    double v = Checks.requireWithin("bernoulli.p", p, 0, 1);
    return new Distribution(Kind.BERNOULLI, params("p", v), NO_SAMPLES, v, v * (1 - v), 0, 1);
  }

  /**
   * Returns the Bernoulli distribution of a probability.
   *
   * @param p the probability of 1
   * @return the distribution
   */
  public static Distribution bernoulli(Probability p) {
    Objects.requireNonNull(p, "p");
    return bernoulli(p.value());
  }

  /**
   * Returns the empirical distribution of a sample: each value is drawn with probability 1/n.
   *
   * @param samples 1 to 10,000,000 finite values, in any order; copied
   * @return the distribution
   * @throws NullPointerException if {@code samples} is null
   * @throws IllegalArgumentException if there are no samples, too many, or a value is not finite
   */
  public static Distribution empirical(double... samples) {
    Objects.requireNonNull(samples, "samples");
    if (samples.length == 0 || samples.length > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "empirical.samples must hold 1 to 10000000 values (was " + samples.length + ")");
    }
    double[] sorted = samples.clone();
    double sum = 0;
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = Checks.requireFinite("empirical.samples[" + i + "]", sorted[i]);
      sum += sorted[i];
    }
    Arrays.sort(sorted);
    double mean = sum / sorted.length;
    double ss = 0;
    for (double v : sorted) {
      ss += (v - mean) * (v - mean);
    }
    return new Distribution(Kind.EMPIRICAL, params("size", (double) sorted.length), sorted, mean,
        ss / sorted.length, sorted[0], sorted[sorted.length - 1]);
  }

  /** Checks a PERT's minimum, mode, maximum and shape; returns them normalised. */
  private static double[] requireThreePoints(String name, double minimum, double mode, double maximum, double shape) {
    double a = Checks.requireFinite(name + ".minimum", minimum);
    double m = Checks.requireFinite(name + ".mode", mode);
    double b = Checks.requireFinite(name + ".maximum", maximum);
    double g = requireShape(name, shape);
    requireRange(name, a, m, b);
    return new double[] {a, m, b, g};
  }

  private static double requirePositive(String field, double value) {
    double v = Checks.requireFinite(field, value);
    if (!(v > 0)) {
      throw new IllegalArgumentException(field + " must be greater than 0 (was " + Checks.format(v) + ")");
    }
    return v;
  }

  private static double requireOpenUnit(String field, double value) {
    double v = Checks.requireFinite(field, value);
    if (!(v > 0 && v < 1)) {
      throw new IllegalArgumentException(field + " must be within (0, 1) (was " + Checks.format(v) + ")");
    }
    return v;
  }

  private static double requireShape(String name, double shape) {
    double g = Checks.requireFinite(name + ".shape", shape);
    if (!(g > 0 && g <= 1000)) {
      throw new IllegalArgumentException(name + ".shape must be within (0, 1000] (was " + Checks.format(g) + ")\n"
          + "Maybe use 4, the classic PERT");
    }
    return g;
  }

  private static void requireLess(String name, String lowField, double low, String highField, double high) {
    if (!(low < high)) {
      throw new IllegalArgumentException(name + "." + lowField + " must be less than " + highField + " (was "
          + Checks.format(low) + " ≥ " + Checks.format(high) + ")");
    }
  }

  private static void requireRange(String name, double a, double m, double b) {
    requireLess(name, "minimum", a, "maximum", b);
    if (m < a || m > b) {
      throw new IllegalArgumentException(name + ".mode must be within [minimum, maximum] = [" + Checks.format(a) + ", "
          + Checks.format(b) + "] (was " + Checks.format(m) + ")");
    }
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the parameters by name, in the order of the table above; for PERT kinds they include
   * the derived beta shapes {@code alpha} and {@code beta}, for EMPIRICAL the {@code size}.
   *
   * @return an unmodifiable map
   */
  public Map<String, Double> parameters() {
    return parameters;
  }

  /**
   * Returns one parameter.
   *
   * @param name a key of {@link #parameters()}
   * @return the value
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if this kind has no such parameter
   */
  public double parameter(String name) {
    Objects.requireNonNull(name, "name");
    Double v = parameters.get(name);
    if (v == null) {
      throw new IllegalArgumentException(
          "parameter must be one of " + parameters.keySet() + " for " + kind + " (was " + Checks.quote(name) + ")");
    }
    return v;
  }

  /**
   * Returns the samples of an empirical distribution, sorted ascending.
   *
   * @return a copy; empty for every other kind
   */
  public double[] samples() {
    return samples.clone();
  }

  /**
   * Returns the mean.
   *
   * @return a finite number
   */
  public double mean() {
    return mean;
  }

  /**
   * Returns the variance.
   *
   * @return a finite number, zero or more
   */
  public double variance() {
    return variance;
  }

  /**
   * Returns the standard deviation.
   *
   * @return the square root of the variance
   */
  public double standardDeviation() {
    return Math.sqrt(variance);
  }

  /**
   * Returns the smallest value the distribution can take.
   *
   * @return the lower end of the support; {@link Double#NEGATIVE_INFINITY} for the normal
   */
  public double lowerBound() {
    return lower;
  }

  /**
   * Returns the largest value the distribution can take.
   *
   * @return the upper end of the support; {@link Double#POSITIVE_INFINITY} when unbounded
   */
  public double upperBound() {
    return upper;
  }

  /**
   * Returns the distribution function {@code P(X ≤ x)}.
   *
   * @param x any number; NaN gives 0
   * @return a probability within [0, 1], non-decreasing in {@code x}
   */
  public double cdf(double x) {
    if (Double.isNaN(x)) {
      return 0;
    }
    switch (kind) {
      case CONSTANT:
        return x >= mean ? 1 : 0;
      case UNIFORM:
        return clamp((x - lower) / (upper - lower));
      case TRIANGULAR: {
        double a = lower;
        double b = upper;
        double m = parameter("mode");
        if (x <= a) {
          return 0;
        }
        if (x >= b) {
          return 1;
        }
        return x <= m ? (x - a) * (x - a) / ((b - a) * (m - a)) : 1 - (b - x) * (b - x) / ((b - a) * (b - m));
      }
      case PERT:
      case PERT_MOMENT_MATCHED:
        return SpecialFunctions.regularizedBeta((x - lower) / (upper - lower), parameter("alpha"),
            parameter("beta"));
      case NORMAL:
        return SpecialFunctions.normalCdf((x - mean) / Math.sqrt(variance));
      case TRUNCATED_NORMAL: {
        if (x <= lower) {
          return 0;
        }
        if (x >= upper) {
          return 1;
        }
        double m = parameter("mu");
        double s = parameter("sigma");
        double fa = SpecialFunctions.normalCdf((lower - m) / s);
        double fb = SpecialFunctions.normalCdf((upper - m) / s);
        return clamp((SpecialFunctions.normalCdf((x - m) / s) - fa) / (fb - fa));
      }
      case LOGNORMAL:
        return x <= 0 ? 0 : SpecialFunctions.normalCdf((Math.log(x) - parameter("mu")) / parameter("sigma"));
      case POISSON:
        return poissonCdf(x);
      case BERNOULLI:
        return x < 0 ? 0 : x >= 1 ? 1 : 1 - mean;
      case EMPIRICAL: {
        int lo = 0;
        int hi = samples.length;
        while (lo < hi) {
          int mid = (lo + hi) >>> 1;
          if (samples[mid] <= x) {
            lo = mid + 1;
          } else {
            hi = mid;
          }
        }
        return (double) lo / samples.length;
      }
      default:
        throw new AssertionError(kind);
    }
  }

  private double poissonCdf(double x) {
    if (x < 0) {
      return 0;
    }
    if (mean == 0) {
      return 1;
    }
    double k = Math.floor(Math.min(x, mean + 40 * Math.sqrt(mean) + 40));
    double sum = 0;
    for (long i = 0; i <= k; i++) {
      sum += Math.exp(i * Math.log(mean) - mean - SpecialFunctions.logGamma(i + 1.0));
    }
    return clamp(sum);
  }

  private static double clamp(double v) {
    return Math.min(1, Math.max(0, v));
  }

  /**
   * Returns {@code P(X > Y)} for X drawn from this distribution and Y independently from another:
   * the FAIR susceptibility when X is the threat capability and Y the resistance strength.
   *
   * <p>Computed by Stieltjes summation of {@code F_Y} against {@code F_X} on 20,000 steps over the
   * joint support (unbounded ends cut at 12 standard deviations past the mean); the error is below
   * 1e-4 for the continuous families, and atoms are counted exactly when both distributions are
   * constant.
   *
   * @param other the distribution of Y
   * @return the probability, within [0, 1]
   * @throws NullPointerException if {@code other} is null
   */
  public double probabilityExceeds(Distribution other) {
    Objects.requireNonNull(other, "other");
    if (kind == Kind.CONSTANT) {
      // P(Y < c) = F_Y(c⁻)
      return clamp(other.cdf(Math.nextDown(mean)));
    }
    double lo = Math.min(finiteLow(this), finiteLow(other));
    double hi = Math.max(finiteHigh(this), finiteHigh(other));
    if (!(hi > lo)) {
      return 0;
    }
    int steps = 20_000;
    double h = (hi - lo) / steps;
    double sum = 0;
    double previous = cdf(lo);
    double below = previous; // mass of X at or below lo
    sum += below * other.cdf(Math.nextDown(lo));
    for (int i = 1; i <= steps; i++) {
      double x = i == steps ? hi : lo + i * h;
      double current = cdf(x);
      double mass = current - previous;
      if (mass > 0) {
        double mid = x - h / 2;
        sum += mass * other.cdf(Math.nextDown(mid));
      }
      previous = current;
    }
    sum += (1 - previous) * other.cdf(Math.nextDown(hi));
    return clamp(sum);
  }

  private static double finiteLow(Distribution d) {
    return Double.isFinite(d.lower) ? d.lower : d.mean - 12 * d.standardDeviation();
  }

  private static double finiteHigh(Distribution d) {
    return Double.isFinite(d.upper) ? d.upper : d.mean + 12 * d.standardDeviation();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Distribution other && kind == other.kind && parameters.equals(other.parameters)
        && Arrays.equals(samples, other.samples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, parameters, Arrays.hashCode(samples));
  }

  /**
   * Returns the kind and parameters, such as {@code PERT{minimum=5, mode=20, maximum=50, shape=4, …}}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(kind.name()).append('{');
    boolean first = true;
    for (Map.Entry<String, Double> e : parameters.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append('=').append(Checks.format(e.getValue()));
    }
    return sb.append('}').toString();
  }
}

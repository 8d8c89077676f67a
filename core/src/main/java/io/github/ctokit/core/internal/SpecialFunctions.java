package io.github.ctokit.core.internal;

/**
 * The few special functions the quantitative risk model needs: the standard normal distribution
 * function and its inverse, the log-gamma function and the regularised incomplete beta function.
 *
 * <p>Accuracy: {@link #normalCdf(double)} about 1e-15 absolute (Marsaglia's series, with the
 * continued-fraction tail beyond |x| = 5, about 1e-14 relative there); {@link #normalQuantile(double)} about 1e-15 relative
 * after one Halley step on Acklam's approximation; {@link #regularizedBeta(double, double, double)}
 * about 1e-14 (Lentz's continued fraction). Every function returns a finite value for finite input
 * within its domain.
 *
 * <p>Not API: ctokit modules use it; users should not.
 */
public final class SpecialFunctions {

  private static final double SQRT_2PI = Math.sqrt(2 * Math.PI);
  private static final double LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
  private static final double[] B = {
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01};
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};

  private static final double[] LANCZOS = {
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7};

  private SpecialFunctions() {}

  /**
   * Returns the standard normal density.
   *
   * @param x any finite number
   * @return φ(x)
   */
  public static double normalDensity(double x) {
    return Math.exp(-0.5 * x * x) / SQRT_2PI;
  }

  /**
   * Returns the standard normal distribution function Φ(x).
   *
   * @param x any number; ±∞ give 0 and 1
   * @return Φ(x), within [0, 1]
   */
  public static double normalCdf(double x) {
    if (Double.isNaN(x)) {
      return 0.5;
    }
    if (x < -5) {
      return upperTail(-x);
    }
    if (x > 5) {
      return 1 - upperTail(x);
    }
    // Marsaglia (2004): Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/(3·5) + …)
    double sum = x;
    double term = x;
    double x2 = x * x;
    for (int i = 3; i < 1000; i += 2) {
      term = term * x2 / i;
      double next = sum + term;
      if (next == sum) {
        break;
      }
      sum = next;
    }
    double result = 0.5 + sum * normalDensity(x);
    return Math.min(1, Math.max(0, result));
  }

  /** 1 − Φ(x) for x ≥ 5 by the Laplace continued fraction. */
  private static double upperTail(double x) {
    if (x > 40) {
      return 0;
    }
    double f = x;
    for (int k = 120; k >= 1; k--) {
      f = x + k / f;
    }
    return normalDensity(x) / f;
  }

  /**
   * Returns the standard normal quantile Φ⁻¹(p).
   *
   * @param p a probability within (0, 1); 0 and 1 are clamped to ±8.3, the quantiles of the
   *     smallest representable tail this function resolves
   * @return z with Φ(z) = p
   */
  public static double normalQuantile(double p) {
    if (!(p > 1e-16)) {
      return -8.3;
    }
    if (!(p < 1 - 1e-16)) {
      return 8.3;
    }
    double plow = 0.02425;
    double x;
    if (p < plow) {
      double q = Math.sqrt(-2 * Math.log(p));
      x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    } else if (p <= 1 - plow) {
      double q = p - 0.5;
      double r = q * q;
      x = (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
          / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
    } else {
      double q = Math.sqrt(-2 * Math.log(1 - p));
      x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
          / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
    }
    // One Halley step on an accurate Φ.
    double e = (p < 0.5 ? normalCdf(x) - p : (1 - p) - (1 - normalCdf(x)));
    double u = e * SQRT_2PI * Math.exp(0.5 * x * x);
    double refined = x - u / (1 + 0.5 * x * u);
    return Double.isFinite(refined) ? refined : x;
  }

  /**
   * Returns ln Γ(x) (Lanczos approximation).
   *
   * @param x a number greater than 0
   * @return ln Γ(x)
   */
  public static double logGamma(double x) {
    if (x < 0.5) {
      return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
    }
    double z = x - 1;
    double a = LANCZOS[0];
    double t = z + 7.5;
    for (int i = 1; i < LANCZOS.length; i++) {
      a += LANCZOS[i] / (z + i);
    }
    return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }

  /**
   * Returns the regularised incomplete beta function I_x(a, b), the distribution function of
   * Beta(a, b) at x.
   *
   * @param x a number; values outside [0, 1] are clamped
   * @param a the first shape, greater than 0
   * @param b the second shape, greater than 0
   * @return I_x(a, b), within [0, 1]
   */
  public static double regularizedBeta(double x, double a, double b) {
    if (!(x > 0)) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
    if (x < (a + 1) / (a + b + 2)) {
      return clamp(Math.exp(logFront) * betaFraction(x, a, b) / a);
    }
    return clamp(1 - Math.exp(logFront) * betaFraction(1 - x, b, a) / b);
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.min(1, Math.max(0, v));
  }

  /** Lentz's continued fraction for the incomplete beta function (Numerical Recipes betacf). */
  private static double betaFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double qab = a + b;
    double qap = a + 1;
    double qam = a - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int m = 1; m <= 10_000; m++) {
      int m2 = 2 * m;
      // two half-steps of the fraction: the even and the odd coefficient
      for (int half = 0; half < 2; half++) {
        double aa = half == 0 ? m * (b - m) * x / ((qam + m2) * (a + m2))
            : -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny) {
          d = tiny;
        }
        c = 1 + aa / c;
        if (Math.abs(c) < tiny) {
          c = tiny;
        }
        d = 1 / d;
        double del = d * c;
        h *= del;
        if (half == 1 && Math.abs(del - 1) < 1e-15) {
          return h;
        }
      }
    }
    return h;
  }
}

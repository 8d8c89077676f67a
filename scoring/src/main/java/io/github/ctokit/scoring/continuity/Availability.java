package io.github.ctokit.scoring.continuity;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;

/**
 * Closed forms of composite availability, for independent components (the assumption every
 * composite-SLA calculation makes; state it when you publish a figure):
 *
 * <ul>
 *   <li>series (all needed): {@code Π Aᵢ};
 *   <li>parallel (any one suffices): {@code 1 − Π (1 − Aᵢ)};
 *   <li>k-of-n identical: {@code Σ_{i=k..n} C(n,i)·aⁱ·(1−a)ⁿ⁻ⁱ}, N+1 being (n−1)-of-n;
 *   <li>shared components in front of {@code r} redundant regions:
 *       {@code A_shared · (1 − (1 − A_regionalOnly)^r)}: the shared part counted once.
 * </ul>
 *
 * <p>On a service graph, {@link ContinuityReport#availability(io.github.ctokit.core.continuity.ServiceId)}
 * applies the same rules and counts each shared dependency once.
 *
 * <pre>{@code
 * Availability.series(Probability.of(.9995), Probability.of(.9999));            // 0.99940005
 * Availability.kOfN(2, 3, Probability.of(.99));                                   // 0.999702
 * Availability.downtimePerYear(Probability.of(.999));                             // PT8H45M36S = 525.6 min
 * }</pre>
 */
public final class Availability {

  /** Minutes in a 365-day year, the convention of published downtime tables. */
  public static final long MINUTES_PER_YEAR = 525_600;

  private static final double MS_PER_YEAR = 31_536_000_000.0;

  private Availability() {}

  /**
   * Returns the availability of components that are all needed.
   *
   * @param components the availabilities
   * @return their product; 1 for no components
   * @throws NullPointerException if the array or an element is null
   */
  public static Probability series(Probability... components) {
    Objects.requireNonNull(components, "components");
    double a = 1;
    for (Probability p : components) {
      a *= Objects.requireNonNull(p, "components[]").value();
    }
    return Probability.of(a);
  }

  /**
   * Returns the availability of components any one of which suffices.
   *
   * @param components the availabilities
   * @return {@code 1 − Π (1 − Aᵢ)}; 0 for no components
   * @throws NullPointerException if the array or an element is null
   */
  public static Probability parallel(Probability... components) {
    Objects.requireNonNull(components, "components");
    double down = 1;
    for (Probability p : components) {
      down *= 1 - Objects.requireNonNull(p, "components[]").value();
    }
    return Probability.of(clamp(1 - down));
  }

  /**
   * Returns the availability of {@code n} identical independent instances of which {@code k}
   * must be up, computed by a stable recurrence (no binomial coefficients, no overflow).
   *
   * @param k instances needed, 1 to {@code n}
   * @param n instances running, 1 to 1,000
   * @param each the availability of one instance
   * @return {@code P(at least k of n up)}
   * @throws NullPointerException if {@code each} is null
   * @throws IllegalArgumentException if {@code n} is outside [1, 1000] or {@code k} outside [1, n]
   */
  public static Probability kOfN(int k, int n, Probability each) {
    Objects.requireNonNull(each, "each");
    if (n < 1 || n > 1_000) {
      throw new IllegalArgumentException("n must be within [1, 1000] (was " + n + ")");
    }
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("k must be within [1, n] = [1, " + n + "] (was " + k + ")");
    }
    return Probability.of(clamp(atLeast(k, n, each.value())));
  }

  static double atLeast(int k, int n, double a) {
    double[] exactly = new double[n + 1];
    exactly[0] = 1;
    for (int m = 1; m <= n; m++) {
      for (int j = m; j >= 1; j--) {
        exactly[j] = exactly[j] * (1 - a) + exactly[j - 1] * a;
      }
      exactly[0] *= 1 - a;
    }
    double sum = 0;
    for (int j = k; j <= n; j++) {
      sum += exactly[j];
    }
    return sum;
  }

  /**
   * Returns the availability of shared components (counted once) in front of {@code regions}
   * redundant copies of a regional stack, any one of which suffices.
   *
   * @param shared the availability of the shared components together
   * @param regionalOnly the availability of one regional stack, <em>without</em> the shared components
   * @param regions the number of regions, 1 to 1,000
   * @return {@code shared · (1 − (1 − regionalOnly)^regions)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code regions} is outside [1, 1000]
   */
  public static Probability sharedWithRegions(Probability shared, Probability regionalOnly, int regions) {
    Objects.requireNonNull(shared, "shared");
    Objects.requireNonNull(regionalOnly, "regionalOnly");
    if (regions < 1 || regions > 1_000) {
      throw new IllegalArgumentException("regions must be within [1, 1000] (was " + regions + ")");
    }
    return Probability.of(clamp(shared.value() * atLeast(1, regions, regionalOnly.value())));
  }

  /**
   * Returns the expected downtime per 365-day year, {@code (1 − A) · 525,600 min}, rounded to the
   * nearest millisecond (half up).
   *
   * @param availability the availability
   * @return the downtime
   * @throws NullPointerException if {@code availability} is null
   */
  public static Duration downtimePerYear(Probability availability) {
    Objects.requireNonNull(availability, "availability");
    return Duration.ofMillis(Math.round((1 - availability.value()) * MS_PER_YEAR));
  }

  /**
   * Returns the expected downtime per month, a twelfth of a 365-day year ({@code 43,800 min}),
   * rounded to the nearest millisecond (half up).
   *
   * @param availability the availability
   * @return the downtime
   * @throws NullPointerException if {@code availability} is null
   */
  public static Duration downtimePerMonth(Probability availability) {
    Objects.requireNonNull(availability, "availability");
    return Duration.ofMillis(Math.round((1 - availability.value()) * MS_PER_YEAR / 12));
  }

  /**
   * Returns the error budget of an availability objective over a period: the downtime it allows.
   *
   * @param objective the availability objective, such as 0.999
   * @param period the period, such as 30 days; zero or more
   * @return {@code (1 − objective) · period}, rounded to the nearest millisecond (half up)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code period} is negative or longer than 36,525 days
   */
  public static Duration errorBudget(Probability objective, Duration period) {
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.compareTo(Duration.ofDays(36_525)) > 0) {
      throw new IllegalArgumentException("period must be within [0, 36525 days] (was " + period + ")");
    }
    return Duration.ofMillis(Math.round((1 - objective.value()) * period.toMillis()));
  }

  /**
   * Formats an availability as a percentage with a given number of decimals, rounded half up,
   * in {@link java.util.Locale#ROOT} form: {@code 99.9781}.
   *
   * @param availability the availability
   * @param decimals 0 to 9
   * @return the percentage without a percent sign
   * @throws NullPointerException if {@code availability} is null
   * @throws IllegalArgumentException if {@code decimals} is outside [0, 9]
   */
  public static String percent(Probability availability, int decimals) {
    Objects.requireNonNull(availability, "availability");
    Checks.requireWithin("decimals", decimals, 0, 9);
    return new java.math.BigDecimal(Double.toString(availability.value())).movePointRight(2)
        .setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  private static double clamp(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }
}

package io.github.ctokit.core.people;

import io.github.ctokit.core.Probability;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An attrition assumption: the share of people expected to leave in a year, spread evenly as a
 * constant daily hazard. The expected share still employed {@code t} days after a reference date
 * is {@code (1 − annual)^(t / 365)}; so 13.2 % a year (LinkedIn 2017 for software, weak evidence,
 * REFERENCES §5.2) is {@code 1 − (1 − 0.132)^(1/12)} = 1.17 % a month.
 *
 * <pre>{@code
 * AttritionAssumption software = AttritionAssumption.softwareIndustry();  // 13.2 % a year
 * software.monthlyRate();                                                  // 0.01173…
 * }</pre>
 */
public final class AttritionAssumption {

  private static final AttritionAssumption NONE = new AttritionAssumption(Probability.ZERO);
  private static final AttritionAssumption SOFTWARE = new AttritionAssumption(Probability.of(0.132));

  private final Probability annual;

  private AttritionAssumption(Probability annual) {
    this.annual = annual;
  }

  /**
   * Returns an assumption from an annual rate.
   *
   * @param annualRate the share leaving in a year; below 1
   * @return the assumption
   * @throws NullPointerException if {@code annualRate} is null
   * @throws IllegalArgumentException if the rate is 1 (everyone leaves: use an employment end instead)
   */
  public static AttritionAssumption annual(Probability annualRate) {
    Objects.requireNonNull(annualRate, "annualRate");
    if (annualRate.isCertain()) {
      throw new IllegalArgumentException("annualRate must be below 1 (was 1)\n"
          + "Maybe set the people's employment end instead");
    }
    return new AttritionAssumption(annualRate);
  }

  /**
   * Returns no attrition.
   *
   * @return the zero-rate assumption
   */
  public static AttritionAssumption none() {
    return NONE;
  }

  /**
   * Returns 13.2 % a year, the software-industry figure of LinkedIn (2017).
   *
   * @return the assumption
   */
  public static AttritionAssumption softwareIndustry() {
    return SOFTWARE;
  }

  /**
   * Returns the annual rate.
   *
   * @return the share leaving in a year
   */
  public Probability annualRate() {
    return annual;
  }

  /**
   * Returns the equivalent monthly rate, {@code 1 − (1 − annual)^(1/12)}.
   *
   * @return within [0, 1)
   */
  public double monthlyRate() {
    return 1 - Math.pow(1 - annual.value(), 1.0 / 12);
  }

  /**
   * Returns the equivalent weekly rate, {@code 1 − (1 − annual)^(7/365)}.
   *
   * @return within [0, 1)
   */
  public double weeklyRate() {
    return 1 - survival(7);
  }

  /**
   * Returns the expected share of people still employed some days after a reference date.
   *
   * @param days days after the reference date; zero or negative gives 1
   * @return {@code (1 − annual)^(days / 365)}, within (0, 1]
   */
  public double survival(long days) {
    if (days <= 0 || annual.isZero()) {
      return 1;
    }
    return Math.pow(1 - annual.value(), days / 365.0);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AttritionAssumption other && other.annual.equals(annual);
  }

  @Override
  public int hashCode() {
    return annual.hashCode();
  }

  /** Returns {@code Attrition[0.132/yr]}. */
  @Override
  public String toString() {
    return "Attrition[" + annual + "/yr]";
  }
}

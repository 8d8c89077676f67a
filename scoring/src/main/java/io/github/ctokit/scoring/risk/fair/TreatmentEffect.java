package io.github.ctokit.scoring.risk.fair;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a treatment buys, against the baseline simulated with the same random numbers.
 *
 * <p>{@code rosi = (ALE_before − ALE_after − cost) / cost} (return on security investment); with
 * a cost of 0 it is {@link Double#POSITIVE_INFINITY} for a positive reduction and 0 otherwise.
 * {@code netBenefit = meanReduction − cost}, the ranking key.
 *
 * @param treatment the treatment's name
 * @param annualCost its annual cost
 * @param exposure the treated portfolio's simulated exposure
 * @param meanReduction baseline mean annual loss minus treated
 * @param meanReductionStandardError the standard error of {@code meanReduction} from the paired
 *     yearly differences (common random numbers make it far smaller than either mean's); empty for
 *     a correlated portfolio
 * @param valueAtRiskReduction tail level → reduction of the portfolio's value at risk
 * @param expectedShortfallReduction tail level → reduction of the portfolio's expected shortfall
 * @param netBenefit {@code meanReduction − annualCost}
 * @param rosi the return on security investment
 */
public record TreatmentEffect(
    String treatment,
    double annualCost,
    LossExposure exposure,
    double meanReduction,
    OptionalDouble meanReductionStandardError,
    Map<Double, Double> valueAtRiskReduction,
    Map<Double, Double> expectedShortfallReduction,
    double netBenefit,
    double rosi) {

  /**
   * Checks and copies the effect.
   *
   * @param treatment the name
   * @param annualCost the cost
   * @param exposure the treated exposure
   * @param meanReduction the mean reduction
   * @param meanReductionStandardError its paired standard error
   * @param valueAtRiskReduction the VaR reductions
   * @param expectedShortfallReduction the ES reductions
   * @param netBenefit the net benefit
   * @param rosi the ROSI
   * @throws NullPointerException if an argument is null
   */
  public TreatmentEffect {
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(exposure, "exposure");
    Objects.requireNonNull(meanReductionStandardError, "meanReductionStandardError");
    valueAtRiskReduction = Map.copyOf(valueAtRiskReduction);
    expectedShortfallReduction = Map.copyOf(expectedShortfallReduction);
  }
}

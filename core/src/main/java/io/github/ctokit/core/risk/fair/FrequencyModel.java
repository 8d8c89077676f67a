package io.github.ctokit.core.risk.fair;

/**
 * How a scenario's frequency becomes loss events in one simulated year. The open tools disagree
 * (REFERENCES §3.3), so the choice is named; the means agree where the rate equals the
 * probability, the tails and the probability of a loss-free year do not.
 *
 * <p>In every model the "rate" is the scenario's loss event frequency: given directly, or threat
 * event frequency × susceptibility (see {@link LossScenario#meanLossEventFrequency()}).
 */
public enum FrequencyModel {
  /**
   * At most one loss event a year, with probability p = the mean loss event frequency (CISO
   * Assistant CRQ). ALE = p·E[X], P(no loss) = 1 − p. A scenario whose mean frequency exceeds 1
   * cannot be simulated under this model.
   */
  BERNOULLI,
  /**
   * A Poisson number of events a year with the fixed rate λ = the mean loss event frequency
   * (riskquant {@code SimpleLoss}). ALE = λ·E[X], P(no loss) = e^−λ.
   */
  POISSON,
  /**
   * The rate is drawn afresh each year from the frequency distribution (loss event frequency, or
   * threat event frequency and susceptibility drawn and multiplied), then a Poisson number of
   * events (riskquant {@code PERTLoss}). ALE = E[λ]·E[X], P(no loss) = E[e^−λ]; fatter tails than
   * {@link #POISSON} for the same mean.
   */
  DRAWN_RATE_POISSON,
  /**
   * Threat events are simulated one by one (evaluator's OpenFAIR model, made continuous): a
   * Poisson number of threat events a year at the mean threat event frequency; each becomes a loss
   * event if a drawn threat capability exceeds a drawn resistance strength, or with the
   * susceptibility probability drawn for it. A scenario with a direct loss event frequency falls
   * back to {@link #POISSON}.
   */
  PER_EVENT
}

package io.github.ctokit.core.risk.fair;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.internal.Checks;
import io.github.ctokit.core.risk.RiskId;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;

/**
 * One loss scenario in the FAIR taxonomy: how often a loss event happens and how much each costs,
 * in one currency.
 *
 * <p>The frequency is stated in exactly one of these forms (a scenario that mixes them is rejected
 * when built, so that no input is silently ignored):
 *
 * <ol>
 *   <li>{@link #lossEventFrequency()} (LEF, events a year) directly;
 *   <li>{@link #threatEventFrequency()} (TEF) directly, or {@link #contactFrequency()} ×
 *       {@link #probabilityOfAction()}; then times susceptibility, given directly as
 *       {@link #susceptibility()} (a probability distribution on [0, 1]) or as
 *       {@code P(threat capability > resistance strength)} from {@link #threatCapability()} and
 *       {@link #resistanceStrength()} (formerly "vulnerability" and "control strength").
 * </ol>
 *
 * <p>The magnitude of one loss event is the primary loss, one distribution
 * ({@link #primaryLoss()}) or one per {@link FormOfLoss} drawn independently and summed
 * ({@link #primaryLossByForm()}), plus, with probability {@link #secondaryLossProbability()}, a
 * secondary loss ({@link #secondaryLoss()}). It is capped at {@link #perEventCap()}; a year's loss
 * of the scenario at {@link #perYearCap()}.
 *
 * <p>Rules checked when built ({@link IllegalArgumentException} naming the field): one frequency
 * form; susceptibility in one form when TEF is used, none when LEF is; contact frequency and
 * probability of action together; one primary-loss form; secondary probability and magnitude
 * together; frequencies, strengths and magnitudes have no negative values (so a plain
 * {@link Distribution#normal normal} is rejected there: use a truncated normal); probabilities lie
 * within [0, 1]; caps are greater than 0. Amounts are in {@link #currency()}'s major unit.
 *
 * <pre>{@code
 * LossScenario ransomware = LossScenario.builder()
 *     .id(ScenarioId.of("ransomware"))
 *     .currency(CurrencyUnit.EUR)
 *     .threatEventFrequency(Distribution.pert(0.5, 2, 6))
 *     .susceptibility(Distribution.pert(0.05, 0.15, 0.4))
 *     .primaryLoss(Distribution.lognormal90(200_000, 3_000_000))
 *     .secondaryLossProbability(Probability.of(0.3))
 *     .secondaryLoss(Distribution.lognormal90(100_000, 2_000_000))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class LossScenario implements WithLossScenario {

  LossScenario() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LossScenario}; id, currency, one frequency form and one primary loss are required. */
  public static final class Builder extends ImmutableLossScenario.Builder {
    Builder() {}
  }

  /**
   * Returns the scenario's id, unique within a portfolio.
   *
   * @return the id
   */
  public abstract ScenarioId id();

  /**
   * Returns a title for people; free text, never shown in messages or {@code toString()}.
   *
   * @return the title, or empty
   */
  @Value.Redacted
  public abstract Optional<String> title();

  /**
   * Returns the risk of the qualitative register this scenario quantifies.
   *
   * @return the risk id, or empty
   */
  public abstract Optional<RiskId> risk();

  /**
   * Returns the currency of every amount of the scenario.
   *
   * @return the currency
   */
  public abstract CurrencyUnit currency();

  /**
   * Returns the loss event frequency (events a year), when stated directly.
   *
   * @return the LEF, or empty
   */
  public abstract Optional<Distribution> lossEventFrequency();

  /**
   * Returns the threat event frequency (events a year), when stated directly.
   *
   * @return the TEF, or empty
   */
  public abstract Optional<Distribution> threatEventFrequency();

  /**
   * Returns the contact frequency (contacts a year), with {@link #probabilityOfAction()}.
   *
   * @return the contact frequency, or empty
   */
  public abstract Optional<Distribution> contactFrequency();

  /**
   * Returns the probability that a contact becomes a threat event.
   *
   * @return a distribution on [0, 1], or empty
   */
  public abstract Optional<Distribution> probabilityOfAction();

  /**
   * Returns the probability that a threat event becomes a loss event, when stated directly.
   *
   * @return a distribution on [0, 1], or empty
   */
  public abstract Optional<Distribution> susceptibility();

  /**
   * Returns the threat capability, on the same scale as {@link #resistanceStrength()}.
   *
   * @return the distribution, or empty
   */
  public abstract Optional<Distribution> threatCapability();

  /**
   * Returns the resistance strength (formerly control strength).
   *
   * @return the distribution, or empty
   */
  public abstract Optional<Distribution> resistanceStrength();

  /**
   * Returns the primary loss of one event, when given as one distribution.
   *
   * @return the distribution, or empty when given by form
   */
  public abstract Optional<Distribution> primaryLoss();

  /**
   * Returns the primary loss of one event by form of loss; the forms are drawn independently and
   * summed.
   *
   * @return the distributions; empty when given as one
   */
  public abstract Map<FormOfLoss, Distribution> primaryLossByForm();

  /**
   * Returns the probability that a loss event also causes secondary loss.
   *
   * @return the probability, or empty when there is no secondary loss
   */
  public abstract Optional<Probability> secondaryLossProbability();

  /**
   * Returns the secondary loss magnitude of one event that causes it.
   *
   * @return the distribution, or empty
   */
  public abstract Optional<Distribution> secondaryLoss();

  /**
   * Returns the largest loss one event can cause (insurance limit, contractual cap).
   *
   * @return a cap greater than 0, or empty
   */
  public abstract OptionalDouble perEventCap();

  /**
   * Returns the largest loss the scenario can cause in one year (evaluator's {@code ale_maximum}).
   *
   * @return a cap greater than 0, or empty
   */
  public abstract OptionalDouble perYearCap();

  /**
   * Returns the frequency model for this scenario, overriding the simulation's.
   *
   * @return the model, or empty to use the simulation's
   */
  public abstract Optional<FrequencyModel> frequencyModel();

  /**
   * Returns the susceptibility as one probability: the mean of {@link #susceptibility()}, or
   * {@code P(threat capability > resistance strength)}; 1 when the LEF is given directly.
   *
   * @return a probability within [0, 1]
   */
  @Value.Lazy
  public double susceptibilityProbability() {
    if (susceptibility().isPresent()) {
      return susceptibility().get().mean();
    }
    if (threatCapability().isPresent() && resistanceStrength().isPresent()) {
      return threatCapability().get().probabilityExceeds(resistanceStrength().get());
    }
    return 1;
  }

  /**
   * Returns the mean threat event frequency: the TEF's mean, or contact frequency × probability of
   * action means; the LEF's mean when the LEF is given directly.
   *
   * @return events a year, zero or more
   */
  public final double meanThreatEventFrequency() {
    if (lossEventFrequency().isPresent()) {
      return lossEventFrequency().get().mean();
    }
    if (threatEventFrequency().isPresent()) {
      return threatEventFrequency().get().mean();
    }
    return contactFrequency().map(Distribution::mean).orElse(0.0)
        * probabilityOfAction().map(Distribution::mean).orElse(0.0);
  }

  /**
   * Returns the mean loss event frequency: the LEF's mean, or mean TEF × susceptibility.
   *
   * @return events a year, zero or more
   */
  public final double meanLossEventFrequency() {
    if (lossEventFrequency().isPresent()) {
      return lossEventFrequency().get().mean();
    }
    return meanThreatEventFrequency() * susceptibilityProbability();
  }

  /**
   * Returns the mean loss of one event before caps: mean primary loss plus secondary probability ×
   * mean secondary loss.
   *
   * @return an amount, zero or more
   */
  public final double meanLossMagnitude() {
    double primary = primaryLoss().map(Distribution::mean).orElse(0.0);
    for (Distribution d : primaryLossByForm().values()) {
      primary += d.mean();
    }
    double secondary = secondaryLossProbability().map(Probability::value).orElse(0.0)
        * secondaryLoss().map(Distribution::mean).orElse(0.0);
    return primary + secondary;
  }

  @Value.Check
  final void check() {
    boolean lef = lossEventFrequency().isPresent();
    boolean tef = threatEventFrequency().isPresent();
    boolean contact = contactFrequency().isPresent() || probabilityOfAction().isPresent();
    int forms = (lef ? 1 : 0) + (tef ? 1 : 0) + (contact ? 1 : 0);
    if (forms != 1) {
      throw new IllegalArgumentException("scenario " + id() + " must state exactly one frequency form: "
          + "lossEventFrequency, threatEventFrequency, or contactFrequency with probabilityOfAction (was " + forms
          + ")");
    }
    if (contact && !(contactFrequency().isPresent() && probabilityOfAction().isPresent())) {
      throw new IllegalArgumentException("scenario " + id()
          + " contactFrequency and probabilityOfAction must be given together (was only "
          + (contactFrequency().isPresent() ? "contactFrequency" : "probabilityOfAction") + ")");
    }
    boolean direct = susceptibility().isPresent();
    boolean strengths = threatCapability().isPresent() || resistanceStrength().isPresent();
    if (lef && (direct || strengths)) {
      throw new IllegalArgumentException("scenario " + id()
          + " susceptibility must not be given with a direct lossEventFrequency (was given)\n"
          + "Maybe state threatEventFrequency instead, or drop the susceptibility inputs");
    }
    if (!lef && direct == strengths) {
      throw new IllegalArgumentException("scenario " + id() + " susceptibility must be given in exactly one form: "
          + "susceptibility, or threatCapability with resistanceStrength (was " + (direct ? "both" : "neither") + ")");
    }
    if (strengths && !(threatCapability().isPresent() && resistanceStrength().isPresent())) {
      throw new IllegalArgumentException("scenario " + id()
          + " threatCapability and resistanceStrength must be given together (was only "
          + (threatCapability().isPresent() ? "threatCapability" : "resistanceStrength") + ")");
    }
    if (primaryLoss().isPresent() == !primaryLossByForm().isEmpty()) {
      throw new IllegalArgumentException("scenario " + id()
          + " primary loss must be given in exactly one form: primaryLoss, or primaryLossByForm (was "
          + (primaryLoss().isPresent() ? "both" : "neither") + ")");
    }
    if (secondaryLossProbability().isPresent() != secondaryLoss().isPresent()) {
      throw new IllegalArgumentException("scenario " + id()
          + " secondaryLossProbability and secondaryLoss must be given together (was only "
          + (secondaryLoss().isPresent() ? "secondaryLoss" : "secondaryLossProbability") + ")");
    }
    lossEventFrequency().ifPresent(d -> nonNegative("lossEventFrequency", d));
    threatEventFrequency().ifPresent(d -> nonNegative("threatEventFrequency", d));
    contactFrequency().ifPresent(d -> nonNegative("contactFrequency", d));
    probabilityOfAction().ifPresent(d -> unit("probabilityOfAction", d));
    susceptibility().ifPresent(d -> unit("susceptibility", d));
    threatCapability().ifPresent(d -> nonNegative("threatCapability", d));
    resistanceStrength().ifPresent(d -> nonNegative("resistanceStrength", d));
    primaryLoss().ifPresent(d -> nonNegative("primaryLoss", d));
    primaryLossByForm().forEach((form, d) -> nonNegative("primaryLossByForm[" + form + "]", d));
    secondaryLoss().ifPresent(d -> nonNegative("secondaryLoss", d));
    perEventCap().ifPresent(c -> positive("perEventCap", c));
    perYearCap().ifPresent(c -> positive("perYearCap", c));
  }

  private void nonNegative(String field, Distribution d) {
    if (d.lowerBound() < 0) {
      throw new IllegalArgumentException("scenario " + id() + " " + field
          + " must not take negative values (was " + d + ", lower bound " + Checks.format(d.lowerBound()) + ")\n"
          + "Maybe use Distribution.truncatedNormal(mu, sigma, 0, Double.POSITIVE_INFINITY)");
    }
  }

  private void unit(String field, Distribution d) {
    if (d.lowerBound() < 0 || d.upperBound() > 1) {
      throw new IllegalArgumentException("scenario " + id() + " " + field
          + " must be a distribution on [0, 1] (was " + d + ")");
    }
  }

  private void positive(String field, double cap) {
    if (!(Double.isFinite(cap) && cap > 0)) {
      throw new IllegalArgumentException("scenario " + id() + " " + field + " must be greater than 0 (was "
          + Checks.format(cap) + ")");
    }
  }
}

package io.github.ctokit.examples.fair;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.risk.fair.CorrelationMatrix;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FormOfLoss;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.core.risk.fair.ScenarioId;
import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.risk.fair.Contribution;
import io.github.ctokit.scoring.risk.fair.ExceedancePoint;
import io.github.ctokit.scoring.risk.fair.FairSimulation;
import io.github.ctokit.scoring.risk.fair.LossExposure;
import io.github.ctokit.scoring.risk.fair.LossStatistics;
import io.github.ctokit.scoring.risk.fair.ToleranceCurve;
import io.github.ctokit.scoring.risk.fair.Treatment;
import io.github.ctokit.scoring.risk.fair.TreatmentComparison;
import io.github.ctokit.scoring.risk.fair.TreatmentEffect;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;

/**
 * A mid-sized European SaaS company quantifies its eight top technology risks in FAIR terms:
 * ransomware, a cloud region outage, a personal-data breach with GDPR fines, insider fraud, a DDoS
 * extortion campaign, a compromised software supplier, lost laptops and business e-mail compromise.
 * It simulates 100,000 years, prints the loss exceedance curve, each risk's contribution to the
 * mean and to the 1-in-100-year tail, checks the board's tolerance curve, and compares three
 * treatments with common random numbers. Every figure printed is computed.
 */
public final class FairDemo implements DemoSection {

  static final CurrencyUnit EUR = CurrencyUnit.EUR;
  static final long SEED = 2027;
  static final int YEARS = 100_000;
  static final double[] LEC_AMOUNTS = {100_000, 250_000, 500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000,
      25_000_000};

  static final ScenarioId RANSOMWARE = ScenarioId.of("ransomware");
  static final ScenarioId OUTAGE = ScenarioId.of("cloud-outage");
  static final ScenarioId BREACH = ScenarioId.of("data-breach");
  static final ScenarioId FRAUD = ScenarioId.of("insider-fraud");
  static final ScenarioId DDOS = ScenarioId.of("ddos-extortion");
  static final ScenarioId SUPPLIER = ScenarioId.of("supplier-compromise");
  static final ScenarioId LAPTOPS = ScenarioId.of("lost-laptops");
  static final ScenarioId BEC = ScenarioId.of("bec-payment-fraud");

  private static LossScenario.Builder scenario(ScenarioId id) {
    LossScenario.Builder b = LossScenario.builder();
    b.id(id).currency(EUR);
    return b;
  }

  static LossScenario ransomware() {
    return scenario(RANSOMWARE).threatEventFrequency(Distribution.pert(1, 3, 8))
        .susceptibility(Distribution.pert(0.02, 0.08, 0.25))
        .putPrimaryLossByForm(FormOfLoss.PRODUCTIVITY, Distribution.lognormal90(150_000, 3_000_000))
        .putPrimaryLossByForm(FormOfLoss.RESPONSE, Distribution.lognormal90(80_000, 600_000))
        .putPrimaryLossByForm(FormOfLoss.REPLACEMENT, Distribution.pert(20_000, 60_000, 300_000))
        .secondaryLossProbability(Probability.of(0.35)).secondaryLoss(Distribution.lognormal90(100_000, 4_000_000))
        .build();
  }

  static LossScenario dataBreach() {
    // GDPR art. 83: fines up to 4 % of worldwide turnover (EUR 450 m here), so an event is capped at 18 m
    return scenario(BREACH).threatEventFrequency(Distribution.pert(2, 6, 15))
        .threatCapability(Distribution.pert(20, 55, 95)).resistanceStrength(Distribution.pert(50, 75, 90))
        .putPrimaryLossByForm(FormOfLoss.RESPONSE, Distribution.lognormal90(50_000, 800_000))
        .putPrimaryLossByForm(FormOfLoss.REPLACEMENT, Distribution.pert(5_000, 20_000, 100_000))
        .secondaryLossProbability(Probability.of(0.6)).secondaryLoss(Distribution.lognormal90(200_000, 12_000_000))
        .perEventCap(18_000_000)
        .build();
  }

  static LossScenario insiderFraud() {
    return scenario(FRAUD).lossEventFrequency(Distribution.pert(0.05, 0.15, 0.5))
        .primaryLoss(Distribution.lognormal90(40_000, 2_500_000)).build();
  }

  /**
   * Returns the company's portfolio: eight scenarios, ransomware and supplier compromise correlated.
   *
   * @return the portfolio
   */
  public static LossPortfolio portfolio() {
    LossScenario outage = scenario(OUTAGE).lossEventFrequency(Distribution.pert(0.2, 0.6, 2))
        .primaryLoss(Distribution.lognormal90(50_000, 1_500_000)).perYearCap(6_000_000).build();
    LossScenario ddos = scenario(DDOS).contactFrequency(Distribution.uniform(20, 60))
        .probabilityOfAction(Distribution.constant(0.05)).susceptibility(Distribution.pert(0.1, 0.3, 0.6))
        .primaryLoss(Distribution.pert(10_000, 40_000, 400_000)).build();
    LossScenario supplier = scenario(SUPPLIER).lossEventFrequency(Distribution.lognormal90(0.02, 0.3))
        .primaryLoss(Distribution.lognormal90(100_000, 8_000_000)).build();
    LossScenario laptops = scenario(LAPTOPS).lossEventFrequency(Distribution.constant(9))
        .primaryLoss(Distribution.triangular(1_500, 2_500, 6_000))
        .secondaryLossProbability(Probability.of(0.02)).secondaryLoss(Distribution.lognormal90(20_000, 400_000))
        .build();
    LossScenario bec = scenario(BEC).lossEventFrequency(Distribution.pert(0.3, 1, 3))
        .primaryLoss(Distribution.lognormal90(15_000, 600_000)).perEventCap(2_000_000).build();
    List<LossScenario> all = List.of(ransomware(), outage, dataBreach(), insiderFraud(), ddos, supplier, laptops, bec);
    double[][] rho = new double[all.size()][all.size()];
    for (int i = 0; i < all.size(); i++) {
      rho[i][i] = 1;
    }
    rho[0][5] = 0.5; // ransomware and supplier compromise share the same attackers
    rho[5][0] = 0.5;
    rho[0][2] = 0.3; // ransomware crews exfiltrate before they encrypt
    rho[2][0] = 0.3;
    return LossPortfolio.builder().currency(EUR).addAllScenarios(all).correlation(CorrelationMatrix.of(rho)).build();
  }

  /**
   * Returns the simulation the demo runs.
   *
   * @return the simulation
   */
  public static FairSimulation simulation() {
    return FairSimulation.of(portfolio()).withYears(YEARS).withSeed(SEED).withFrequencyModel(FrequencyModel.POISSON);
  }

  /**
   * Returns the three treatments compared.
   *
   * @return EDR with immutable backups, data-loss prevention with encryption, and cyber insurance
   */
  public static List<Treatment> treatments() {
    Treatment edr = Treatment.of("EDR + immutable backups", 180_000,
        ransomware().withSusceptibility(Distribution.pert(0.01, 0.03, 0.1)));
    Treatment dlp = Treatment.of("DLP + field encryption", 140_000,
        dataBreach().withResistanceStrength(Distribution.pert(65, 85, 97)));
    LossScenario insuredRansomware = ransomware().withPerEventCap(1_000_000);
    LossScenario insuredBreach = dataBreach().withPerEventCap(1_000_000);
    Treatment insurance = Treatment.of("cyber insurance (EUR 1 m retention)", 260_000, insuredRansomware, insuredBreach);
    return List.of(edr, dlp, insurance);
  }

  /**
   * Returns the board's tolerance: at most 10 % a year of losing more than EUR 10 m, at most 1 % of losing more than EUR 30 m.
   *
   * @return the curve
   */
  public static ToleranceCurve tolerance() {
    return ToleranceCurve.lognormal(0.10, 10_000_000, 0.01, 30_000_000);
  }

  @Override
  public String title() {
    return "Quantitative risk (FAIR): eight technology risks of a SaaS company";
  }

  @Override
  public void run(PrintStream out) {
    TreatmentComparison comparison = simulation().compare(treatments());
    LossExposure exposure = comparison.baseline();
    LossStatistics total = exposure.total();
    out.println(exposure.explanation().toString().lines().findFirst().orElse(""));
    out.println();
    out.println(String.format(Locale.ROOT, "Portfolio: ALE %s ± %s (SE); P50 %s, P90 %s, P99 %s, P99.9 %s; "
            + "ES99 %s; no loss in %.1f %% of years", eur(total.mean()), eur(total.standardError()),
        eur(total.percentile(0.5)), eur(total.percentile(0.9)), eur(total.percentile(0.99)),
        eur(total.percentile(0.999)), eur(total.expectedShortfall(0.99)), 100 * total.probabilityOfNoLoss()));
    out.println();
    out.println("Loss exceedance curve (probability that a year's loss exceeds the amount):");
    out.println("  amount          P(loss > amount)   tolerated");
    for (ExceedancePoint p : total.exceedanceCurve(LEC_AMOUNTS)) {
      out.println(String.format(Locale.ROOT, "  %-14s %8.2f %%          %6.2f %%", eur(p.amount()), 100 * p.probability(),
          100 * tolerance().tolerated(p.amount())));
    }
    List<ExceedancePoint> breaches = total.toleranceBreaches(tolerance());
    out.println(breaches.isEmpty() ? "  within the board's tolerance"
        : "  above the board's tolerance at " + breaches.size() + " point(s), from " + eur(breaches.get(0).amount()));
    out.println();
    out.println("Contributions (mean, and co-tail E[L_i | L ≥ VaR99]):");
    out.println("  scenario              ALE            share   P99 alone      tail share");
    double es = total.expectedShortfall(0.99);
    for (Contribution c : exposure.contributions()) {
      out.println(String.format(Locale.ROOT, "  %-20s %-14s %5.1f %%  %-14s %5.1f %%", c.scenario(), eur(c.mean()),
          100 * c.shareOfMean(), eur(exposure.scenario(c.scenario()).percentile(0.99)), 100 * c.tail(0.99) / es));
    }
    out.println();
    out.println("Treatments (same random numbers as the baseline), best first:");
    for (TreatmentEffect t : comparison.ranked()) {
      out.println(String.format(Locale.ROOT, "  %-36s cost %-10s ALE −%-11s VaR99 −%-11s ES99 −%-11s ROSI %+.0f %%",
          t.treatment(), eur(t.annualCost()), eur(t.meanReduction()), eur(t.valueAtRiskReduction().get(0.99)),
          eur(t.expectedShortfallReduction().get(0.99)), 100 * t.rosi()));
    }
  }

  static String eur(double amount) {
    return String.format(Locale.ROOT, "EUR %,.0f", amount);
  }
}

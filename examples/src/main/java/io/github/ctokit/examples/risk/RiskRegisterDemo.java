package io.github.ctokit.examples.risk;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.risk.Acceptance;
import io.github.ctokit.core.risk.AppetiteLimit;
import io.github.ctokit.core.risk.Asset;
import io.github.ctokit.core.risk.AssetId;
import io.github.ctokit.core.risk.AssetType;
import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.risk.Control;
import io.github.ctokit.core.risk.ControlId;
import io.github.ctokit.core.risk.ControlStatus;
import io.github.ctokit.core.risk.ControlType;
import io.github.ctokit.core.risk.CveId;
import io.github.ctokit.core.risk.DreadFactors;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.LinkedVulnerability;
import io.github.ctokit.core.risk.NistLevel;
import io.github.ctokit.core.risk.NistRating;
import io.github.ctokit.core.risk.OwaspFactors;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskAppetite;
import io.github.ctokit.core.risk.RiskCategory;
import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.risk.RiskRegister;
import io.github.ctokit.core.risk.StandardRiskCategory;
import io.github.ctokit.core.risk.Threat;
import io.github.ctokit.core.risk.ThreatSource;
import io.github.ctokit.core.risk.Treatment;
import io.github.ctokit.core.risk.TreatmentStrategy;
import io.github.ctokit.core.validation.Violation;
import io.github.ctokit.examples.DemoSection;
import io.github.ctokit.scoring.risk.AssessedRisk;
import io.github.ctokit.scoring.risk.HeatMap;
import io.github.ctokit.scoring.risk.MatrixRemap;
import io.github.ctokit.scoring.risk.RegisterAssessment;
import io.github.ctokit.scoring.risk.RiskMatrix;
import io.github.ctokit.scoring.risk.RiskScoring;
import io.github.ctokit.scoring.risk.SimpleRiskClassic;
import io.github.ctokit.scoring.risk.Tier;
import io.github.ctokit.scoring.risk.TierScore;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;

/**
 * The technology-risk register of a 600-person company, scored with the ISO/IEC 27005 5×5 matrix,
 * OWASP, NIST SP 800-30 and DREAD side by side; current and residual risk derived from its
 * controls; a text heat map; the ranked list with explanations; the appetite breaches; and the
 * same register seen through SimpleRisk's formula and a 3×3 matrix.
 */
public final class RiskRegisterDemo implements DemoSection {

  /** The day the register is judged on. */
  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  private static final LocalDate IDENTIFIED = LocalDate.of(2026, 11, 2);

  @Override
  public String title() {
    return "Risk register";
  }

  /**
   * Returns the company's risk appetite: security at most 4.0, privacy at most 2.5, everything else
   * at most 5.0 on the normalised scale.
   *
   * @return the appetite
   */
  static RiskAppetite appetite() {
    return RiskAppetite.builder().defaultLimit(AppetiteLimit.maxScore(5))
        .putLimit(StandardRiskCategory.SECURITY, AppetiteLimit.maxScore(4))
        .putLimit(StandardRiskCategory.PRIVACY, AppetiteLimit.maxScore(2.5)).build();
  }

  /**
   * Returns the engine: ISO/IEC 27005 5×5 for likelihood-impact ratings, the default OWASP, NIST
   * and DREAD methods for the others, current risk judged against appetite.
   *
   * @return the engine
   */
  static RiskScoring engine() {
    return RiskScoring.using(RiskMatrix.iso27005FiveByFive()).withAppetite(appetite());
  }

  private static Control control(String id, String name, ControlType type, ControlStatus status, double effectiveness,
      double coverage, String cost) {
    return Control.builder().id(ControlId.of(id)).name(name).type(type).status(status)
        .effectiveness(Probability.of(effectiveness)).coverage(Probability.of(coverage)).cost(Money.parse(cost))
        .owner(RoleId.of("ROLE-it-security")).build();
  }

  private static Asset asset(String id, String name, AssetType type) {
    return Asset.builder().id(AssetId.of(id)).name(name).type(type).build();
  }

  private static Risk risk(String id, String title, RiskCategory category, String owner, Assessment inherent,
      ThreatSource source, String threat, List<String> assets, List<String> controls, TreatmentStrategy strategy) {
    Risk.Builder b = Risk.builder().id(RiskId.of(id)).title(title).category(category).owner(RoleId.of(owner))
        .inherent(inherent).threat(Threat.of(threat, source)).identified(IDENTIFIED)
        .nextReview(LocalDate.of(2027, 6, 30)).treatment(Treatment.of(strategy));
    assets.forEach(a -> b.addAsset(AssetId.of(a)));
    controls.forEach(c -> b.addControl(ControlId.of(c)));
    return b.build();
  }

  private static Acceptance acceptance(String approver, String why, LocalDate expiry) {
    return Acceptance.builder().approver(RoleId.of(approver)).justification(why).acceptedOn(LocalDate.of(2026, 12, 15))
        .expiry(expiry).build();
  }

  /**
   * Returns the register: 18 risks, 12 assets, 13 controls.
   *
   * @return the register
   */
  static RiskRegister register() {
    List<Asset> assets = List.of(
        asset("A-erp", "ERP (finance, purchasing)", AssetType.APPLICATION),
        asset("A-crm", "CRM (SaaS)", AssetType.THIRD_PARTY),
        asset("A-hr", "HR database with employee records", AssetType.DATA),
        asset("A-portal", "Customer self-service portal", AssetType.APPLICATION),
        asset("A-files", "File servers", AssetType.INFRASTRUCTURE),
        asset("A-cloud", "Cloud accounts and object storage", AssetType.INFRASTRUCTURE),
        asset("A-oracle", "Oracle 11g order database", AssetType.APPLICATION),
        asset("A-payroll", "Outsourced payroll service", AssetType.THIRD_PARTY),
        asset("A-api", "Partner API", AssetType.APPLICATION),
        asset("A-laptops", "Staff laptops", AssetType.INFRASTRUCTURE),
        asset("A-ci", "CI/CD pipeline", AssetType.SERVICE),
        asset("A-platform-team", "Platform team know-how", AssetType.PEOPLE));
    List<Control> controls = List.of(
        control("C-edr", "Endpoint detection and response", ControlType.DETECTIVE, ControlStatus.IMPLEMENTED, 0.6, 0.9, "EUR 38000.00"),
        control("C-backup", "Immutable off-site backups", ControlType.RECOVERY, ControlStatus.IMPLEMENTED, 0.7, 0.8, "EUR 24000.00"),
        control("C-training", "Phishing awareness training", ControlType.DETERRENT, ControlStatus.IMPLEMENTED, 0.3, 0.9, "EUR 7000.00"),
        control("C-mfa", "Multi-factor authentication", ControlType.PREVENTIVE, ControlStatus.IMPLEMENTED, 0.7, 0.85, "EUR 9500.00"),
        control("C-access", "Quarterly access reviews", ControlType.DETECTIVE, ControlStatus.IMPLEMENTED, 0.4, 0.8, "EUR 5000.00"),
        control("C-waf", "Web application firewall", ControlType.PREVENTIVE, ControlStatus.IMPLEMENTED, 0.5, 0.8, "EUR 14000.00"),
        control("C-sast", "Static analysis in CI", ControlType.PREVENTIVE, ControlStatus.IMPLEMENTED, 0.4, 0.7, "EUR 12000.00"),
        control("C-runbooks", "Runbooks and pair rotation", ControlType.CORRECTIVE, ControlStatus.IMPLEMENTED, 0.3, 0.6, "EUR 6000.00"),
        control("C-cspm", "Cloud security posture management", ControlType.DETECTIVE, ControlStatus.PLANNED, 0.6, 0.9, "EUR 30000.00"),
        control("C-dlp", "Data loss prevention", ControlType.DETECTIVE, ControlStatus.PLANNED, 0.4, 0.7, "EUR 45000.00"),
        control("C-second-payroll", "Contracted fallback payroll bureau", ControlType.RECOVERY, ControlStatus.PLANNED, 0.6, 0.8, "EUR 60000.00"),
        control("C-migrate-db", "Migrate orders to PostgreSQL 17", ControlType.PREVENTIVE, ControlStatus.PLANNED, 0.9, 1.0, "EUR 120000.00"),
        control("C-dr", "Warm standby in a second region", ControlType.RECOVERY, ControlStatus.PLANNED, 0.6, 0.9, "EUR 80000.00"));
    OwaspFactors sqlInjection = OwaspFactors.builder().threatAgent(6, 9, 7, 9).vulnerability(7, 5, 6, 8)
        .technicalImpact(7, 7, 5, 7).businessImpact(7, 5, 5, 7).build();
    List<Risk> risks = new ArrayList<>();
    risks.add(risk("R-01", "Ransomware encrypts file servers and the ERP", StandardRiskCategory.SECURITY, "ROLE-ciso",
        LikelihoodImpact.of(4, 5), ThreatSource.ADVERSARIAL, "Ransomware affiliate", List.of("A-files", "A-erp"),
        List.of("C-edr", "C-backup", "C-training"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-02", "Misconfigured storage bucket exposes customer documents", StandardRiskCategory.SECURITY,
        "ROLE-head-of-platform", LikelihoodImpact.of(3, 5), ThreatSource.ACCIDENTAL, "Operator error",
        List.of("A-cloud"), List.of("C-cspm", "C-access"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-03", "Breach of employee personal data in the HR database", StandardRiskCategory.PRIVACY, "ROLE-dpo",
        LikelihoodImpact.of(3, 5), ThreatSource.ADVERSARIAL, "Credential stuffing", List.of("A-hr"),
        List.of("C-mfa", "C-dlp"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-04", "Key-person dependency on the platform lead", StandardRiskCategory.OPERATIONAL, "ROLE-cto",
        LikelihoodImpact.of(3, 4), ThreatSource.ACCIDENTAL, "Resignation or long absence", List.of("A-platform-team"),
        List.of("C-runbooks"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-05", "Payroll provider outage at month end", StandardRiskCategory.VENDOR, "ROLE-cfo",
        NistRating.of(NistLevel.MODERATE, NistLevel.HIGH, NistLevel.HIGH), ThreatSource.STRUCTURAL,
        "Provider platform failure", List.of("A-payroll"), List.of("C-second-payroll"), TreatmentStrategy.TRANSFER));
    risks.add(Risk.builder().from(risk("R-06", "End-of-life Oracle 11g order database", StandardRiskCategory.OBSOLESCENCE,
        "ROLE-cto", LikelihoodImpact.of(4, 4), ThreatSource.STRUCTURAL, "Unpatched defect, no vendor support",
        List.of("A-oracle"), List.of("C-migrate-db"), TreatmentStrategy.ACCEPT))
        .treatment(Treatment.accepted(acceptance("ROLE-cfo", "Migration funded for Q3", LocalDate.of(2027, 9, 30)))).build());
    risks.add(Risk.builder().from(risk("R-07", "SQL injection in the customer portal search", StandardRiskCategory.SECURITY,
        "ROLE-head-of-engineering", sqlInjection, ThreatSource.ADVERSARIAL, "Automated scanners", List.of("A-portal"),
        List.of("C-waf", "C-sast"), TreatmentStrategy.MITIGATE)).build());
    risks.add(risk("R-08", "Broken object-level authorisation in the partner API", StandardRiskCategory.SECURITY,
        "ROLE-head-of-engineering", DreadFactors.of(8, 7, 6, 6, 5), ThreatSource.ADVERSARIAL, "Curious partner",
        List.of("A-api"), List.of("C-sast"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-09", "Credential phishing of finance staff", StandardRiskCategory.SECURITY, "ROLE-ciso",
        LikelihoodImpact.of(4, 3), ThreatSource.ADVERSARIAL, "Business e-mail compromise crew", List.of("A-erp"),
        List.of("C-mfa", "C-training"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-10", "Regional cloud outage takes the portal down", StandardRiskCategory.AVAILABILITY,
        "ROLE-head-of-platform", LikelihoodImpact.of(2, 4), ThreatSource.ENVIRONMENTAL, "Provider region failure",
        List.of("A-portal", "A-cloud"), List.of("C-dr"), TreatmentStrategy.MITIGATE));
    risks.add(Risk.builder().from(risk("R-11", "Marketing consents not provable under GDPR", StandardRiskCategory.COMPLIANCE,
        "ROLE-dpo", LikelihoodImpact.of(3, 3), ThreatSource.ACCIDENTAL, "Regulator audit", List.of("A-crm"), List.of(),
        TreatmentStrategy.ACCEPT))
        .treatment(Treatment.accepted(acceptance("ROLE-ceo", "Consent rework after CRM change", LocalDate.of(2027, 2, 28))))
        .build());
    risks.add(risk("R-12", "Copyleft licence breach in the shipped mobile app", StandardRiskCategory.LEGAL, "ROLE-general-counsel",
        LikelihoodImpact.of(2, 3), ThreatSource.ACCIDENTAL, "Unreviewed dependency", List.of("A-ci"), List.of("C-sast"),
        TreatmentStrategy.MITIGATE));
    risks.add(risk("R-13", "ERP upgrade overruns into year-end close", StandardRiskCategory.PROJECT, "ROLE-cfo",
        LikelihoodImpact.of(4, 3), ThreatSource.ACCIDENTAL, "Scope growth", List.of("A-erp"), List.of(),
        TreatmentStrategy.MITIGATE));
    risks.add(risk("R-14", "Theft of a laptop with local customer exports", StandardRiskCategory.SECURITY, "ROLE-ciso",
        LikelihoodImpact.of(3, 2), ThreatSource.ADVERSARIAL, "Opportunistic thief", List.of("A-laptops"),
        List.of("C-edr"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-15", "Data exfiltration by a departing employee", StandardRiskCategory.SECURITY, "ROLE-ciso",
        LikelihoodImpact.of(2, 4), ThreatSource.ADVERSARIAL, "Malicious insider", List.of("A-crm", "A-files"),
        List.of("C-dlp", "C-access"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-16", "Compromise of the CI/CD pipeline", StandardRiskCategory.SECURITY, "ROLE-head-of-platform",
        LikelihoodImpact.of(2, 5), ThreatSource.ADVERSARIAL, "Supply-chain attacker", List.of("A-ci"),
        List.of("C-mfa", "C-sast"), TreatmentStrategy.MITIGATE));
    risks.add(risk("R-17", "Backups never restored end to end", StandardRiskCategory.AVAILABILITY, "ROLE-head-of-platform",
        LikelihoodImpact.of(3, 4), ThreatSource.STRUCTURAL, "Silent backup corruption", List.of("A-files", "A-erp"),
        List.of("C-backup"), TreatmentStrategy.MITIGATE));
    risks.add(Risk.builder().from(risk("R-18", "Log4Shell-class flaw in the internal reporting tool",
        StandardRiskCategory.SECURITY, "ROLE-head-of-engineering", LikelihoodImpact.of(3, 4), ThreatSource.ADVERSARIAL,
        "Exploit kit", List.of("A-erp"), List.of("C-waf"), TreatmentStrategy.MITIGATE))
        .addVulnerability(LinkedVulnerability.of(CveId.parse("CVE-2021-44228"), "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H"))
        .build());
    RiskMatrix iso = RiskMatrix.iso27005FiveByFive();
    return RiskRegister.builder().likelihoodScale(iso.likelihood()).impactScale(iso.impact())
        .addAllAssets(assets).addAllControls(controls).addAllRisks(risks).build();
  }

  @Override
  public void run(PrintStream out) {
    RiskRegister register = register();
    RegisterAssessment result = engine().assess(register, AS_OF);
    out.printf(Locale.ROOT, "%d risks, %d assets, %d controls, judged as of %s; basis %s, controls combined %s%n",
        register.risks().size(), register.assets().size(), register.controls().size(), AS_OF, result.basis(),
        result.reductionRule());
    out.println();
    out.println("Inherent heat map (ISO/IEC 27005 5x5; [cell level] risks)");
    printHeatMap(out, result.heatMap().orElseThrow());
    out.println();
    out.println("Ranked by current score (then inherent, then id)");
    out.println(" #  id     category      method                 inherent        current         residual        appetite");
    for (AssessedRisk r : result.ranked()) {
      out.printf(Locale.ROOT, "%2d  %-5s  %-12s  %-21s  %-14s  %-14s  %-14s  %s%n", r.rank(), r.id(),
          r.risk().category().code(), r.methodId().orElse("-"), cell(r, Tier.INHERENT), cell(r, Tier.CURRENT),
          cell(r, Tier.RESIDUAL), r.appetite().status());
    }
    out.println();
    out.println("Why the top three rank where they do");
    for (AssessedRisk r : result.ranked().subList(0, 3)) {
      out.println(r.explain());
      out.println();
    }
    out.printf(Locale.ROOT, "Appetite breaches (%d)%n", result.breaches().size());
    for (AssessedRisk r : result.breaches()) {
      out.printf(Locale.ROOT, "  %-5s %s%n", r.id(), r.appetite().reason());
    }
    out.println();
    out.printf(Locale.ROOT, "Findings (%s)%n", result.violations().summary());
    for (Violation v : result.violations().violations()) {
      out.println("  " + v);
    }
    out.println();
    out.println("The same likelihood-impact ratings through other lenses (inherent level, normalised score)");
    SimpleRiskClassic classic = SimpleRiskClassic.of(SimpleRiskClassic.Formula.LIKELIHOOD_TIMES_IMPACT_PLUS_TWO_IMPACT);
    RegisterAssessment simpleRisk = RiskScoring.using(classic).withBasis(Tier.RESIDUAL).assess(register, AS_OF);
    MatrixRemap.Result remapped = MatrixRemap.remap(register, RiskMatrix.threeByThree(), MatrixRemap.Policy.proportional());
    RegisterAssessment threeByThree = RiskScoring.using(RiskMatrix.threeByThree()).assess(remapped.register(), AS_OF);
    out.println("  id     ISO 5x5           SimpleRisk L×I+2I      NIST 2002 3x3 (proportional remap)");
    for (AssessedRisk r : result.all()) {
      if (!(r.risk().inherent().orElseThrow() instanceof LikelihoodImpact)) {
        continue;
      }
      out.printf(Locale.ROOT, "  %-5s  %-16s  %-21s  %s%n", r.id(), cell(r, Tier.INHERENT),
          cell(simpleRisk.find(r.id()).orElseThrow(), Tier.INHERENT), cell(threeByThree.find(r.id()).orElseThrow(), Tier.INHERENT));
    }
  }

  private static String cell(AssessedRisk r, Tier tier) {
    return r.tier(tier).map(RiskRegisterDemo::describe).orElse("not rated");
  }

  private static String describe(TierScore s) {
    return s.level().label() + " " + s.score().toPlainString();
  }

  private static void printHeatMap(PrintStream out, HeatMap map) {
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-15s", "likelihood"));
    for (int q = 0; q < map.impact().size(); q++) {
      header.append(String.format(Locale.ROOT, " %-22s", map.impact().level(q).label()));
    }
    out.println(header);
    for (int p = map.likelihood().size() - 1; p >= 0; p--) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-15s", map.likelihood().level(p).label()));
      for (int q = 0; q < map.impact().size(); q++) {
        HeatMap.Cell c = map.cell(p, q);
        String ids = c.count() == 0 ? "" : " " + String.join(",", c.ids().stream().map(RiskId::value).toList());
        row.append(String.format(Locale.ROOT, " %-22s", "[" + abbreviate(c.level().label()) + "]" + ids));
      }
      out.println(row.toString().stripTrailing());
    }
    out.printf(Locale.ROOT, "off the grid (other methods): %s%n", map.offGrid());
  }

  private static String abbreviate(String label) {
    StringBuilder sb = new StringBuilder();
    for (String word : label.split(" ")) {
      sb.append(Character.toUpperCase(word.charAt(0)));
    }
    return sb.toString();
  }
}

package io.github.ctokit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class RiskModelTest {

  static final LocalDate DAY = LocalDate.of(2027, 1, 10);

  static Risk.Builder risk(String id) {
    return Risk.builder().id(RiskId.of(id)).title("Ransomware encrypts the file servers of Jane Doe's team")
        .category(StandardRiskCategory.SECURITY).owner(RoleId.of("ROLE-ciso")).identified(DAY);
  }

  @Test
  void freeTextIsRedactedFromToString() {
    Risk r = risk("R-1").threat(Threat.of("Crew of Jane Doe", ThreatSource.ADVERSARIAL)).build();
    assertThat(r.toString()).contains("R-1").doesNotContain("Jane").contains("<redacted>");
    Acceptance a = Acceptance.builder().approver(RoleId.of("ROLE-cfo")).justification("Jane Doe said so")
        .acceptedOn(DAY).expiry(DAY.plusMonths(6)).build();
    assertThat(a.toString()).doesNotContain("Jane");
    Control c = Control.builder().id(ControlId.of("C-1")).name("Jane's backup").type(ControlType.RECOVERY)
        .status(ControlStatus.IMPLEMENTED).effectiveness(Probability.of(0.5)).coverage(Probability.ONE).build();
    assertThat(c.toString()).doesNotContain("Jane");
  }

  @Test
  void singleValueRulesThrowNamingFieldRuleAndValueButNotFreeText() {
    assertThatThrownBy(() -> LikelihoodImpact.of(0, 3)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("likelihood rank must be within [1, 64] (was 0)");
    assertThatThrownBy(() -> DreadFactors.of(1, -2, 3, 4, 5)).hasMessage("reproducibility must be zero or more (was -2)");
    assertThatThrownBy(() -> risk("R-1").title(" ").build()).hasMessageContaining("title must be")
        .hasMessageContaining("R-1");
    assertThatThrownBy(() -> risk("R-1").nextReview(DAY.minusDays(1)).build())
        .hasMessage("identified must be on or before nextReview (was 2027-01-10 > 2027-01-09)");
    assertThatThrownBy(() -> Treatment.builder().strategy(TreatmentStrategy.MITIGATE).acceptance(
        Acceptance.builder().approver(RoleId.of("ROLE-cfo")).justification("secret reason").acceptedOn(DAY).build()).build())
        .hasMessage("acceptance must only be recorded for strategy ACCEPT (was MITIGATE)");
    assertThatThrownBy(() -> Acceptance.builder().approver(RoleId.of("ROLE-cfo")).justification("secret reason")
        .acceptedOn(DAY).expiry(DAY.minusDays(1)).build()).hasMessageNotContaining("secret");
    assertThatThrownBy(() -> Control.builder().id(ControlId.of("C-1")).name("x").type(ControlType.PREVENTIVE)
        .status(ControlStatus.PLANNED).effectiveness(Probability.ONE).coverage(Probability.ONE)
        .cost(Money.parse("EUR -1.00")).build()).hasMessage("cost must be zero or more (was EUR -1.00)");
    assertThatThrownBy(() -> AppetiteLimit.maxScore(new BigDecimal("10.5")))
        .hasMessage("maxScore must be within [0, 10] (was 10.5)");
  }

  @Test
  void owaspFactorsNeedEveryLikelihoodAndTechnicalFactorAndAllOrNoBusinessFactors() {
    assertThatThrownBy(() -> OwaspFactors.builder().threatAgent(1, 1, 1, 1).technicalImpact(1, 1, 1, 1).build())
        .hasMessage("factor EASE_OF_DISCOVERY must be rated (was missing)");
    assertThatThrownBy(() -> OwaspFactors.builder().threatAgent(1, 1, 1, 1).vulnerability(1, 1, 1, 1)
        .technicalImpact(1, 1, 1, 1).putValue(OwaspFactor.FINANCIAL_DAMAGE, 3).build())
        .hasMessage("business impact factors must be all four or none (had 1)");
    assertThatThrownBy(() -> OwaspFactors.builder().threatAgent(1, -1, 1, 1).vulnerability(1, 1, 1, 1)
        .technicalImpact(1, 1, 1, 1).build()).hasMessage("factor MOTIVE must be zero or more (was -1)");
    OwaspFactors ok = OwaspFactors.builder().threatAgent(1, 1, 1, 1).vulnerability(1, 1, 1, 1).technicalImpact(1, 1, 1, 1).build();
    assertThat(ok.hasBusinessImpact()).isFalse();
    assertThatThrownBy(() -> ok.value(OwaspFactor.PRIVACY_VIOLATION)).hasMessage("factor PRIVACY_VIOLATION was not rated");
  }

  @Test
  void owaspOptionListsAreThoseOfTheMethodology() {
    assertThat(OwaspFactor.SKILL_LEVEL.options()).containsExactly(1, 3, 5, 6, 9);
    assertThat(OwaspFactor.SIZE.options()).containsExactly(2, 4, 5, 6, 9);
    assertThat(OwaspFactor.INTRUSION_DETECTION.options()).containsExactly(1, 3, 8, 9);
    assertThat(OwaspFactor.LOSS_OF_ACCOUNTABILITY.options()).containsExactly(1, 7, 9);
    assertThat(OwaspFactor.NON_COMPLIANCE.options()).containsExactly(2, 5, 7);
  }

  @Test
  void nistBinsFollowTablesG2ToI3() {
    assertThat(NistLevel.fromSemiQuantitative(80)).isEqualTo(NistLevel.HIGH);
    assertThat(NistLevel.fromSemiQuantitative(95)).isEqualTo(NistLevel.HIGH);
    assertThat(NistLevel.fromSemiQuantitative(96)).isEqualTo(NistLevel.VERY_HIGH);
    assertThat(NistLevel.fromSemiQuantitative(4)).isEqualTo(NistLevel.VERY_LOW);
    assertThat(NistLevel.fromSemiQuantitative(5)).isEqualTo(NistLevel.LOW);
    assertThat(NistLevel.fromSemiQuantitative(20)).isEqualTo(NistLevel.LOW);
    assertThat(NistLevel.fromSemiQuantitative(21)).isEqualTo(NistLevel.MODERATE);
    assertThat(NistLevel.fromSemiQuantitative(79)).isEqualTo(NistLevel.MODERATE);
    assertThat(NistLevel.MODERATE.binEnd()).isEqualTo(79);
    assertThatThrownBy(() -> NistLevel.fromSemiQuantitative(101)).hasMessage("semi-quantitative value must be within [0, 100] (was 101)");
    assertThatThrownBy(() -> NistRating.builder().initiation(NistLevel.LOW).impact(NistLevel.LOW).build())
        .hasMessageContaining("initiation and adverseImpact");
  }

  @Test
  void categoriesParseAndCustomCodesCannotShadowStandardOnes() {
    assertThat(RiskCategory.parse("PRIVACY")).isEqualTo(StandardRiskCategory.PRIVACY);
    assertThat(RiskCategory.parse("esg")).isEqualTo(RiskCategory.custom("esg"));
    assertThatThrownBy(() -> RiskCategory.custom("security")).hasMessageContaining("must not repeat a standard category");
    assertThatThrownBy(() -> RiskCategory.custom("Bad Code")).hasMessageContaining("lower-case");
  }

  @Test
  void cveAndCvssShapes() {
    assertThat(CveId.parse("cve-2021-44228").value()).isEqualTo("CVE-2021-44228");
    assertThatThrownBy(() -> CveId.parse("CVE-21-1")).hasMessage("CVE id must look like CVE-2021-44228 (was \"CVE-21-1\")");
    assertThatThrownBy(() -> CveId.parse("CVE-1998-1234")).isInstanceOf(IllegalArgumentException.class);
    LinkedVulnerability.of(CveId.parse("CVE-2021-44228"), "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H");
    LinkedVulnerability.of(CveId.parse("CVE-2014-0160"), "AV:N/AC:L/Au:N/C:P/I:N/A:N");
    assertThatThrownBy(() -> LinkedVulnerability.of(CveId.parse("CVE-2021-44228"), "CVSS:9/AV:N"))
        .hasMessageStartingWith("cvssVector must look like");
    assertThatThrownBy(() -> LinkedVulnerability.of(CveId.parse("CVE-2021-44228"), "CVSS:3.1/AV:N /AC:L"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptanceLapsesTheDayAfterExpiry() {
    Acceptance a = Acceptance.builder().approver(RoleId.of("ROLE-cfo")).justification("ok").acceptedOn(DAY)
        .expiry(DAY.plusDays(10)).build();
    assertThat(a.isExpired(DAY.plusDays(10))).isFalse();
    assertThat(a.isExpired(DAY.plusDays(11))).isTrue();
  }

  @Test
  void appetiteFallsBackToTheDefaultLimit() {
    RiskAppetite appetite = RiskAppetite.builder().defaultLimit(AppetiteLimit.maxScore(5))
        .putLimit(StandardRiskCategory.PRIVACY, AppetiteLimit.maxScore(3)).build();
    assertThat(appetite.limitFor(StandardRiskCategory.PRIVACY)).isEqualTo(AppetiteLimit.maxScore(new BigDecimal("3.00")));
    assertThat(appetite.limitFor(StandardRiskCategory.VENDOR)).isEqualTo(AppetiteLimit.maxScore(5));
    assertThat(AppetiteLimit.maxLevel(LevelScale.fiveLevel().level(2)).toString()).isEqualTo("level ≤ Moderate (5-level)");
  }

  @Test
  void publicValueTypesRejectNullsNamingTheParameter() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(RiskId.class, RiskId.of("R-1")).setDefault(CveId.class, CveId.parse("CVE-2021-44228"))
        .setDefault(io.github.ctokit.core.Level.class, LevelScale.fiveLevel().level(1))
        .setDefault(BigDecimal.class, BigDecimal.ONE);
    tester.testAllPublicStaticMethods(RiskId.class);
    tester.testAllPublicStaticMethods(AssetId.class);
    tester.testAllPublicStaticMethods(ControlId.class);
    tester.testAllPublicStaticMethods(CveId.class);
    tester.testAllPublicStaticMethods(AppetiteLimit.class);
    tester.testAllPublicStaticMethods(LinkedVulnerability.class);
    tester.testAllPublicStaticMethods(Threat.class);
    tester.testAllPublicStaticMethods(Treatment.class);
    tester.testAllPublicStaticMethods(NistRating.class);
    tester.testAllPublicInstanceMethods(risk("R-1").build());
    tester.testAllPublicInstanceMethods(RiskRegister.builder().build());
  }

  @Test
  void valueEquality() {
    new EqualsTester()
        .addEqualityGroup(LikelihoodImpact.of(4, 5), LikelihoodImpact.of(4, 5))
        .addEqualityGroup(LikelihoodImpact.of(5, 4))
        .addEqualityGroup(DreadFactors.of(7, 5, 9, 3, 6), DreadFactors.of(7, 5, 9, 3, 6))
        .addEqualityGroup(CveId.parse("CVE-2021-44228"), CveId.parse("cve-2021-44228"))
        .addEqualityGroup(AppetiteLimit.maxScore(4), AppetiteLimit.maxScore(new BigDecimal("4.00")))
        .addEqualityGroup(AppetiteLimit.maxLevel(LevelScale.fiveLevel().level(3)))
        .addEqualityGroup(RiskCategory.custom("esg"), RiskCategory.parse("esg"))
        .addEqualityGroup(risk("R-1").build(), risk("R-1").build())
        .addEqualityGroup(risk("R-2").build())
        .addEqualityGroup(NistRating.ofOverall(NistLevel.HIGH, NistLevel.LOW), NistRating.ofOverall(NistLevel.HIGH, NistLevel.LOW))
        .testEquals();
  }
}

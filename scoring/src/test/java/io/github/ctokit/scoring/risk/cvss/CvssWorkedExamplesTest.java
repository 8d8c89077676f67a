package io.github.ctokit.scoring.risk.cvss;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Worked examples from the specifications and public corpora. Sources are cited per block; the
 * figures are the published ones (ctokit REFERENCES section 2.7 lists the same).
 */
class CvssWorkedExamplesTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  // FIRST CVSS v3.1 examples (first.org/cvss/v3.1/examples; cticommons/cvss testdata/first/v31-base.json).
  @ParameterizedTest
  @CsvSource({
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N, 0.0, NONE",
    "CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:L/I:N/A:N, 3.3, LOW",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N, 6.1, MEDIUM",
    "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 8.8, HIGH",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H, 9.8, CRITICAL",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H, 10.0, CRITICAL",
    // v3.1 user guide, section 3.1 (vulnerabilities 1 and 2)
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N, 7.5, HIGH",
    "CVSS:3.0/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H, 7.8, HIGH",
  })
  void v3BaseExamples(String vector, String base, CvssSeverity severity) {
    CvssScores s = Cvss.score(vector);
    assertThat(s.base()).isEqualTo(d(base));
    assertThat(s.severity()).isEqualTo(severity);
  }

  // base, temporal, environmental: FIRST v3.1 user guide 2.6.2 (Roundup redefinition), v3.0/v3.1
  // "use and design" examples (cticommons/cvss v30-complete.json, v31-complete.json), and
  // RedHatProductSecurity/cvss tests/vectors_cvsslib3 and vectors_simple31.
  @ParameterizedTest
  @CsvSource({
    "CVSS:3.1/AV:P/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:H/E:H/RL:U/RC:U, 5.0, 4.6, 4.6",
    "CVSS:3.0/AV:P/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:H/E:H/RL:U/RC:U, 5.0, 4.7, 4.7",
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N/RL:O/CR:L, 8.6, 8.2, 6.0",
    "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:N/A:N/RL:O/CR:L, 8.6, 8.2, 6.0",
    "CVSS:3.0/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:N/E:H/RL:O/RC:C/CR:H/IR:H/AR:H/MAV:N/MAC:L/MPR:L/MUI:N/MS:C/MC:H/MI:H/MA:H, 9.3, 8.9, 9.5",
    "CVSS:3.0/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:N/A:H/MPR:N, 5.8, 5.8, 7.1",
    "CVSS:3.0/AV:L/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/MAV:A/MAC:L/MPR:N/MUI:N/MS:U/MC:N/MI:N/MA:N, 4.6, 4.6, 0.0",
    "CVSS:3.0/AV:L/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/MAV:A/MAC:L/MPR:N/MUI:N/MS:U/MC:L/MI:N/MA:N, 4.6, 4.6, 4.3",
    "CVSS:3.0/AV:L/AC:L/PR:H/UI:R/S:U/C:H/I:N/A:H/E:H/RL:W/RC:U/CR:H/IR:H/AR:M/MAV:L/MAC:L/MPR:H/MUI:N/MS:C/MC:N/MI:H/MA:L, 5.8, 5.2, 7.4",
    "CVSS:3.0/AV:L/AC:H/PR:L/UI:N/S:C/C:H/I:H/A:L/E:U/RL:U/RC:R/CR:M/MPR:L/MUI:R/MI:N/MA:H, 7.7, 6.8, 6.3",
    "CVSS:3.0/AV:L/AC:H/PR:H/UI:N/S:C/C:N/I:H/A:N/E:P/RL:U/RC:U/CR:H/IR:L/AR:H/MAV:L/MUI:R/MS:C/MC:N/MI:L/MA:N, 5.3, 4.6, 1.3",
    // v3.1: an all-X environmental score above the base score (modified-impact formula change)
    "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:H/I:H/A:H, 9.6, 9.6, 9.7",
    "CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H, 9.9, 9.9, 10.0",
    "CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:H/I:H/A:H, 9.0, 9.0, 9.1",
  })
  void v3CompleteExamples(String vector, String base, String temporal, String environmental) {
    CvssScores s = Cvss.score(vector);
    assertThat(s.base()).isEqualTo(d(base));
    assertThat(s.temporal()).isEqualTo(d(temporal));
    assertThat(s.environmental()).isEqualTo(d(environmental));
  }

  // v3.1 user guide 2.6.3: in v3.0, raising MC from L to H lowers the environmental score 5.6 -> 5.5.
  @Test
  void v30ModifiedImpactAnomalyAndItsV31Fix() {
    String low = "AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H/E:U/RL:T/RC:U/CR:L/IR:L/AR:H/MAV:P/MAC:H/MPR:H/MUI:R/MS:C/MC:L/MI:H/MA:H";
    String high = low.replace("MC:L", "MC:H");
    assertThat(Cvss.score("CVSS:3.0/" + low).environmental()).isEqualTo(d("5.6"));
    assertThat(Cvss.score("CVSS:3.0/" + high).environmental()).isEqualTo(d("5.5"));
    assertThat(Cvss.score("CVSS:3.1/" + high).environmental())
        .isGreaterThanOrEqualTo(Cvss.score("CVSS:3.1/" + low).environmental());
  }

  // The v3.0 policy: exact Roundup reads the specification's wording; the default reproduces FIRST's v3.0 calculator.
  @Test
  void v30ExactRoundupDiffersFromFirstCalculatorOnTheUserGuideExample() {
    CvssVector v = Cvss.parse("CVSS:3.0/AV:P/AC:H/PR:L/UI:R/S:U/C:L/I:L/A:H/E:H/RL:U/RC:U");
    CvssScores exact = Cvss.scorer().withV30Roundup(CvssV30Roundup.EXACT).score(v);
    assertThat(exact.temporal()).isEqualTo(d("4.6"));
    assertThat(exact.profile()).isEqualTo(CvssProfile.V3_0_EXACT_ROUNDUP);
    assertThat(v.scores().profile()).isEqualTo(CvssProfile.V3_0_FIRST_CALCULATOR);
  }

  // FIRST CVSS v2.0 guide, section 3.3 (cticommons/cvss testdata/first/v20-complete.json).
  @ParameterizedTest
  @CsvSource({
    "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C, 7.8, 6.4, 6.4",
    "AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H, 7.8, 6.4, 9.2",
    "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C, 10.0, 8.3, 8.3",
    "AV:N/AC:L/Au:N/C:C/I:C/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:L, 10.0, 8.3, 9.0",
    "AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C, 6.2, 4.9, 4.9",
    "AV:L/AC:H/Au:N/C:C/I:C/A:C/E:POC/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:M, 6.2, 4.9, 7.5",
  })
  void v2GuideExamples(String vector, String base, String temporal, String environmental) {
    CvssScores s = Cvss.score(vector);
    assertThat(s.base()).isEqualTo(d(base));
    assertThat(s.temporal()).isEqualTo(d(temporal));
    assertThat(s.environmental()).isEqualTo(d(environmental));
    assertThat(s.profile()).isEqualTo(CvssProfile.V2_0_EXACT_HALF_UP);
  }

  @Test
  void v2SeverityUsesNvdBands() {
    assertThat(Cvss.score("AV:N/AC:L/Au:N/C:C/I:C/A:C").severity()).isEqualTo(CvssSeverity.HIGH);
    assertThat(Cvss.score("AV:N/AC:L/Au:N/C:N/I:N/A:N").severity()).isEqualTo(CvssSeverity.LOW);
    assertThat(Cvss.score("AV:N/AC:L/Au:N/C:P/I:P/A:P").base()).isEqualTo(d("7.5"));
  }

  // FIRST CVSS v4.0 examples and reference scores (cticommons/cvss testdata/first/v40-base.json).
  @ParameterizedTest
  @CsvSource({
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N, 0.0, NONE",
    "CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:A/VC:L/VI:N/VA:N/SC:N/SI:N/SA:N, 4.6, MEDIUM",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:A/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N, 5.1, MEDIUM",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:L/SI:L/SA:N, 6.9, MEDIUM",
    "CVSS:4.0/AV:L/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 7.3, HIGH",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:A/VC:H/VI:H/VA:H/SC:L/SI:L/SA:N, 8.5, HIGH",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N, 9.3, CRITICAL",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H, 10.0, CRITICAL",
  })
  void v4BaseExamples(String vector, String score, CvssSeverity severity) {
    for (CvssRounding r : CvssRounding.values()) {
      CvssScores s = Cvss.scorer().withRounding(r).score(Cvss.parse(vector));
      assertThat(s.overall()).as("%s %s", vector, r).isEqualTo(d(score));
      assertThat(s.severity()).isEqualTo(severity);
      assertThat(s.nomenclature()).contains(CvssNomenclature.CVSS_B);
    }
  }

  // Threat examples: RedHatProductSecurity/cvss tests/vectors_threat4; macro-vector scores:
  // FIRSTdotorg/cvss-resources vectorFiles/macro-scores via cticommons/cvss v40-macro.json.
  @ParameterizedTest
  @CsvSource({
    "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A, 7.3, CVSS_BT",
    "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P, 5.9, CVSS_BT",
    "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U, 4.1, CVSS_BT",
    "CVSS:4.0/AV:P/AC:H/AT:P/PR:H/UI:A/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/CR:H/IR:H/AR:H, 7.3, CVSS_BE",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:A/CR:H/IR:H/AR:H/MSI:S/MSA:S, 10.0, CVSS_BTE",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P/CR:H/IR:H/AR:H/MSI:S/MSA:S, 9.8, CVSS_BTE",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:U/CR:H/IR:H/AR:H/MSI:S/MSA:S, 9.5, CVSS_BTE",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P/CR:H/IR:H/AR:H, 9.3, CVSS_BTE",
    "CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:N/VC:H/VI:L/VA:H/SC:L/SI:L/SA:L/E:U/CR:M/IR:H/AR:M, 3.0, CVSS_BTE",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:L/VI:L/VA:L/SC:L/SI:L/SA:L/E:U/CR:H/IR:H/AR:H, 2.7, CVSS_BTE",
  })
  void v4ThreatAndMacroExamples(String vector, String score, CvssNomenclature nomenclature) {
    CvssScores s = Cvss.score(vector);
    assertThat(s.overall()).isEqualTo(d(score));
    assertThat(s.nomenclature()).contains(nomenclature);
  }

  // Rounding corrections: cticommons/cvss testdata/first/v40-rounding-corrections.json ("previous" is
  // FIRST's 2024 calculator, "score" the half-up correction); RedHatProductSecurity/cvss-v4-calculator#66.
  @ParameterizedTest
  @CsvSource({
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H, 8.5, 8.6",
    "CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:N/VC:H/VI:L/VA:L/SC:N/SI:N/SA:N/E:U, 1.7, 1.8",
    "CVSS:4.0/AV:L/AC:H/AT:P/PR:N/UI:A/VC:H/VI:L/VA:N/SC:L/SI:N/SA:N/E:A, 5.6, 5.7",
    "CVSS:4.0/AV:L/AC:H/AT:P/PR:H/UI:N/VC:H/VI:L/VA:N/SC:N/SI:L/SA:N/E:X, 5.6, 5.7",
    "CVSS:4.0/AV:A/AC:H/AT:N/PR:N/UI:N/VC:H/VI:H/VA:L/SC:N/SI:L/SA:H/E:P/CR:L/IR:L/AR:H/MAV:N/MAC:H/MAT:N/MPR:L/MUI:P/MVC:L/MVI:X/MVA:N/MSC:L/MSI:L/MSA:L, 2.4, 2.5",
    "CVSS:4.0/AV:P/AC:L/AT:P/PR:H/UI:A/VC:N/VI:L/VA:L/SC:H/SI:H/SA:L/E:X/CR:L/IR:L/AR:H/MAV:X/MAC:X/MAT:P/MPR:N/MUI:P/MVC:H/MVI:N/MVA:L/MSC:H/MSI:H/MSA:H, 4.6, 4.7",
  })
  void v4RoundingProfilesReproduceBothSidesOfTheCorrection(String vector, String first, String exact) {
    CvssVector v = Cvss.parse(vector);
    CvssScores f = Cvss.scorer().withRounding(CvssRounding.FIRST_2024_FLOAT).score(v);
    CvssScores e = Cvss.scorer().score(v);
    assertThat(f.overall()).isEqualTo(d(first));
    assertThat(f.profile()).isEqualTo(CvssProfile.V4_0_FIRST_2024_FLOAT);
    assertThat(e.overall()).isEqualTo(d(exact));
    assertThat(e.profile()).isEqualTo(CvssProfile.V4_0_EXACT_HALF_UP);
  }

  // FIRST v4.0 specification, section 7: the valid sample vectors parse and keep their nomenclature.
  @ParameterizedTest
  @CsvSource({
    "CVSS:4.0/AV:A/AC:H/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L/E:P, CVSS_BT",
    "CVSS:4.0/AV:L/AC:H/AT:N/PR:N/UI:A/VC:N/VI:N/VA:L/SC:H/SI:H/SA:H/CR:H/IR:H/AR:M/MAV:N/MAC:L/MAT:P/MPR:L/MUI:A/MVC:N/MVI:H/MVA:L/MSC:L/MSI:S/MSA:H, CVSS_BE",
    "CVSS:4.0/AV:P/AC:H/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L/E:A/S:P/AU:Y/R:A/V:D/RE:L/U:Red, CVSS_BT",
    "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N/E:U/CR:L/IR:X/AR:L/MAV:A/MAC:H/MAT:N/MPR:N/MUI:P/MVC:X/MVI:N/MVA:H/MSC:N/MSI:L/MSA:S/S:N/AU:N/R:I/V:C/RE:H/U:Green, CVSS_BTE",
  })
  void v4SpecificationSampleVectors(String vector, CvssNomenclature nomenclature) {
    CvssVector v = Cvss.parse(vector);
    assertThat(v.scores().nomenclature()).contains(nomenclature);
    assertThat(v.format(CvssFormat.KEEP_NOT_DEFINED)).startsWith("CVSS:4.0/AV:");
  }

  @Test
  void supplementalMetricsNeverChangeTheScore() {
    String base = "CVSS:4.0/AV:P/AC:H/AT:P/PR:L/UI:P/VC:H/VI:H/VA:H/SC:L/SI:L/SA:L";
    assertThat(Cvss.score(base + "/S:P/AU:Y/R:A/V:D/RE:L/U:Red").overall()).isEqualTo(Cvss.score(base).overall());
    assertThat(Cvss.score(base + "/S:P/AU:Y").nomenclature()).contains(CvssNomenclature.CVSS_B);
  }

  @Test
  void explanationsCarryTheIntermediateNumbers() {
    CvssScores s = Cvss.score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H");
    assertThat(s.subScore(CvssSubScore.ISS)).contains(d("0.914816"));
    assertThat(s.subScore(CvssSubScore.IMPACT)).contains(d("5.87311872"));
    assertThat(s.subScore(CvssSubScore.EXPLOITABILITY)).contains(d("3.887042775"));
    assertThat(s.explain().step("Base score")).hasValueSatisfying(step -> assertThat(step.value()).isEqualTo(d("9.8")));
    assertThat(s.explain().profile()).isEqualTo(CvssProfile.V3_1_APPENDIX_A);
    assertThat(s.explain().effectiveValues()).containsEntry("MAV", "N").containsEntry("CR", "M");

    CvssScores v4 = Cvss.score("CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:P/VC:H/VI:L/VA:N/SC:H/SI:H/SA:H");
    assertThat(v4.macroVector()).hasValueSatisfying(m -> assertThat(m.toString()).isEqualTo("101100"));
    assertThat(v4.subScore(CvssSubScore.MACRO_VECTOR_SCORE)).contains(d("8.6"));
    assertThat(v4.subScore(CvssSubScore.MEAN_DISTANCE)).contains(d("0.05"));
    assertThat(v4.explain().step("Unrounded score").orElseThrow().value()).isEqualTo(d("8.55"));

    CvssScores v2 = Cvss.score("AV:N/AC:L/Au:N/C:N/I:N/A:C/E:F/RL:OF/RC:C/CDP:H/TD:H/CR:M/IR:M/AR:H");
    assertThat(v2.subScore(CvssSubScore.ADJUSTED_TEMPORAL)).contains(d("8.3"));
    assertThat(v2.subScore(CvssSubScore.MACRO_VECTOR_SCORE)).isEmpty();
  }
}

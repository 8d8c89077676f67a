package io.github.ctokit.examples.okr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the OKR demo section and checks the numbers it prints against values worked out by hand
 * (week w is Friday 2027-01-08 + 7w; the weekly report on 2027-02-19 sees weeks 0 to 6).
 */
class OkrDemoTest {

  private static String output;

  @BeforeAll
  static void runDemo() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new OkrDemo().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    output = bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void bulkImportGivesTheSameReport() {
    assertThat(output).contains("Bulk import: the same graph as OkrTable[objectives=4, keyResults=")
        .contains("gives the same report (company 46.3 %, AT_RISK; every explanation equal: yes).");
  }

  @Test
  void weeklyStatusReport() {
    // 49 of 90 days elapsed. Platform: latency (270−340)/(200−340) = 0.5, environments 9/20 = 0.45,
    // migration 0 → mean 0.3167, −0.23 behind pace → AT_RISK, migration last checked in 42 days ago → stale.
    // Product: activation (35−30)/15 = 0.3333, conversion ≥ 3.0 in 6 of 7 weeks → 0.5952.
    // Engineering (weighted, children as peers): (1·0.5 + 3·0.3167 + 2·0.5952) / 6 = 0.4401.
    // Company: (1·0.375 + 2·0.4401 + 1·0.5952) / 4 = 0.4626; worst status below is AT_RISK.
    assertThat(output)
        .contains("Weekly status report, 2027-02-19 (ctokit policy, 54 % of the quarter elapsed):")
        .contains("  O-company        46.3 %   54.4 %")
        .contains("  O-engineering    44.0 %   54.4 %")
        .contains("  O-platform       31.7 %   54.4 %")
        .contains("  O-product        59.5 %   54.4 %");
    assertThat(output.lines().filter(l -> l.startsWith("  O-platform ")).findFirst().orElseThrow()).endsWith("AT_RISK (stale)");
    assertThat(output.lines().filter(l -> l.startsWith("  O-product ")).findFirst().orElseThrow()).endsWith("ON_TRACK");
    assertThat(output.lines().filter(l -> l.startsWith("  O-company ")).findFirst().orElseThrow()).endsWith("AT_RISK");
  }

  @Test
  void explanationAndWhatIf() {
    assertThat(output)
        .contains("  O-engineering 0.4401 = weighted mean(KR-deploys 0.5×1, O-platform 0.3167×3, O-product 0.5952×2)")
        .contains("  KR-deploys 0.5 = (8 − 4) / (12 − 4); kpi KPI-deploys-per-week observation on 2027-02-19")
        .contains("  KR-checkout-conversion 0.8571 = 6 of 7 met; check-in on 2027-02-19");
    // Latency 250: (250−340)/(−140) = 0.6429 → platform 0.3643 → engineering 2.7833 / 6 = 0.4639.
    assertThat(output).contains("What if p95 latency reached 250 ms today? platform 31.7 % → 36.4 %, engineering 44.0 % → 46.4 %.");
  }

  @Test
  void confidenceAndAManualOverride() {
    // Confidence on 2027-02-19 (week 6): latency 0.7, environments 0.6 → platform 0.65; activation 0.4 → product 0.4;
    // engineering (its KPI-measured key result has none) mean(0.65, 0.4) = 0.525; company mean(0.525, 0.4) = 0.4625.
    assertThat(output.lines().filter(l -> l.startsWith("  O-platform ")).findFirst().orElseThrow()).contains(" 65.0 %  AT_RISK");
    assertThat(output.lines().filter(l -> l.startsWith("  O-company ")).findFirst().orElseThrow()).contains(" 46.3 %  AT_RISK");
    assertThat(output)
        .contains("Manual status override: ROLE-head-of-product says AT_RISK (computed ON_TRACK); rolled up: engineering AT_RISK,"
            + " company AT_RISK.")
        .contains("status AT_RISK (own AT_RISK: manual override by ROLE-head-of-product on 2027-02-19; computed ON_TRACK);"
            + " confidence 0.4")
        .contains("A week later a new check-in drops it (ServiceNow's rule): product ON_TRACK, override dropped.")
        .doesNotContain("pricing launch"); // the reason is free text: never printed by the library
  }

  @Test
  void balancedScorecardPerspectives() {
    // Internal process (2·0.9167 + 2·0.875) / 4 = 0.8958; customer (0.95 + 0.8929) / 2 = 0.9214; 1:1 → 0.9086.
    assertThat(output).contains("0.9086 = (1×0.8958 + 1×0.9214) / 2 by perspective; internal-process 0.8958 ×1; customer 0.9214 ×1");
  }

  @Test
  void endOfQuarterGrades() {
    // Platform: (0.8 + 0.85 + 1) / 3 = 0.8833 → 0.9 green, but committed and below 1.0: missed.
    // Engineering grades its own key result under Google's rule: (11−4)/8 = 0.875 → 0.9.
    assertThat(output)
        .contains("  O-company      0.6 YELLOW OFF_TRACK  contains a missed commitment")
        .contains("  O-engineering  0.9 GREEN  OFF_TRACK  contains a missed commitment")
        .contains("  O-platform     0.9 GREEN  OFF_TRACK  committed and missed: postmortem")
        .contains("  O-product      0.7 GREEN  AT_RISK");
  }

  @Test
  void engineeringKpiScorecard() {
    assertThat(output)
        .contains("KPI-deploys-per-week 11 on 2027-03-26: GREEN (higher is better; green ≥ 10.8, amber ≥ 7.2); 1 in a row; trend +0.085714/day over 28 days")
        .contains("KPI-lead-time-hours 30 on 2027-03-26: AMBER (lower is better; green ≤ 28, amber ≤ 48)")
        // 9 in a row: from week 3, where 0.14 clears the red threshold 0.15 by the 0.01 margin exactly (decimal, not
        // double arithmetic, in which −0.14 − 0.01 < −0.15 and the streak would be 7).
        .contains("KPI-change-failure-rate 0.11 on 2027-03-26: AMBER (lower is better; green ≤ 0.1, amber ≤ 0.15; hysteresis 0.01); 9 in a row")
        .contains("KPI-restore-hours 2.5 on 2027-03-26: AMBER");
    // (2·0.9167 + 2·0.875 + 1·0.95 + 1·0.8929) / 6 = 0.9044
    assertThat(output).contains("Scorecard: 0.9044 = (2×0.9167 + 2×0.875 + 1×0.95 + 1×0.8929) / 6");
  }
}

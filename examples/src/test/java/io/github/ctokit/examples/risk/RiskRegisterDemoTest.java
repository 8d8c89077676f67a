package io.github.ctokit.examples.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.validation.Violation;
import io.github.ctokit.scoring.risk.AssessedRisk;
import io.github.ctokit.scoring.risk.RegisterAssessment;
import io.github.ctokit.scoring.risk.TierScore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RiskRegisterDemoTest {

  private static String run() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new RiskRegisterDemo().run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theRegisterIsRealisticAndEveryRiskIsRated() {
    RegisterAssessment result = RiskRegisterDemo.engine().assess(RiskRegisterDemo.register(), RiskRegisterDemo.AS_OF);
    assertThat(RiskRegisterDemo.register().risks()).hasSizeBetween(15, 20);
    assertThat(result.ranked()).hasSize(18);
    assertThat(result.notRated()).isEmpty();
  }

  @Test
  void ransomwareNumbersFollowFromTheMatrixAndTheControls() {
    AssessedRisk r = RiskRegisterDemo.engine().assess(RiskRegisterDemo.register(), RiskRegisterDemo.AS_OF)
        .find(RiskId.of("R-01")).orElseThrow();
    // likelihood 4, impact 5 → ISO 5x5 grid[3][4] = "Very high", normalised 10.00
    assertThat(r.inherent().orElseThrow().score()).isEqualTo("10.00");
    assertThat(r.inherent().orElseThrow().level().label()).isEqualTo("Very high");
    // EDR 0.6×0.9, backups 0.7×0.8, training 0.3×0.9: remaining 0.46 × 0.44 × 0.73 = 0.147752
    TierScore current = r.current().orElseThrow();
    assertThat(current.remaining()).isEqualByComparingTo("0.147752");
    assertThat(current.score()).isEqualTo("1.48");
    assertThat(current.level().label()).isEqualTo("Low");
    assertThat(r.residual().orElseThrow().score()).isEqualTo("1.48"); // no planned control on R-01
  }

  @Test
  void theOutputIsComputedFromTheAssessment() {
    String out = run();
    RegisterAssessment result = RiskRegisterDemo.engine().assess(RiskRegisterDemo.register(), RiskRegisterDemo.AS_OF);
    AssessedRisk top = result.ranked().get(0);
    assertThat(out).contains(String.format(java.util.Locale.ROOT, " 1  %-5s  %-12s", top.id(), top.risk().category().code()));
    assertThat(out).contains(top.explain());
    assertThat(out).contains("Appetite breaches (" + result.breaches().size() + ")");
    for (AssessedRisk b : result.breaches()) {
      assertThat(out).contains(b.appetite().reason());
    }
    assertThat(result.breaches()).isNotEmpty();
    // the expired GDPR acceptance is a finding, printed with its path
    assertThat(result.violations().errors()).extracting(Violation::code).contains("risk.acceptance-expired");
    assertThat(out).contains("risks[10].treatment.acceptance.expiry");
    assertThat(out).contains("off the grid (other methods): [R-05, R-07, R-08]");
    // free text never leaks into findings
    assertThat(result.violations().toString()).doesNotContain("Consent rework");
  }
}

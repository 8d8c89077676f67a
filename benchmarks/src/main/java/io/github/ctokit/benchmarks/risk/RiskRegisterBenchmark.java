package io.github.ctokit.benchmarks.risk;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.risk.AppetiteLimit;
import io.github.ctokit.core.risk.Control;
import io.github.ctokit.core.risk.ControlId;
import io.github.ctokit.core.risk.ControlStatus;
import io.github.ctokit.core.risk.ControlType;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskAppetite;
import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.risk.RiskRegister;
import io.github.ctokit.core.risk.StandardRiskCategory;
import io.github.ctokit.scoring.risk.RegisterAssessment;
import io.github.ctokit.scoring.risk.RiskMatrix;
import io.github.ctokit.scoring.risk.RiskScoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scores, derives current and residual risk for, judges against appetite, ranks and maps a register
 * with the ISO/IEC 27005 5×5 matrix: {@code RiskScoring.assess} end to end, register validation
 * included. Target: under 50 ms for 100,000 risks on one core.
 *
 * <p>The register is generated once per trial from a fixed seed: ranks uniform on 1–5, nine
 * categories, 200 controls (half implemented), each risk mapped to 0–3 of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RiskRegisterBenchmark {

  /** Register size: 1,000 is a large real register; 100,000 is a vendor's multi-tenant night run. */
  @Param({"1000", "100000"})
  public int size;

  private RiskRegister register;
  private RiskScoring engine;
  private final LocalDate asOf = LocalDate.of(2027, 3, 31);

  /** Builds the register and the engine. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    List<Control> controls = new ArrayList<>();
    for (int c = 0; c < 200; c++) {
      controls.add(Control.builder().id(ControlId.of("C-" + c)).name("control " + c)
          .type(ControlType.values()[c % ControlType.values().length])
          .status(c % 2 == 0 ? ControlStatus.IMPLEMENTED : ControlStatus.PLANNED)
          .effectiveness(Probability.of(random.nextInt(1, 10) / 10.0)).coverage(Probability.of(random.nextInt(5, 11) / 10.0))
          .build());
    }
    List<Risk> risks = new ArrayList<>(size);
    RoleId owner = RoleId.of("ROLE-cto");
    LocalDate identified = LocalDate.of(2026, 6, 1);
    StandardRiskCategory[] categories = StandardRiskCategory.values();
    for (int i = 0; i < size; i++) {
      Risk.Builder r = Risk.builder().id(RiskId.of(String.format(Locale.ROOT, "R-%06d", random.nextInt(1_000_000_000))
              + "-" + i))
          .title("risk " + i).category(categories[i % categories.length]).owner(owner).identified(identified)
          .inherent(LikelihoodImpact.of(random.nextInt(1, 6), random.nextInt(1, 6)));
      int links = random.nextInt(0, 4);
      for (int k = 0; k < links; k++) {
        r.addControl(controls.get((i * 7 + k * 13) % controls.size()).id());
      }
      risks.add(r.build());
    }
    register = RiskRegister.builder().addAllControls(controls).addAllRisks(risks).build();
    engine = RiskScoring.using(RiskMatrix.iso27005FiveByFive())
        .withAppetite(RiskAppetite.builder().defaultLimit(AppetiteLimit.maxScore(5))
            .putLimit(StandardRiskCategory.PRIVACY, AppetiteLimit.maxScore(2.5)).build());
  }

  /**
   * Assesses the whole register.
   *
   * @return the assessment, consumed by JMH
   */
  @Benchmark
  public RegisterAssessment assessRegister() {
    return engine.assess(register, asOf);
  }
}

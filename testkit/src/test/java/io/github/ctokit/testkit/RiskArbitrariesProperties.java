package io.github.ctokit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.risk.RiskRegister;
import io.github.ctokit.scoring.risk.RegisterAssessment;
import io.github.ctokit.scoring.risk.RiskScoring;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RiskArbitrariesProperties {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  @Provide
  Arbitrary<RiskRegister> registers() {
    return RiskArbitraries.registers(AS_OF);
  }

  @Property(tries = 100)
  void everyGeneratedRegisterValidatesClean(@ForAll("registers") RiskRegister register) {
    assertThat(register.validate(AS_OF).violations()).isEmpty();
  }

  @Property(tries = 50)
  void everyGeneratedRegisterIsFullyScored(@ForAll("registers") RiskRegister register) {
    RegisterAssessment result = RiskScoring.defaults().assess(register, AS_OF);
    assertThat(result.violations().isEmpty()).isTrue();
    assertThat(result.ranked()).hasSameSizeAs(register.risks());
  }
}

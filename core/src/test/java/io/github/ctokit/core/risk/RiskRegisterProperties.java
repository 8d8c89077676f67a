package io.github.ctokit.core.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.validation.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RiskRegisterProperties {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  /** Problems that can be planted into a valid register, each with the code it must produce. */
  enum Plant {
    DUPLICATE_RISK("risk.duplicate-id"), UNKNOWN_ASSET("risk.unknown-asset"), UNKNOWN_CONTROL("risk.unknown-control"),
    NO_EXPIRY("risk.acceptance-no-expiry"), EXPIRED("risk.acceptance-expired"), MISSING_ACCEPTANCE("risk.acceptance-missing"),
    OUT_OF_SCALE("risk.input-out-of-scale"), RESIDUAL_ABOVE("risk.residual-above-inherent"),
    DUPLICATE_CONTROL("control.duplicate-id");

    final String code;

    Plant(String code) {
      this.code = code;
    }
  }

  @Provide
  Arbitrary<Set<Plant>> plants() {
    return Arbitraries.of(Plant.class).set();
  }

  @Property(tries = 200)
  void validationReportsEveryPlantedProblemAtOnce(@ForAll("plants") Set<Plant> plants) {
    RiskRegister valid = RiskRegisterValidationTest.valid();
    List<Risk> risks = new ArrayList<>(valid.risks());
    RiskRegister.Builder b = RiskRegister.builder().from(valid);
    int n = 10;
    for (Plant p : plants) {
      Risk.Builder r = RiskModelTest.risk("R-" + n++).inherent(LikelihoodImpact.of(2, 2));
      switch (p) {
        case DUPLICATE_RISK -> r.id(RiskId.of("R-1"));
        case UNKNOWN_ASSET -> r.addAsset(AssetId.of("A-none"));
        case UNKNOWN_CONTROL -> r.addControl(ControlId.of("C-none"));
        case NO_EXPIRY -> r.treatment(Treatment.accepted(RiskRegisterValidationTest.acceptance(null)));
        case EXPIRED -> r.treatment(Treatment.accepted(RiskRegisterValidationTest.acceptance(AS_OF.minusDays(1))));
        case MISSING_ACCEPTANCE -> r.treatment(Treatment.of(TreatmentStrategy.ACCEPT));
        case OUT_OF_SCALE -> r.inherent(LikelihoodImpact.of(2, 9));
        case RESIDUAL_ABOVE -> r.residual(LikelihoodImpact.of(3, 2));
        case DUPLICATE_CONTROL -> b.addControls(RiskRegisterValidationTest.control("C-1", ControlStatus.PLANNED));
      }
      risks.add(r.build());
    }
    RiskRegister planted = b.risks(risks).build();
    Set<String> codes = new TreeSet<>();
    for (Violation v : planted.validate(AS_OF).violations()) {
      codes.add(v.code());
    }
    Set<String> expected = new TreeSet<>();
    plants.forEach(p -> expected.add(p.code));
    assertThat(codes).isEqualTo(expected);
    assertThat(planted.validate(AS_OF)).isEqualTo(planted.validate(AS_OF));
  }
}

package io.github.ctokit.scoring.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.risk.Control;
import io.github.ctokit.core.risk.ControlId;
import io.github.ctokit.core.risk.ControlStatus;
import io.github.ctokit.core.risk.ControlType;
import io.github.ctokit.core.risk.DreadFactors;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.NistLevel;
import io.github.ctokit.core.risk.NistRating;
import io.github.ctokit.core.risk.OwaspFactor;
import io.github.ctokit.core.risk.OwaspFactors;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskAppetite;
import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.risk.RiskRegister;
import io.github.ctokit.core.risk.AppetiteLimit;
import io.github.ctokit.core.risk.StandardRiskCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RiskScoringProperties {

  static final LocalDate AS_OF = LocalDate.of(2027, 3, 31);

  @Provide
  Arbitrary<RiskMatrix> presets() {
    return Arbitraries.of(RiskMatrix.presets());
  }

  @Property(tries = 20)
  void everyPresetPassesItsOwnAuthoringChecks(@ForAll("presets") RiskMatrix matrix) {
    assertThat(matrix.authoringCheck().isValid()).isTrue();
    RiskMatrix.Builder copy = RiskMatrix.builder().id(matrix.id()).name(matrix.name())
        .likelihood(matrix.likelihood()).impact(matrix.impact()).levels(matrix.levels());
    for (int[] row : matrix.grid()) {
      copy.row(row);
    }
    assertThat(copy.validate().isValid()).isTrue();
    assertThat(copy.validate()).isEqualTo(matrix.authoringCheck());
  }

  @Property
  void raisingLikelihoodOrImpactNeverLowersAMatrixLevel(@ForAll("presets") RiskMatrix m,
      @ForAll @IntRange(min = 0, max = 4) int l, @ForAll @IntRange(min = 0, max = 4) int i) {
    int p = Math.min(l, m.likelihood().size() - 1);
    int q = Math.min(i, m.impact().size() - 1);
    if (p + 1 < m.likelihood().size()) {
      assertThat(m.cell(p + 1, q).isAtLeast(m.cell(p, q))).isTrue();
    }
    if (q + 1 < m.impact().size()) {
      assertThat(m.cell(p, q + 1).isAtLeast(m.cell(p, q))).isTrue();
    }
  }

  @Property
  void raisingAnInputNeverLowersTheLevelOrScore(@ForAll("assessments") Assessment a, @ForAll @IntRange(min = 0, max = 15) int which) {
    Assessment raised = raise(a, which);
    RiskScoring engine = RiskScoring.defaults();
    RiskScore before = engine.score(a);
    RiskScore after = engine.score(raised);
    assertThat(after.level().isAtLeast(before.level())).isTrue();
    assertThat(after.normalisedScore()).isGreaterThanOrEqualTo(before.normalisedScore());
  }

  @Property
  void simpleRiskFormulasAreMonotoneAndNormalised(@ForAll SimpleRiskClassic.Formula f,
      @ForAll @IntRange(min = 1, max = 4) int l, @ForAll @IntRange(min = 1, max = 4) int i) {
    SimpleRiskClassic m = SimpleRiskClassic.of(f);
    RiskScore s = m.score(LikelihoodImpact.of(l, i));
    assertThat(m.score(LikelihoodImpact.of(l + 1, i)).normalisedScore()).isGreaterThan(s.normalisedScore());
    assertThat(m.score(LikelihoodImpact.of(l, i + 1)).normalisedScore()).isGreaterThan(s.normalisedScore());
    assertThat(s.normalisedScore()).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
  }

  @Property
  void normalisedScoresLieInZeroToTenAndMapBackToTheirLevel(@ForAll("assessments") Assessment a) {
    RiskScoring engine = RiskScoring.defaults();
    RiskScore s = engine.score(a);
    assertThat(s.normalisedScore()).isBetween(BigDecimal.ZERO, BigDecimal.TEN);
    RiskMethod<?> m = engine.methodFor(a).orElseThrow();
    assertThat(m.levelOf(s.normalisedScore())).isEqualTo(s.level());
  }

  @Property(tries = 200)
  void tiersNeverRiseWhenControlsAreValid(@ForAll("registers") RiskRegister register, @ForAll ReductionRule rule) {
    RegisterAssessment result = RiskScoring.defaults().withReductionRule(rule).assess(register, AS_OF);
    assertThat(result.violations().isValid()).isTrue();
    for (AssessedRisk r : result.ranked()) {
      BigDecimal inherent = r.inherent().orElseThrow().score();
      BigDecimal current = r.current().orElseThrow().score();
      BigDecimal residual = r.residual().orElseThrow().score();
      assertThat(current).isLessThanOrEqualTo(inherent);
      assertThat(residual).isLessThanOrEqualTo(current);
      assertThat(r.current().orElseThrow().level().isAbove(r.inherent().orElseThrow().level())).isFalse();
      assertThat(r.residual().orElseThrow().level().isAbove(r.current().orElseThrow().level())).isFalse();
    }
  }

  @Property(tries = 200)
  void rankingIsAPermutationDeterministicAndIndependentOfInputOrder(@ForAll("registers") RiskRegister register,
      @ForAll long seed, @ForAll Tier basis) {
    RiskScoring engine = RiskScoring.defaults().withBasis(basis).withAppetite(RiskAppetite.of(AppetiteLimit.maxScore(5)));
    RegisterAssessment first = engine.assess(register, AS_OF);
    List<Risk> shuffled = new ArrayList<>(register.risks());
    Collections.shuffle(shuffled, new Random(seed));
    RegisterAssessment second = engine.assess(RiskRegister.builder().from(register).risks(shuffled).build(), AS_OF);
    List<RiskId> ids = ids(first.ranked());
    assertThat(ids).containsExactlyInAnyOrderElementsOf(ids(register.risks().stream().map(r -> r.id()).toList()));
    assertThat(ids(second.ranked())).isEqualTo(ids);
    assertThat(ids(engine.assess(register, AS_OF).ranked())).isEqualTo(ids);
    for (int k = 1; k < first.ranked().size(); k++) {
      AssessedRisk a = first.ranked().get(k - 1);
      AssessedRisk b = first.ranked().get(k);
      int byBasis = a.tier(basis).orElseThrow().score().compareTo(b.tier(basis).orElseThrow().score());
      assertThat(byBasis).isGreaterThanOrEqualTo(0);
      if (byBasis == 0) {
        int byInherent = a.inherent().orElseThrow().score().compareTo(b.inherent().orElseThrow().score());
        assertThat(byInherent).isGreaterThanOrEqualTo(0);
        if (byInherent == 0) {
          assertThat(a.id().compareTo(b.id())).isLessThan(0);
        }
      }
    }
  }

  @Property
  void theOwaspExampleReproducesUnderUniformWeights(@ForAll @IntRange(min = 1, max = 50) int weight) {
    OwaspRiskRating m = OwaspRiskRating.standard();
    for (OwaspFactor f : OwaspFactor.values()) {
      m = m.withWeight(f, BigDecimal.valueOf(weight));
    }
    RiskScore s = m.score(RiskMethodsTest.OWASP_EXAMPLE);
    assertThat(s.level().label()).isEqualTo("Low");
    assertThat(s.explanation().intermediates()).containsEntry("likelihood", "4.375 (MEDIUM)")
        .containsEntry("technical impact", "7.25 (HIGH)").containsEntry("business impact", "2.25 (LOW)");
  }

  private static List<RiskId> ids(List<?> items) {
    List<RiskId> ids = new ArrayList<>();
    for (Object o : items) {
      ids.add(o instanceof AssessedRisk ? ((AssessedRisk) o).id() : (RiskId) o);
    }
    return ids;
  }

  private static Assessment raise(Assessment a, int which) {
    if (a instanceof LikelihoodImpact) {
      LikelihoodImpact li = (LikelihoodImpact) a;
      return which % 2 == 0 ? li.withLikelihood(Math.min(5, li.likelihood() + 1)) : li.withImpact(Math.min(5, li.impact() + 1));
    }
    if (a instanceof DreadFactors) {
      int[] v = ((DreadFactors) a).values();
      v[which % 5] = Math.min(10, v[which % 5] + 1);
      return DreadFactors.of(v[0], v[1], v[2], v[3], v[4]);
    }
    if (a instanceof NistRating) {
      NistRating n = (NistRating) a;
      NistLevel up = NistLevel.values()[Math.min(4, n.impact().ordinal() + 1)];
      return which % 2 == 0 ? NistRating.builder().from(n).impact(up).build()
          : NistRating.builder().from(n).initiation(NistLevel.values()[Math.min(4, n.initiation().orElseThrow().ordinal() + 1)]).build();
    }
    OwaspFactors o = (OwaspFactors) a;
    OwaspFactor f = OwaspFactor.values()[which];
    if (!o.values().containsKey(f)) {
      return o;
    }
    return OwaspFactors.builder().from(o).putValue(f, Math.min(9, o.value(f) + 1)).build();
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    Arbitrary<Integer> rank = Arbitraries.integers().between(1, 5);
    Arbitrary<Integer> dread = Arbitraries.integers().between(0, 10);
    Arbitrary<Integer> owasp = Arbitraries.integers().between(0, 9);
    Arbitrary<NistLevel> nist = Arbitraries.of(NistLevel.class);
    Arbitrary<Assessment> li = Combinators.combine(rank, rank).as(LikelihoodImpact::of);
    Arbitrary<Assessment> dr = dread.list().ofSize(5).map(v -> DreadFactors.of(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4)));
    Arbitrary<Assessment> ni = Combinators.combine(nist, nist, nist).as(NistRating::of);
    Arbitrary<Assessment> ow = Combinators.combine(owasp.list().ofSize(16), Arbitraries.of(true, false)).as((v, business) -> {
      OwaspFactors.Builder b = OwaspFactors.builder().threatAgent(v.get(0), v.get(1), v.get(2), v.get(3))
          .vulnerability(v.get(4), v.get(5), v.get(6), v.get(7)).technicalImpact(v.get(8), v.get(9), v.get(10), v.get(11));
      return business ? b.businessImpact(v.get(12), v.get(13), v.get(14), v.get(15)).build() : b.build();
    });
    return Arbitraries.oneOf(li, dr, ni, ow);
  }

  @Provide
  Arbitrary<RiskRegister> registers() {
    Arbitrary<Control> control = Combinators.combine(Arbitraries.of(ControlStatus.class),
        Arbitraries.doubles().between(0, 1).ofScale(3), Arbitraries.doubles().between(0, 1).ofScale(3))
        .as((status, e, c) -> Control.builder().id(ControlId.of("C-0")).name("control").type(ControlType.PREVENTIVE)
            .status(status).effectiveness(Probability.of(e)).coverage(Probability.of(c)).build());
    Arbitrary<List<Control>> controls = control.list().ofMaxSize(6).map(list -> {
      List<Control> named = new ArrayList<>();
      for (int k = 0; k < list.size(); k++) {
        named.add(Control.builder().from(list.get(k)).id(ControlId.of("C-" + k)).build());
      }
      return named;
    });
    Arbitrary<List<Assessment>> inherent = assessments().list().ofMinSize(1).ofMaxSize(25);
    Arbitrary<List<List<Integer>>> refs = Arbitraries.integers().between(0, 5).set().ofMaxSize(4)
        .map(s -> List.copyOf(s)).list().ofSize(25);
    Arbitrary<List<Integer>> idOrder = Arbitraries.integers().between(0, 9_999).set().ofSize(25).map(List::copyOf);
    return Combinators.combine(controls, inherent, refs, idOrder).as((cs, as, rs, ids) -> {
      RiskRegister.Builder b = RiskRegister.builder().addAllControls(cs);
      for (int k = 0; k < as.size(); k++) {
        Risk.Builder r = Risk.builder().id(RiskId.of("R-" + ids.get(k))).title("risk").owner(RoleId.of("ROLE-cto"))
            .category(StandardRiskCategory.values()[k % StandardRiskCategory.values().length])
            .identified(LocalDate.of(2027, 1, 1)).inherent(as.get(k));
        for (int c : rs.get(k)) {
          if (c < cs.size()) {
            r.addControl(ControlId.of("C-" + c));
          }
        }
        b.addRisk(r.build());
      }
      return b.build();
    });
  }
}

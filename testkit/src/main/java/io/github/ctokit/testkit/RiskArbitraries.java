package io.github.ctokit.testkit;

import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.risk.Acceptance;
import io.github.ctokit.core.risk.Asset;
import io.github.ctokit.core.risk.AssetId;
import io.github.ctokit.core.risk.AssetType;
import io.github.ctokit.core.risk.Assessment;
import io.github.ctokit.core.risk.Control;
import io.github.ctokit.core.risk.ControlId;
import io.github.ctokit.core.risk.ControlStatus;
import io.github.ctokit.core.risk.ControlType;
import io.github.ctokit.core.risk.DreadFactors;
import io.github.ctokit.core.risk.LikelihoodImpact;
import io.github.ctokit.core.risk.NistLevel;
import io.github.ctokit.core.risk.NistRating;
import io.github.ctokit.core.risk.OwaspFactors;
import io.github.ctokit.core.risk.Risk;
import io.github.ctokit.core.risk.RiskId;
import io.github.ctokit.core.risk.RiskRegister;
import io.github.ctokit.core.risk.StandardRiskCategory;
import io.github.ctokit.core.risk.Threat;
import io.github.ctokit.core.risk.ThreatSource;
import io.github.ctokit.core.risk.Treatment;
import io.github.ctokit.core.risk.TreatmentStrategy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for the risk register model. Every generated register is valid as of the date given
 * to {@link #registers(LocalDate)}: unique ids, references that resolve, ranks within the
 * register's five-level scales, acceptances with an expiry on or after the date, and no directly
 * rated tier above the one before it. They also score without findings: a directly rated residual
 * tier is only kept on risks without implemented controls, so it never exceeds the derived current
 * score.
 *
 * <pre>{@code
 * @Property
 * void myEngineHandlesAnyRegister(@ForAll("registers") RiskRegister register) { ... }
 *
 * @Provide
 * Arbitrary<RiskRegister> registers() {
 *   return RiskArbitraries.registers(LocalDate.of(2027, 3, 31));
 * }
 * }</pre>
 */
public final class RiskArbitraries {

  private static final LocalDate IDENTIFIED = LocalDate.of(2026, 1, 1);

  private RiskArbitraries() {}

  /**
   * Returns likelihood-impact ratings on five-level scales.
   *
   * @return ranks 1 to 5
   */
  public static Arbitrary<LikelihoodImpact> likelihoodImpacts() {
    Arbitrary<Integer> rank = Arbitraries.integers().between(1, 5);
    return Combinators.combine(rank, rank).as(LikelihoodImpact::of);
  }

  /**
   * Returns OWASP factor values within 0 to 9, with and without business impact.
   *
   * @return the factors
   */
  public static Arbitrary<OwaspFactors> owaspFactors() {
    Arbitrary<Integer> value = Arbitraries.integers().between(0, 9);
    return Combinators.combine(value.list().ofSize(16), Arbitraries.of(true, false)).as((v, business) -> {
      OwaspFactors.Builder b = OwaspFactors.builder().threatAgent(v.get(0), v.get(1), v.get(2), v.get(3))
          .vulnerability(v.get(4), v.get(5), v.get(6), v.get(7)).technicalImpact(v.get(8), v.get(9), v.get(10), v.get(11));
      return business ? b.businessImpact(v.get(12), v.get(13), v.get(14), v.get(15)).build() : b.build();
    });
  }

  /**
   * Returns NIST SP 800-30 ratings in both forms.
   *
   * @return the ratings
   */
  public static Arbitrary<NistRating> nistRatings() {
    Arbitrary<NistLevel> level = Arbitraries.of(NistLevel.class);
    return Arbitraries.oneOf(Combinators.combine(level, level, level).as(NistRating::of),
        Combinators.combine(level, level).as(NistRating::ofOverall));
  }

  /**
   * Returns DREAD factors within 0 to 10.
   *
   * @return the factors
   */
  public static Arbitrary<DreadFactors> dreadFactors() {
    return Arbitraries.integers().between(0, 10).list().ofSize(5)
        .map(v -> DreadFactors.of(v.get(0), v.get(1), v.get(2), v.get(3), v.get(4)));
  }

  /**
   * Returns assessments of every built-in kind.
   *
   * @return the assessments
   */
  public static Arbitrary<Assessment> assessments() {
    return Arbitraries.oneOf(likelihoodImpacts(), owaspFactors(), nistRatings(), dreadFactors());
  }

  /**
   * Returns controls with the given id.
   *
   * @param id the id
   * @return controls of every type and status, with effectiveness and coverage on [0, 1]
   */
  public static Arbitrary<Control> controls(ControlId id) {
    Objects.requireNonNull(id, "id");
    Arbitrary<Probability> p = Arbitraries.doubles().between(0, 1).ofScale(3).map(Probability::of);
    return Combinators.combine(Arbitraries.of(ControlType.class), Arbitraries.of(ControlStatus.class), p, p)
        .as((type, status, e, c) -> Control.builder().id(id).name("control " + id).type(type).status(status)
            .effectiveness(e).coverage(c).build());
  }

  /**
   * Returns risks with the given id, rated with one kind of assessment, referring to no asset or
   * control.
   *
   * @param id the id
   * @param asOf the date acceptances must still hold on
   * @return the risks
   */
  public static Arbitrary<Risk> risks(RiskId id, LocalDate asOf) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asOf, "asOf");
    Arbitrary<Treatment> treatment = Arbitraries.of(TreatmentStrategy.class).flatMap(s -> s != TreatmentStrategy.ACCEPT
        ? Arbitraries.just(Treatment.of(s))
        : Arbitraries.integers().between(0, 365).map(days -> Treatment.accepted(Acceptance.builder()
            .approver(RoleId.of("ROLE-cfo")).justification("accepted").acceptedOn(IDENTIFIED)
            .expiry(asOf.plusDays(days)).build())));
    return Combinators.combine(assessments(), Arbitraries.of(StandardRiskCategory.class),
        Arbitraries.of(ThreatSource.class), treatment.optional())
        .as((inherent, category, source, t) -> {
          Risk.Builder b = Risk.builder().id(id).title("risk " + id).category(category).owner(RoleId.of("ROLE-cto"))
              .threat(Threat.of("threat", source)).identified(IDENTIFIED).inherent(inherent);
          t.ifPresent(b::treatment);
          if (inherent instanceof LikelihoodImpact) {
            LikelihoodImpact li = (LikelihoodImpact) inherent;
            b.residual(LikelihoodImpact.of(Math.max(1, li.likelihood() - 1), li.impact()));
          }
          return b.build();
        });
  }

  /**
   * Returns registers that validate clean as of a date: 0 to 40 risks, up to 8 controls and 5
   * assets, each risk mapped to a few of them.
   *
   * @param asOf the date the registers are valid on
   * @return the registers
   */
  public static Arbitrary<RiskRegister> registers(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Arbitrary<List<Control>> controls = Arbitraries.integers().between(0, 8).flatMap(n -> {
      List<Arbitrary<Control>> each = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        each.add(controls(ControlId.of("C-" + k)));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
    Arbitrary<List<Risk>> risks = Arbitraries.integers().between(0, 9_999).set().ofMaxSize(40).flatMap(ids -> {
      List<Arbitrary<Risk>> each = new ArrayList<>();
      for (int id : ids) {
        each.add(risks(RiskId.of(String.format(java.util.Locale.ROOT, "R-%04d", id)), asOf));
      }
      return Combinators.combine(each).as(List::copyOf);
    });
    Arbitrary<List<Integer>> links = Arbitraries.integers().between(0, 7).set().ofMaxSize(3).map(List::copyOf);
    return Combinators.combine(controls, risks, links.list().ofSize(40), Arbitraries.integers().between(0, 5))
        .as((cs, rs, ls, assetCount) -> {
          RiskRegister.Builder b = RiskRegister.builder().addAllControls(cs);
          for (int a = 0; a < assetCount; a++) {
            b.addAsset(Asset.builder().id(AssetId.of("A-" + a)).name("asset " + a).type(AssetType.values()[a % 7]).build());
          }
          for (int k = 0; k < rs.size(); k++) {
            Risk.Builder r = Risk.builder().from(rs.get(k));
            boolean implemented = false;
            for (int c : ls.get(k)) {
              if (c < cs.size()) {
                r.addControl(ControlId.of("C-" + c));
                implemented |= cs.get(c).status() == ControlStatus.IMPLEMENTED;
              }
            }
            if (implemented) {
              r.residual(java.util.Optional.empty()); // a direct residual could exceed the derived current score
            }
            if (assetCount > 0) {
              r.addAsset(AssetId.of("A-" + (k % assetCount)));
            }
            b.addRisk(r.build());
          }
          return b.build();
        });
  }
}

package io.github.ctokit.scoring.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctokit.core.kpi.AchievementCurve;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.kpi.Scorecard;
import io.github.ctokit.core.kpi.ScorecardEntry;
import io.github.ctokit.core.kpi.Tolerance;
import io.github.ctokit.core.kpi.Perspective;
import net.jqwik.api.constraints.IntRange;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

class KpiScoringProperties {

  static final KpiId K = KpiId.of("K");
  static final LocalDate D = LocalDate.of(2027, 3, 1);

  private static KpiStatus status(KpiDefinition d, double v) {
    return KpiScoring.standard().evaluate(d, KpiSeries.builder(K).add(D, v).build(), D).status();
  }

  @Property
  void colourIsMonotoneInTheValue(@ForAll Direction direction, @ForAll @DoubleRange(min = -1e6, max = 1e6) double a,
      @ForAll @DoubleRange(min = -1e6, max = 1e6) double b, @ForAll @DoubleRange(min = 0, max = 100) double amber) {
    KpiDefinition.Builder builder = KpiDefinition.builder().id(K).name("n").direction(direction).amber(Tolerance.absolute(amber));
    KpiDefinition d = direction == Direction.WITHIN_RANGE ? builder.rangeLow(-10).rangeHigh(10).build() : builder.target(5).build();
    double lo = Math.min(a, b);
    double hi = Math.max(a, b);
    if (direction == Direction.HIGHER_IS_BETTER) {
      assertThat(status(d, hi).ordinal()).isLessThanOrEqualTo(status(d, lo).ordinal());
    } else if (direction == Direction.LOWER_IS_BETTER) {
      assertThat(status(d, lo).ordinal()).isLessThanOrEqualTo(status(d, hi).ordinal());
    } else if (lo >= 0) {
      assertThat(status(d, lo).ordinal()).isLessThanOrEqualTo(status(d, hi).ordinal());
    }
  }

  @Property
  void noDataIsNeverGreen(@ForAll @Size(max = 30) List<@DoubleRange(min = -1e6, max = 1e6) Double> values) {
    KpiSeries.Builder b = KpiSeries.builder(K);
    for (int i = 0; i < values.size(); i++) {
      b.add(D.plusDays(i), values.get(i));
    }
    KpiDefinition d = KpiDefinition.builder().id(K).name("n").direction(Direction.HIGHER_IS_BETTER).target(0).build();
    KpiEvaluation e = KpiScoring.standard().evaluate(d, b.build(), D.minusDays(1));
    assertThat(e.status()).isEqualTo(KpiStatus.NO_DATA);
    KpiEvaluation later = KpiScoring.standard().evaluate(d, b.build(), D.plusDays(40));
    assertThat(later.status() == KpiStatus.NO_DATA).isEqualTo(values.isEmpty());
    later.trendPerDay().ifPresent(s -> assertThat(Double.isFinite(s)).isTrue());
  }

  @Property
  void scoreStaysInPayoutRangeAndIgnoresKpisWithoutData(@ForAll @DoubleRange(min = -100, max = 200) double x,
      @ForAll @DoubleRange(min = -100, max = 200) double y, @ForAll @DoubleRange(min = 0.01, max = 10) double wx,
      @ForAll @DoubleRange(min = 0.01, max = 10) double wy) {
    KpiId a = KpiId.of("a");
    KpiId b = KpiId.of("b");
    KpiId none = KpiId.of("none");
    ScorecardEntry ea = ScorecardEntry.builder().kpi(a).weight(wx).curve(AchievementCurve.of(10, 50, 100)).build();
    ScorecardEntry eb = ScorecardEntry.builder().kpi(b).weight(wy).curve(AchievementCurve.of(100, 20, 0)).build();
    ScorecardEntry en = ScorecardEntry.builder().kpi(none).weight(5).curve(AchievementCurve.of(1, 2, 3)).build();
    List<KpiSeries> series = List.of(KpiSeries.builder(a).add(D, x).build(), KpiSeries.builder(b).add(D, y).build());
    double two = KpiScoring.standard().score(Scorecard.builder().name("s").addEntries(ea, eb).build(), series, D).score().orElseThrow();
    double three = KpiScoring.standard().score(Scorecard.builder().name("s").addEntries(ea, en, eb).build(), series, D).score().orElseThrow();
    assertThat(two).isBetween(0.0, 1.5).isEqualTo(three);
  }

  @Property
  void perspectiveScoresStayInRangeAndScalingPerspectiveWeightsChangesNothing(
      @ForAll @DoubleRange(min = -100, max = 200) double x, @ForAll @DoubleRange(min = -100, max = 200) double y,
      @ForAll @DoubleRange(min = -100, max = 200) double z, @ForAll @DoubleRange(min = 0.01, max = 10) double wf,
      @ForAll @DoubleRange(min = 0.01, max = 10) double wc, @ForAll @IntRange(min = 1, max = 64) int scale) {
    KpiId a = KpiId.of("a");
    KpiId b = KpiId.of("b");
    KpiId c = KpiId.of("c");
    Scorecard card = Scorecard.builder().name("s").addEntries(
        ScorecardEntry.builder().kpi(a).curve(AchievementCurve.of(0, 100, 150)).perspective(Perspective.FINANCIAL).build(),
        ScorecardEntry.builder().kpi(b).weight(2).curve(AchievementCurve.of(0, 100, 150)).perspective(Perspective.CUSTOMER).build(),
        ScorecardEntry.builder().kpi(c).curve(AchievementCurve.of(0, 100, 150)).perspective(Perspective.CUSTOMER).build())
        .putPerspectiveWeight(Perspective.FINANCIAL, wf).putPerspectiveWeight(Perspective.CUSTOMER, wc).build();
    Scorecard scaled = card.withPerspectiveWeights(java.util.Map.of(Perspective.FINANCIAL, wf * scale, Perspective.CUSTOMER, wc * scale));
    List<KpiSeries> series = List.of(KpiSeries.builder(a).add(D, x).build(), KpiSeries.builder(b).add(D, y).build(),
        KpiSeries.builder(c).add(D, z).build());
    ScorecardResult r = KpiScoring.standard().score(card, series, D);
    ScorecardResult s = KpiScoring.standard().score(scaled, series, D);
    double f = r.score(Perspective.FINANCIAL).orElseThrow();
    double cu = r.score(Perspective.CUSTOMER).orElseThrow();
    assertThat(r.score().orElseThrow()).isBetween(Math.min(f, cu), Math.max(f, cu));
    assertThat(s.score().orElseThrow()).isCloseTo(r.score().orElseThrow(), org.assertj.core.api.Assertions.within(1e-12));
  }
}

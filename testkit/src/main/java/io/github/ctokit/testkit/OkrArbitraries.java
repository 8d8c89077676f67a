package io.github.ctokit.testkit;

import io.github.ctokit.core.LevelScale;
import io.github.ctokit.core.Probability;
import io.github.ctokit.core.RoleId;
import io.github.ctokit.core.TeamId;
import io.github.ctokit.core.kpi.Direction;
import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.kpi.Perspective;
import io.github.ctokit.core.kpi.Tolerance;
import io.github.ctokit.core.okr.Alignment;
import io.github.ctokit.core.okr.CheckIn;
import io.github.ctokit.core.okr.Commitment;
import io.github.ctokit.core.okr.KeyResult;
import io.github.ctokit.core.okr.KeyResultId;
import io.github.ctokit.core.okr.KeyResultKind;
import io.github.ctokit.core.okr.Objective;
import io.github.ctokit.core.okr.ObjectiveId;
import io.github.ctokit.core.okr.ObjectiveLevel;
import io.github.ctokit.core.okr.OkrCycle;
import io.github.ctokit.core.okr.OkrGraph;
import io.github.ctokit.core.okr.OkrTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.threeten.extra.YearQuarter;

/**
 * jqwik {@link Arbitrary} generators for OKR graphs and KPIs ({@code io.github.ctokit.core.okr},
 * {@code io.github.ctokit.core.kpi}). Every generated value is valid: graphs pass
 * {@link OkrGraph#validator()} with no violation at all.
 *
 * <p>Graphs come in three shapes: trees (one parent each), diamonds (about a third of the
 * objectives have two parents) and deep chains (each objective aligned to the previous one). Key
 * results cover every {@link KeyResultKind}, with check-ins inside the cycle, and some are measured
 * by a KPI whose observation series the graph carries. A graph is built from a seed, so it shrinks
 * towards fewer objectives rather than towards simpler values.
 *
 * <pre>{@code
 * @Property
 * void myReportHandlesAnyGraph(@ForAll("graphs") OkrGraph graph) { ... }
 *
 * @Provide
 * Arbitrary<OkrGraph> graphs() { return OkrArbitraries.graphs(); }
 * }</pre>
 */
public final class OkrArbitraries {

  /** The shape of a generated alignment graph. */
  public enum Shape {
    /** Every objective but the root has one parent. */
    TREE,
    /** About a third of the objectives have two parents. */
    DIAMONDS,
    /** Objective {@code i} is aligned to objective {@code i − 1}. */
    CHAIN
  }

  private static final LevelScale ZONES = LevelScale.of("zones", "Fail", "Commit", "Target", "Stretch");

  private OkrArbitraries() {}

  /**
   * Generates cycles: quarters of 2025 to 2030, or date ranges of 7 to 400 days.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OkrCycle> cycles() {
    Arbitrary<OkrCycle> quarters = Combinators.combine(Arbitraries.integers().between(2025, 2030), Arbitraries.integers().between(1, 4))
        .as((y, q) -> OkrCycle.of(YearQuarter.of(y, q)));
    Arbitrary<OkrCycle> ranges = Combinators.combine(Arbitraries.integers().between(0, 2000), Arbitraries.integers().between(7, 400))
        .as((start, length) -> OkrCycle.of(LocalDate.of(2025, 1, 1).plusDays(start), LocalDate.of(2025, 1, 1).plusDays(start + length)));
    return Arbitraries.oneOf(quarters, ranges);
  }

  /**
   * Generates valid graphs of 1 to 60 objectives, of every shape.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OkrGraph> graphs() {
    return graphs(60);
  }

  /**
   * Generates valid graphs of every shape.
   *
   * @param maxObjectives the largest number of objectives, 1 or more
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxObjectives} is below 1
   */
  public static Arbitrary<OkrGraph> graphs(int maxObjectives) {
    if (maxObjectives < 1) {
      throw new IllegalArgumentException("maxObjectives must be 1 or more (was " + maxObjectives + ")");
    }
    return Combinators.combine(Arbitraries.of(Shape.class), Arbitraries.integers().between(1, maxObjectives),
        Arbitraries.longs(), cycles()).as(OkrArbitraries::graph);
  }

  /**
   * Generates the valid graphs of {@link #graphs(int)} as tables (columnar input for bulk loads),
   * with key results of every kind, confidences and KPI-measured key results.
   *
   * @param maxObjectives the largest number of objectives, 1 or more
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxObjectives} is below 1
   */
  public static Arbitrary<OkrTable> tables(int maxObjectives) {
    return graphs(maxObjectives).map(OkrTable::of);
  }

  /**
   * Generates valid graphs of one shape.
   *
   * @param shape the shape
   * @param maxObjectives the largest number of objectives, 1 or more
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code maxObjectives} is below 1
   */
  public static Arbitrary<OkrGraph> graphs(Shape shape, int maxObjectives) {
    if (maxObjectives < 1) {
      throw new IllegalArgumentException("maxObjectives must be 1 or more (was " + maxObjectives + ")");
    }
    return Combinators.combine(Arbitraries.integers().between(1, maxObjectives), Arbitraries.longs(), cycles())
        .as((n, seed, cycle) -> graph(shape, n, seed, cycle));
  }

  /**
   * Builds one valid graph deterministically from a seed.
   *
   * @param shape the shape
   * @param objectives the number of objectives, 1 or more
   * @param seed the seed; equal arguments give equal graphs
   * @param cycle the cycle every objective is set for
   * @return the graph
   * @throws IllegalArgumentException if {@code objectives} is below 1
   */
  public static OkrGraph graph(Shape shape, int objectives, long seed, OkrCycle cycle) {
    if (objectives < 1) {
      throw new IllegalArgumentException("objectives must be 1 or more (was " + objectives + ")");
    }
    SplittableRandom r = new SplittableRandom(seed);
    OkrGraph.Builder graph = OkrGraph.builder();
    int days = cycle.lengthInDays();
    for (int i = 0; i < objectives; i++) {
      List<KeyResult> krs = new ArrayList<>();
      int count = r.nextInt(5);
      for (int k = 0; k < count; k++) {
        String id = "KR-" + i + "-" + k;
        if (r.nextInt(8) == 0) {
          KpiId kpi = KpiId.of("KPI-" + i + "-" + k);
          graph.addKpis(KpiDefinition.builder().id(kpi).name("kpi").unit("u").direction(Direction.HIGHER_IS_BETTER)
              .target(100).green(Tolerance.absolute(5)).amber(Tolerance.absolute(20)).build());
          graph.addKpiSeries(series(kpi, cycle.start().minusDays(30), days + 60, r.nextLong()));
          krs.add(KeyResult.builder().id(KeyResultId.of(id)).title("kr").kind(KeyResultKind.INCREASE).unit("u")
              .start(r.nextInt(50)).target(100 + r.nextInt(50)).measuredBy(kpi).build());
          continue;
        }
        krs.add(keyResult(id, r, cycle));
      }
      Objective.Builder o = Objective.builder().id(ObjectiveId.of("O-" + i)).title("objective")
          .level(ObjectiveLevel.values()[Math.min(3, i == 0 ? 0 : 1 + r.nextInt(3))])
          .commitment(r.nextInt(3) == 0 ? Commitment.COMMITTED : Commitment.ASPIRATIONAL)
          .cycle(cycle).addAllKeyResults(krs);
      if (r.nextBoolean()) {
        o.ownerTeam(TeamId.of("T-" + r.nextInt(20)));
      } else {
        o.ownerRole(RoleId.of("ROLE-" + r.nextInt(5)));
      }
      if (i > 0) {
        int parent = shape == Shape.CHAIN ? i - 1 : r.nextInt(i);
        o.addParents(Alignment.to(ObjectiveId.of("O-" + parent), 1 + r.nextInt(5)));
        if (shape == Shape.DIAMONDS && i > 1 && r.nextInt(3) == 0) {
          int second = r.nextInt(i);
          if (second != parent) {
            o.addParents(Alignment.to(ObjectiveId.of("O-" + second), 0.5 + r.nextInt(4)));
          }
        }
      }
      graph.addObjectives(o.build());
    }
    return graph.build();
  }

  private static KeyResult keyResult(String id, SplittableRandom r, OkrCycle cycle) {
    KeyResultKind kind = KeyResultKind.values()[r.nextInt(KeyResultKind.values().length)];
    KeyResult.Builder b = KeyResult.builder().id(KeyResultId.of(id)).title("kr").kind(kind).unit("u")
        .weight(r.nextInt(4) == 0 ? 0.5 + r.nextInt(4) : 1);
    double start = r.nextInt(-100, 100);
    switch (kind) {
      case INCREASE:
        b.start(start).target(start + 1 + r.nextInt(200));
        break;
      case DECREASE:
        b.start(start).target(start - 1 - r.nextInt(200));
        break;
      case MAINTAIN_ABOVE:
      case MAINTAIN_BELOW:
        b.target(start);
        break;
      case WITHIN_BAND:
        b.bandLow(start).bandHigh(start + r.nextInt(50));
        break;
      case ORDINAL:
        b.stages(ZONES);
        break;
      default:
        break;
    }
    int days = cycle.lengthInDays();
    int day = 0;
    int checks = r.nextInt(6);
    for (int c = 0; c < checks; c++) {
      day += 1 + r.nextInt(Math.max(1, days / 4));
      if (day >= days) {
        break;
      }
      double value = kind == KeyResultKind.MILESTONE ? r.nextInt(2)
          : kind == KeyResultKind.ORDINAL ? r.nextInt(ZONES.size()) : r.nextInt(-150, 350);
      CheckIn checkIn = CheckIn.of(cycle.start().plusDays(day), value);
      b.addCheckIns(r.nextBoolean() ? checkIn : checkIn.withConfidence(Probability.of(r.nextInt(11) / 10.0)));
    }
    return b.build();
  }

  /**
   * Generates KPI definitions of every direction, with and without a target, tolerances,
   * a hysteresis margin and hysteresis by 1 to 4 periods ({@code confirmAfter}).
   *
   * @return the arbitrary
   */
  public static Arbitrary<KpiDefinition> kpiDefinitions() {
    return Combinators.combine(Arbitraries.of(Direction.class), Arbitraries.integers().between(-1000, 1000),
        Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 50), Arbitraries.integers().between(0, 3),
        Arbitraries.integers().between(1, 4))
        .as((direction, target, green, extra, hysteresis, confirmAfter) -> {
          KpiDefinition.Builder b = KpiDefinition.builder().id(KpiId.of("KPI-" + Math.abs(target))).name("kpi").unit("u")
              .direction(direction).green(Tolerance.absolute(green)).amber(Tolerance.absolute(green + extra));
          if (direction == Direction.WITHIN_RANGE) {
            b.rangeLow(target).rangeHigh(target + extra);
          } else if (target % 7 != 0) {
            b.target(target);
          }
          if (hysteresis > 0) {
            b.hysteresis(hysteresis);
          }
          return b.confirmAfter(confirmAfter).build();
        });
  }

  /**
   * Generates balanced-scorecard perspectives: the four standard ones and custom names.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Perspective> perspectives() {
    return Arbitraries.oneOf(
        Arbitraries.of(Perspective.FINANCIAL, Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS, Perspective.LEARNING_AND_GROWTH),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
            .flatMap(head -> Arbitraries.strings().withCharRange('0', '9').withChars('-').ofMaxLength(6)
                .map(tail -> Perspective.of(head + tail))));
  }

  /**
   * Generates observation series of 0 to 500 daily-or-sparser observations for a KPI.
   *
   * @param kpi the KPI observed
   * @return the arbitrary
   */
  public static Arbitrary<KpiSeries> kpiSeries(KpiId kpi) {
    return Combinators.combine(Arbitraries.integers().between(0, 500), Arbitraries.longs())
        .as((size, seed) -> series(kpi, LocalDate.of(2027, 1, 1), size, seed));
  }

  private static KpiSeries series(KpiId kpi, LocalDate from, int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    KpiSeries.Builder b = KpiSeries.builder(kpi);
    LocalDate day = from;
    double value = r.nextInt(0, 100);
    for (int i = 0; i < size; i++) {
      b.add(day, value);
      day = day.plusDays(1 + r.nextInt(3));
      value += r.nextInt(-5, 6);
    }
    return b.build();
  }
}

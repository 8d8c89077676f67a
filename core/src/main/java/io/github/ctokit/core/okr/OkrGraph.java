package io.github.ctokit.core.okr;

import io.github.ctokit.core.kpi.KpiDefinition;
import io.github.ctokit.core.kpi.KpiId;
import io.github.ctokit.core.kpi.KpiSeries;
import io.github.ctokit.core.validation.ValidationResult;
import io.github.ctokit.core.validation.Validator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A whole OKR model: objectives aligned in a weighted DAG, and the KPIs (definitions and
 * observation series) that measure some of their key results. Building a graph checks nothing
 * across objectives; {@link #validator()} reports every whole-model problem at once and scoring
 * engines refuse an invalid graph.
 *
 * <pre>{@code
 * OkrGraph graph = OkrGraph.builder().addObjectives(company, engineering, platform).build();
 * ValidationResult problems = graph.validate();
 * }</pre>
 */
@Value.Immutable
public abstract class OkrGraph implements WithOkrGraph {

  OkrGraph() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OkrGraph}; every list may be empty. */
  public static final class Builder extends ImmutableOkrGraph.Builder {
    Builder() {}
  }

  /**
   * Returns the objectives, in the caller's order (violation paths index into it).
   *
   * @return the objectives
   */
  public abstract List<Objective> objectives();

  /**
   * Returns the KPI definitions that key results may be measured by.
   *
   * @return the definitions
   */
  public abstract List<KpiDefinition> kpis();

  /**
   * Returns the observation series of the KPIs, at most one per KPI.
   *
   * @return the series
   */
  public abstract List<KpiSeries> kpiSeries();

  /**
   * Finds the series of a KPI.
   *
   * @param kpi the KPI id
   * @return the first series for it, or empty
   */
  public final Optional<KpiSeries> seriesOf(KpiId kpi) {
    for (KpiSeries s : kpiSeries()) {
      if (s.kpi().equals(kpi)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the validator of whole graphs. It never throws and reports, with stable codes:
   * {@code okr.duplicate-objective-id}, {@code okr.duplicate-key-result-id},
   * {@code okr.dangling-parent}, {@code okr.duplicate-alignment}, {@code okr.alignment-cycle}
   * (message names the cycle's path), {@code okr.negative-weight}, {@code okr.zero-weights},
   * {@code okr.direction-mismatch}, {@code okr.start-equals-target} (warning: a scoring policy
   * decides), {@code okr.check-in-outside-cycle}, {@code okr.dangling-kpi},
   * {@code okr.unit-mismatch}, {@code kpi.duplicate-id}, {@code kpi.dangling-series},
   * {@code kpi.duplicate-series}.
   *
   * @return the validator
   */
  public static Validator<OkrGraph> validator() {
    return OkrGraphValidator.INSTANCE;
  }

  /**
   * Validates this graph with {@link #validator()}.
   *
   * @return every violation found
   */
  public final ValidationResult validate() {
    return validator().validate(this);
  }
}

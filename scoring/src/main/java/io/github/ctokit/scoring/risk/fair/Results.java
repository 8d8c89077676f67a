package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns an engine's raw sums, histograms and arrays into the immutable results. */
final class Results {

  private Results() {}

  static LossExposure build(FairSimulation config, LossPortfolio portfolio, Engine e) {
    int n = e.n;
    long years = e.years;
    double[] sums = e.combinedSums();
    boolean exact = e.exact;
    double[] tailLevels = e.tailLevels;
    // integer statistics: merged across workers (order-independent)
    LogHistogram[] hist = new LogHistogram[n + 1];
    long[][] counts = new long[n + 1][];
    double[] min = new double[n + 1];
    double[] max = new double[n + 1];
    Arrays.fill(min, Double.POSITIVE_INFINITY);
    Arrays.fill(max, Double.NEGATIVE_INFINITY);
    for (int s = 0; s <= n; s++) {
      hist[s] = new LogHistogram(s == n);
      counts[s] = new long[0];
    }
    for (Engine.Worker w : e.workers) {
      for (int s = 0; s <= n; s++) {
        hist[s].merge(s < n ? w.hist[s] : w.totalHist);
        long[] c = w.counts[s];
        if (c.length > counts[s].length) {
          counts[s] = Arrays.copyOf(counts[s], c.length);
        }
        for (int k = 0; k < c.length; k++) {
          counts[s][k] += c[k];
        }
        min[s] = Math.min(min[s], w.min[s]);
        max[s] = Math.max(max[s], w.max[s]);
      }
    }
    if (e.single) {
      // the scenario is the portfolio
      counts[n] = counts[0].clone();
      min[n] = min[0];
      max[n] = max[0];
    }
    double[][] contribution = new double[n][tailLevels.length];
    LossStatistics[] full = new LossStatistics[n + 1];
    double[] totals = e.totalArray;
    double[][] arrays = e.scenarioArrays;
    if (exact && totals != null && arrays != null) {
      for (int s = 0; s <= n; s++) {
        double[] sorted = (s < n ? arrays[s] : totals).clone();
        Arrays.sort(sorted);
        full[s] = stats(config, years, sums, s, min, max, sorted, null, counts[s]);
      }
      for (int q = 0; q < tailLevels.length; q++) {
        double threshold = full[n].valueAtRisk(tailLevels[q]);
        long count = 0;
        double[] c = new double[n];
        for (int y = 0; y < totals.length; y++) {
          if (totals[y] >= threshold) {
            count++;
            for (int s = 0; s < n; s++) {
              c[s] += arrays[s][y];
            }
          }
        }
        for (int s = 0; s < n; s++) {
          contribution[s][q] = c[s] / count;
        }
      }
    } else {
      for (int s = 0; s <= n; s++) {
        full[s] = stats(config, years, sums, s, min, max, null, hist[s], counts[s]);
      }
      long[][] coTail = tailLevels.length > 0 ? e.combinedCoTail() : new long[0][];
      for (int q = 0; q < tailLevels.length; q++) {
        double threshold = full[n].valueAtRisk(tailLevels[q]);
        if (e.single) {
          contribution[0][q] = full[n].expectedShortfall(tailLevels[q]);
          continue;
        }
        if (threshold <= 0) {
          // every year is in the tail: a scenario's contribution is its mean
          for (int s = 0; s < n; s++) {
            contribution[s][q] = sums[2 * s] / years;
          }
          continue;
        }
        LogHistogram.Tail tail = hist[n].tail(threshold, max[n]);
        for (int s = 0; s < n; s++) {
          contribution[s][q] = tail.count > 0 ? coTailSum(coTail, s, tail) / tail.count : 0;
        }
      }
    }
    Map<ScenarioId, LossStatistics> byId = new LinkedHashMap<>();
    List<Contribution> contributions = new ArrayList<>();
    List<ScenarioInput> inputs = new ArrayList<>();
    double totalMean = full[n].mean();
    for (int s = 0; s < n; s++) {
      Compiled c = e.scenarios[s];
      ScenarioId id = c.scenario.id();
      byId.put(id, full[s]);
      Map<Double, Double> tc = new LinkedHashMap<>();
      for (int q = 0; q < tailLevels.length; q++) {
        tc.put(tailLevels[q], contribution[s][q]);
      }
      double mean = full[s].mean();
      contributions.add(new Contribution(id, mean, totalMean > 0 ? mean / totalMean : 0, tc));
      double lef = c.scenario.meanLossEventFrequency();
      double lm = c.scenario.meanLossMagnitude();
      inputs.add(new ScenarioInput(id, c.model, lef, c.scenario.susceptibilityProbability(), lm, lef * lm, mean,
          full[s].standardError()));
    }
    List<Double> levels = new ArrayList<>();
    for (double q : tailLevels) {
      levels.add(q);
    }
    String dependence = e.cholesky == null ? "independent scenarios"
        : "Gaussian copula on " + (portfolio.dependenceTarget().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
            + " (Iman–Conover within 16,384-year blocks)";
    SimulationExplanation explanation = new SimulationExplanation(config.seed(), config.years(), years, config.model(),
        e.threads, config.mode(), config.convention(), levels, config.stopFraction(), e.stoppedEarly,
        totalMean > 0 ? full[n].halfWidth95() / totalMean : 0, dependence, inputs);
    return new LossExposure(portfolio.currency(), full[n], byId, contributions, explanation);
  }

  /**
   * A scenario's losses in the tail years: its co-tail sums of the buckets above the threshold's,
   * and of the threshold's bucket the share the portfolio tail takes of it.
   */
  private static double coTailSum(long[][] coTail, int s, LogHistogram.Tail tail) {
    int at = tail.bucket;
    int base = s * LogHistogram.SUB;
    double sum = 0;
    for (int e = 2047; e >= at >>> LogHistogram.SUB_BITS; e--) {
      long[] row = coTail[e];
      if (row == null) {
        continue;
      }
      double unit = LogHistogram.unit(e);
      int first = e == at >>> LogHistogram.SUB_BITS ? (at & (LogHistogram.SUB - 1)) + 1 : 0;
      for (int i = LogHistogram.SUB - 1; i >= first; i--) {
        sum += row[base + i] * unit;
      }
    }
    long[] row = coTail[at >>> LogHistogram.SUB_BITS];
    if (row != null) {
      sum += tail.bucketScale * row[base + (at & (LogHistogram.SUB - 1))] * LogHistogram.unit(at >>> LogHistogram.SUB_BITS);
    }
    return sum;
  }

  private static LossStatistics stats(FairSimulation config, long years, double[] sums, int s, double[] min,
      double[] max, double @Nullable [] sorted, @Nullable LogHistogram hist, long[] counts) {
    return new LossStatistics(years, sums[2 * s], sums[2 * s + 1], min[s], max[s], sorted,
        sorted == null ? hist : null, config.convention(), counts);
  }
}

package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.risk.fair.LossPortfolio;
import io.github.ctokit.core.risk.fair.ScenarioId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
      hist[s] = new LogHistogram();
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
    double[][] tail = new double[n + 1][tailLevels.length];
    double[][] contribution = new double[n][tailLevels.length];
    double @org.jspecify.annotations.Nullable [][] sorted = null;
    // first statistics without tail figures, to read the thresholds
    LossStatistics[] plain = new LossStatistics[n + 1];
    if (exact) {
      double[] totals = e.totalArray;
      double[][] arrays = e.scenarioArrays;
      if (totals == null || arrays == null) {
        throw new IllegalStateException("exact arrays missing");
      }
      sorted = new double[n + 1][];
      for (int s = 0; s <= n; s++) {
        double[] copy = (s < n ? arrays[s] : totals).clone();
        Arrays.sort(copy);
        sorted[s] = copy;
        plain[s] = stats(config, years, sums, s, min, max, copy, null, Map.of(), counts[s]);
      }
      for (int q = 0; q < tailLevels.length; q++) {
        double thr = plain[n].valueAtRisk(tailLevels[q]);
        double sum = 0;
        long count = 0;
        double[] c = new double[n];
        for (int y = 0; y < totals.length; y++) {
          if (totals[y] >= thr) {
            sum += totals[y];
            count++;
            for (int s = 0; s < n; s++) {
              c[s] += arrays[s][y];
            }
          }
        }
        tail[n][q] = sum / count;
        for (int s = 0; s < n; s++) {
          contribution[s][q] = c[s] / count;
          tail[s][q] = plain[s].expectedShortfall(tailLevels[q]);
        }
      }
    } else {
      for (int s = 0; s <= n; s++) {
        plain[s] = stats(config, years, sums, s, min, max, null, hist[s], Map.of(), counts[s]);
      }
      if (tailLevels.length > 0) {
        double[] thr = new double[tailLevels.length];
        double[][] own = new double[n][tailLevels.length];
        for (int q = 0; q < tailLevels.length; q++) {
          thr[q] = plain[n].valueAtRisk(tailLevels[q]);
          for (int s = 0; s < n; s++) {
            own[s][q] = plain[s].valueAtRisk(tailLevels[q]);
          }
        }
        e.tailPass(thr, own);
        double[] t = e.combinedTail();
        int width = 2 + 3 * n;
        for (int q = 0; q < tailLevels.length; q++) {
          int o = q * width;
          double count = t[o + 1];
          tail[n][q] = count > 0 ? t[o] / count : thr[q];
          for (int s = 0; s < n; s++) {
            contribution[s][q] = count > 0 ? t[o + 2 + s] / count : 0;
            double ownCount = t[o + 2 + 2 * n + s];
            tail[s][q] = ownCount > 0 ? t[o + 2 + n + s] / ownCount : own[s][q];
          }
        }
      }
    }
    LossStatistics[] full = new LossStatistics[n + 1];
    for (int s = 0; s <= n; s++) {
      Map<Double, Double> es = new LinkedHashMap<>();
      for (int q = 0; q < tailLevels.length; q++) {
        es.put(tailLevels[q], tail[s][q]);
      }
      full[s] = stats(config, years, sums, s, min, max, sorted == null ? null : sorted[s], hist[s], es, counts[s]);
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

  private static LossStatistics stats(FairSimulation config, long years, double[] sums, int s, double[] min,
      double[] max, double @org.jspecify.annotations.Nullable [] sorted, @org.jspecify.annotations.Nullable LogHistogram hist, Map<Double, Double> es,
      long[] counts) {
    return new LossStatistics(years, sums[2 * s], sums[2 * s + 1], min[s], max[s], sorted,
        sorted == null ? hist : null, config.convention(), es, counts);
  }
}

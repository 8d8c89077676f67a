package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.risk.fair.DependenceTarget;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossScenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.jspecify.annotations.Nullable;

/**
 * The simulation core. Years are split into blocks of {@link #BLOCK}; the random numbers of a
 * scenario in a block come from two streams (frequency, magnitude) keyed by (seed, scenario id,
 * block), never by the thread, and every floating-point sum is formed per block and combined in
 * block order, so results are bit-identical for any thread count.
 *
 * <p>Cost is per event, not per year: under POISSON (and PER_EVENT, for threat events) events
 * are a Poisson process, one exponential gap per event; under BERNOULLI the gap to the next year
 * with an event is geometric, from one exponential. DRAWN_RATE_POISSON draws a rate every year,
 * so it costs per year.
 */
final class Engine {

  static final int BLOCK = 16_384;
  static final int ROUND_BLOCKS = 4;
  /** From this Poisson rate up, a block's events are placed by counting instead of by gaps. */
  static final double DENSE_RATE = 0.125;

  final Compiled[] scenarios;
  final long seed;
  final long maxYears;
  final int threads;
  final boolean exact;
  final double stopFraction;
  final double[] tailLevels;
  final double @Nullable [][] cholesky;
  final DependenceTarget target;
  final int n;
  final int partialWidth;
  /** Whether some scenario is subtracted (paired difference runs; no copula, no tail pass). */
  final boolean signed;

  // results
  long years;
  int blocksUsed;
  double[][] partial = new double[0][];
  double[][] tailPartial = new double[0][];
  final List<Worker> workers = new ArrayList<>();
  double @Nullable [] totalArray;
  double @Nullable [][] scenarioArrays;
  double[] thresholds = new double[0];
  double[][] scenarioThresholds = new double[0][];
  boolean stoppedEarly;

  Engine(Compiled[] scenarios, long seed, long maxYears, int threads, boolean exact, double stopFraction,
      double[] tailLevels, double @Nullable [][] cholesky, DependenceTarget target) {
    this.scenarios = scenarios;
    this.seed = seed;
    this.maxYears = maxYears;
    this.threads = threads;
    this.exact = exact;
    this.stopFraction = stopFraction;
    this.tailLevels = tailLevels;
    this.cholesky = cholesky;
    this.target = target;
    this.n = scenarios.length;
    this.partialWidth = 2 * (n + 1);
    boolean anyNegative = false;
    for (Compiled c : scenarios) {
      anyNegative |= c.sign < 0;
    }
    this.signed = anyNegative;
  }

  /** Pass 1: statistics; returns when the years are done or the stopping rule holds. */
  void run() {
    int maxBlocks = (int) ((maxYears + BLOCK - 1) / BLOCK);
    partial = new double[maxBlocks][];
    if (exact) {
      totalArray = new double[(int) maxYears];
      scenarioArrays = new double[n][(int) maxYears];
    }
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, Engine::daemon) : null;
    try {
      for (int i = 0; i < Math.max(1, threads); i++) {
        workers.add(new Worker());
      }
      int done = 0;
      int round = Double.isNaN(stopFraction) ? maxBlocks : ROUND_BLOCKS;
      while (done < maxBlocks) {
        int to = Math.min(maxBlocks, done + round);
        runBlocks(pool, done, to, false);
        done = to;
        if (!Double.isNaN(stopFraction) && done < maxBlocks && converged(done)) {
          stoppedEarly = true;
          break;
        }
      }
      blocksUsed = done;
      years = Math.min(maxYears, (long) done * BLOCK);
      double[][] arrays = scenarioArrays;
      double[] total = totalArray;
      if (exact && years < maxYears && arrays != null && total != null) {
        totalArray = Arrays.copyOf(total, (int) years);
        for (int s = 0; s < n; s++) {
          arrays[s] = Arrays.copyOf(arrays[s], (int) years);
        }
      }
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  /** Pass 2 (streaming mode): tail sums for the given portfolio and scenario thresholds. */
  void tailPass(double[] totalThresholds, double[][] perScenario) {
    this.thresholds = totalThresholds;
    this.scenarioThresholds = perScenario;
    tailPartial = new double[blocksUsed][];
    ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, Engine::daemon) : null;
    try {
      runBlocks(pool, 0, blocksUsed, true);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "ctokit-fair");
    t.setDaemon(true);
    return t;
  }

  private void runBlocks(@Nullable ExecutorService pool, int from, int to, boolean tail) {
    if (pool == null) {
      Worker w = workers.get(0);
      for (int b = from; b < to; b++) {
        w.block(b, tail);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger(from);
    List<Future<?>> futures = new ArrayList<>();
    for (Worker w : workers) {
      futures.add(pool.submit(() -> {
        int b;
        while ((b = next.getAndIncrement()) < to) {
          w.block(b, tail);
        }
      }));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("simulation interrupted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException) {
          throw (RuntimeException) cause;
        }
        throw new IllegalStateException("simulation failed", cause);
      }
    }
  }

  private boolean converged(int blocks) {
    double sum = 0;
    double sq = 0;
    long count = Math.min(maxYears, (long) blocks * BLOCK);
    for (int b = 0; b < blocks; b++) {
      sum += partial[b][2 * n];
      sq += partial[b][2 * n + 1];
    }
    double mean = sum / count;
    double var = Math.max(0, (sq - count * mean * mean) / Math.max(1, count - 1));
    double halfWidth = 1.959963984540054 * Math.sqrt(var / count);
    return halfWidth <= stopFraction * mean || mean == 0;
  }

  /** Sums over blocks in block order: for each scenario then the total, sum and sum of squares. */
  double[] combinedSums() {
    double[] out = new double[partialWidth];
    for (int b = 0; b < blocksUsed; b++) {
      for (int i = 0; i < partialWidth; i++) {
        out[i] += partial[b][i];
      }
    }
    return out;
  }

  int tailWidth() {
    return tailLevels.length * (2 + 3 * n);
  }

  double[] combinedTail() {
    double[] out = new double[tailWidth()];
    for (int b = 0; b < blocksUsed; b++) {
      for (int i = 0; i < out.length; i++) {
        out[i] += tailPartial[b][i];
      }
    }
    return out;
  }

  /** Per-thread state: streams, bound samplers, scratch, and integer statistics (merged exactly). */
  final class Worker {
    final Stream freq = new Stream();
    final Stream mag = new Stream();
    final Stream copula = new Stream();
    final ZigguratSampler.Exponential expo = ZigguratSampler.Exponential.of(freq);
    final ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(copula);
    final Bound[] bound = new Bound[n];
    final LogHistogram[] hist = new LogHistogram[n];
    final LogHistogram totalHist = new LogHistogram();
    final long[][] counts = new long[n + 1][];
    final double[] min = new double[n + 1];
    final double[] max = new double[n + 1];
    final double[] blockTotal = new double[BLOCK];
    final int[] blockEvents = new int[BLOCK];
    final int[] yearCount = new int[BLOCK];
    final int[] touched = new int[BLOCK];
    int touchedCount;
    double currentSign = 1;
    final int[] segment = new int[n + 1];
    int[] pos;
    int[] count;
    double[] loss;
    int size;

    Worker() {
      // expected entries of a block: every scenario's expected years with an event, plus room
      double expected = BLOCK;
      for (Compiled c : scenarios) {
        expected += BLOCK * Math.min(1, c.rate);
      }
      int capacity = (int) Math.min(1 << 22, (long) (expected * 1.1) + 1024); // grows when needed
      pos = new int[capacity];
      count = new int[capacity];
      loss = new double[capacity];
      for (int s = 0; s < n; s++) {
        bound[s] = new Bound(scenarios[s], freq, mag);
        hist[s] = new LogHistogram();
      }
      for (int i = 0; i <= n; i++) {
        counts[i] = new long[8];
      }
      Arrays.fill(min, Double.POSITIVE_INFINITY);
      Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    void block(int b, boolean tail) {
      long start = (long) b * BLOCK;
      int len = (int) Math.min(BLOCK, maxYears - start);
      if (!tail && cholesky == null) {
        fusedBlock(b, start, len);
        return;
      }
      size = 0;
      for (int s = 0; s < n; s++) {
        segment[s] = size;
        freq.reseed(Stream.key(seed, scenarios[s].key, b, 1));
        frequencies(s, len);
      }
      segment[n] = size;
      if (cholesky != null && target == DependenceTarget.FREQUENCY) {
        reorder(b, len, true);
      }
      for (int s = 0; s < n; s++) {
        mag.reseed(Stream.key(seed, scenarios[s].key, b, 2));
        Bound bs = bound[s];
        for (int i = segment[s]; i < segment[s + 1]; i++) {
          loss[i] = bs.yearLoss(count[i]);
        }
      }
      if (cholesky != null && target == DependenceTarget.ANNUAL_LOSS) {
        reorder(b, len, false);
      }
      Arrays.fill(blockTotal, 0, len, 0);
      Arrays.fill(blockEvents, 0, len, 0);
      touchedCount = 0;
      accumulate();
      if (tail) {
        tail(b, len);
      } else {
        statistics(b, start, len);
      }
    }

    /**
     * Pass 1 without a copula: one scenario at a time, so that its scratch entries and its histogram
     * stay in cache; the same draws, sums and order as the general path.
     */
    private void fusedBlock(int b, long start, int len) {
      double[] part = new double[partialWidth];
      Arrays.fill(blockTotal, 0, len, 0);
      Arrays.fill(blockEvents, 0, len, 0);
      touchedCount = 0;
      for (int s = 0; s < n; s++) {
        size = 0;
        freq.reseed(Stream.key(seed, scenarios[s].key, b, 1));
        frequencies(s, len);
        mag.reseed(Stream.key(seed, scenarios[s].key, b, 2));
        Bound bs = bound[s];
        for (int i = 0; i < size; i++) {
          loss[i] = bs.yearLoss(count[i]);
        }
        segment[s] = 0;
        segment[s + 1] = size;
        scenarioStatistics(s, start, len, part);
        currentSign = scenarios[s].sign;
        accumulate();
      }
      totalStatistics(b, start, len, part);
    }

    private void statistics(int b, long start, int len) {
      double[] part = new double[partialWidth];
      for (int s = 0; s < n; s++) {
        scenarioStatistics(s, start, len, part);
      }
      totalStatistics(b, start, len, part);
    }

    private void scenarioStatistics(int s, long start, int len, double[] part) {
      {
        LogHistogram h = hist[s];
        double sum = 0;
        double sq = 0;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int from = segment[s];
        int to = segment[s + 1];
        long[] c = counts[s];
        for (int i = from; i < to; i++) {
          double x = loss[i];
          h.add(x);
          sum += x;
          sq += x * x;
          if (x < lo) {
            lo = x;
          }
          if (x > hi) {
            hi = x;
          }
          int k = count[i];
          if (k >= c.length) {
            countYear(s, k);
            c = counts[s];
          } else {
            c[k]++;
          }
        }
        int empty = len - (to - from);
        if (empty > 0) {
          h.addZeros(empty);
          counts[s][0] += empty;
          lo = 0;
          hi = Math.max(hi, 0);
        }
        part[2 * s] = sum;
        part[2 * s + 1] = sq;
        min[s] = Math.min(min[s], lo);
        max[s] = Math.max(max[s], hi);
        if (scenarioArrays != null) {
          double[] arr = scenarioArrays[s];
          for (int i = from; i < to; i++) {
            arr[(int) start + pos[i]] = loss[i];
          }
        }
      }
    }

    /** Adds the current entries to the block's per-year totals, noting each year touched first. */
    private void accumulate() {
      int nt = touchedCount;
      // +1, except for the subtracted side of a paired difference run (fused path: one scenario)
      double sign = signed ? currentSign : 1;
      for (int i = 0; i < size; i++) {
        int y = pos[i];
        if (blockEvents[y] == 0) {
          touched[nt++] = y;
        }
        blockTotal[y] += sign * loss[i];
        blockEvents[y] += count[i];
      }
      touchedCount = nt;
    }

    /** Portfolio statistics of the block: the years with an event one by one, the others in bulk. */
    private void totalStatistics(int b, long start, int len, double[] part) {
      double sum = 0;
      double sq = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      int empty = len - touchedCount;
      if (empty > 0) {
        totalHist.addZeros(empty);
        counts[n][0] += empty;
        lo = 0;
        hi = 0;
      }
      for (int j = 0; j < touchedCount; j++) {
        int y = touched[j];
        double t = blockTotal[y];
        totalHist.add(t);
        sum += t;
        sq += t * t;
        if (t < lo) {
          lo = t;
        }
        if (t > hi) {
          hi = t;
        }
        countYear(n, blockEvents[y]);
      }
      if (totalArray != null) {
        System.arraycopy(blockTotal, 0, totalArray, (int) start, len);
      }
      part[2 * n] = sum;
      part[2 * n + 1] = sq;
      min[n] = Math.min(min[n], lo);
      max[n] = Math.max(max[n], hi);
      partial[b] = part;
    }

    private void countYear(int s, int k) {
      long[] c = counts[s];
      if (k >= c.length) {
        c = Arrays.copyOf(c, Math.max(k + 1, c.length * 2));
        counts[s] = c;
      }
      c[k]++;
    }

    /**
     * Tail sums: per level, [total sum, total count, n contribution sums, n own-tail sums, n
     * own-tail counts]. Levels are ascending, so are the thresholds: each year is classified once
     * by the number of levels whose threshold it reaches.
     */
    private void tail(int b, int len) {
      int width = 2 + 3 * n;
      int levels = tailLevels.length;
      double[] part = new double[tailWidth()];
      int[] met = yearCount; // reused scratch, zero outside this method
      for (int y = 0; y < len; y++) {
        double t = blockTotal[y];
        int m = 0;
        while (m < levels && t >= thresholds[m]) {
          part[m * width] += t;
          part[m * width + 1]++;
          m++;
        }
        met[y] = m;
      }
      double[] contribution = new double[levels];
      double[] ownSum = new double[levels];
      double[] ownCount = new double[levels];
      for (int s = 0; s < n; s++) {
        Arrays.fill(contribution, 0);
        Arrays.fill(ownSum, 0);
        Arrays.fill(ownCount, 0);
        double[] own = scenarioThresholds[s];
        double lowest = own[0];
        int from = segment[s];
        int to = segment[s + 1];
        for (int i = from; i < to; i++) {
          double x = loss[i];
          int m = met[pos[i]];
          for (int q = 0; q < m; q++) {
            contribution[q] += x;
          }
          if (x >= lowest) {
            for (int q = 0; q < levels && x >= own[q]; q++) {
              ownSum[q] += x;
              ownCount[q]++;
            }
          }
        }
        int empty = len - (to - from);
        for (int q = 0; q < levels; q++) {
          if (own[q] <= 0) {
            ownCount[q] += empty; // zero-loss years are in the scenario's own tail when its VaR is 0
          }
          int o = q * width;
          part[o + 2 + s] = contribution[q];
          part[o + 2 + n + s] = ownSum[q];
          part[o + 2 + 2 * n + s] = ownCount[q];
        }
      }
      Arrays.fill(met, 0, len, 0);
      tailPartial[b] = part;
    }

    /** Makes room for {@code more} entries. */
    private void reserve(int more) {
      if (size + more > pos.length) {
        int cap = Math.max(size + more, pos.length * 2);
        pos = Arrays.copyOf(pos, cap);
        count = Arrays.copyOf(count, cap);
        loss = Arrays.copyOf(loss, cap);
      }
    }

    private void append(int p, int k) {
      if (size == pos.length) {
        int cap = size * 2;
        pos = Arrays.copyOf(pos, cap);
        count = Arrays.copyOf(count, cap);
        loss = Arrays.copyOf(loss, cap);
      }
      pos[size] = p;
      count[size] = k;
      size++;
    }

    /** Appends the scenario's years with at least one loss event, in increasing year order. */
    private void frequencies(int s, int len) {
      Compiled c = scenarios[s];
      Bound bs = bound[s];
      switch (c.model) {
        case POISSON: {
          // A Poisson process of rate λ a year: exponential gaps between events, so each year's
          // count is Poisson(λ) and independent; cost per event, not per year.
          double rate = c.rate;
          if (!(rate > 0)) {
            return;
          }
          if (rate >= DENSE_RATE) {
            // Dense: the block's total count is Poisson(λ·len), each event placed in a uniform year;
            // then one branch-free scan of the years. Same law, cheaper when most years have events.
            int total = bs.poisson(rate * len);
            int[] years = yearCount;
            for (int i = 0; i < total; i++) {
              years[freq.nextInt(len)]++;
            }
            reserve(len);
            int[] p = pos;
            int[] ks = count;
            int sz = size;
            for (int y = 0; y < len; y++) {
              int k = years[y];
              p[sz] = y;
              ks[sz] = k;
              sz += (k | -k) >>> 31;
              years[y] = 0;
            }
            size = sz;
            return;
          }
          double inverse = 1 / rate;
          double t = expo.sample() * inverse;
          while (t < len) {
            int y = (int) t;
            int k = 0;
            do {
              k++;
              t += expo.sample() * inverse;
            } while (t < y + 1);
            append(y, k);
          }
          return;
        }
        case BERNOULLI: {
          double rate = c.rate;
          if (!(rate > 0)) {
            return;
          }
          double q = -Math.log1p(-Math.min(rate, 1)); // −ln P(no event in a year)
          for (long y = gap(q); y < len; y += 1 + gap(q)) {
            append((int) y, 1);
          }
          return;
        }
        case DRAWN_RATE_POISSON: {
          for (int y = 0; y < len; y++) {
            int k = bs.poisson(bs.drawRate());
            if (k > 0) {
              append(y, k);
            }
          }
          return;
        }
        case PER_EVENT: {
          // threat events as a Poisson process at the mean TEF; each one tested against susceptibility
          double rate = c.rate;
          if (!(rate > 0)) {
            return;
          }
          double inverse = 1 / rate;
          double t = expo.sample() * inverse;
          while (t < len) {
            int y = (int) t;
            int losses = 0;
            do {
              if (bs.threatSucceeds()) {
                losses++;
              }
              t += expo.sample() * inverse;
            } while (t < y + 1);
            if (losses > 0) {
              append(y, losses);
            }
          }
          return;
        }
        default:
          throw new AssertionError(c.model);
      }
    }

    /** Years without an event before the next: geometric with P(no event) = e^−q, from one exponential. */
    private long gap(double q) {
      if (q == Double.POSITIVE_INFINITY) {
        return 0;
      }
      double g = expo.sample() / q;
      return g >= BLOCK ? BLOCK : (long) g;
    }

    /**
     * Gaussian copula within the block: every scenario's dense column (counts or annual losses) is
     * reordered so that its ranks follow correlated normal scores (Iman–Conover); marginals unchanged.
     */
    private void reorder(int b, int len, boolean counts) {
      double[][] l = cholesky;
      if (l == null) {
        return;
      }
      copula.reseed(Stream.key(seed, 0x636f70756c61L, b, 3));
      double[][] z = new double[n][len];
      double[] e = new double[n];
      for (int y = 0; y < len; y++) {
        for (int i = 0; i < n; i++) {
          e[i] = gauss.sample();
        }
        for (int i = 0; i < n; i++) {
          double v = 0;
          for (int k = 0; k <= i; k++) {
            v += l[i][k] * e[k];
          }
          z[i][y] = v;
        }
      }
      int[] newPos = new int[size];
      int[] newCount = new int[size];
      double[] newLoss = new double[size];
      int cursor = 0;
      int[] newSegment = new int[n + 1];
      double[] values = new double[len];
      int[] ks = new int[len];
      long[] byValue = new long[len];
      long[] byScore = new long[len];
      double[] placedValue = new double[len];
      int[] placedCount = new int[len];
      for (int s = 0; s < n; s++) {
        newSegment[s] = cursor;
        Arrays.fill(values, 0);
        Arrays.fill(ks, 0);
        for (int i = segment[s]; i < segment[s + 1]; i++) {
          values[pos[i]] = counts ? count[i] : loss[i];
          ks[pos[i]] = count[i];
        }
        // Primitive sorts of (key, year) pairs packed in longs: the key is the value or score as a
        // float (order-preserving bits), the year breaks ties; the r-th smallest score gets the
        // r-th smallest value. A permutation of the column, so the marginal is unchanged.
        double[] zs = z[s];
        for (int y = 0; y < len; y++) {
          byValue[y] = ((long) Float.floatToIntBits((float) values[y]) << 32) | y;
          byScore[y] = ((long) sortable((float) zs[y]) << 32) | y;
        }
        Arrays.sort(byValue);
        Arrays.sort(byScore);
        for (int r = 0; r < len; r++) {
          int target = (int) byScore[r];
          int source = (int) byValue[r];
          placedValue[target] = values[source];
          placedCount[target] = ks[source];
        }
        for (int y = 0; y < len; y++) {
          if (placedCount[y] > 0) {
            newPos[cursor] = y;
            newCount[cursor] = placedCount[y];
            newLoss[cursor] = counts ? 0 : placedValue[y];
            cursor++;
          }
        }
      }
      newSegment[n] = cursor;
      System.arraycopy(newPos, 0, pos, 0, cursor);
      System.arraycopy(newCount, 0, count, 0, cursor);
      System.arraycopy(newLoss, 0, loss, 0, cursor);
      System.arraycopy(newSegment, 0, segment, 0, n + 1);
      size = cursor;
    }
  }

  /** Float bits mapped so that signed integer order is numeric order (−0 before +0). */
  static int sortable(float f) {
    int bits = Float.floatToIntBits(f);
    return bits < 0 ? bits ^ 0x7fffffff : bits;
  }

  /** A scenario's samplers bound to a worker's frequency and magnitude streams. */
  static final class Bound {
    final Compiled c;
    final Stream freq;
    final Stream mag;
    final Draw[] primary;
    final @Nullable Draw secondary;
    final @Nullable Draw lef;
    final @Nullable Draw tef;
    final @Nullable Draw contact;
    final @Nullable Draw action;
    final @Nullable Draw susceptibility;
    final @Nullable Draw capability;
    final @Nullable Draw resistance;
    /** The one primary draw when there is no secondary loss and no cap. */
    final @Nullable Draw simple;

    Bound(Compiled c, Stream freq, Stream mag) {
      this.c = c;
      this.freq = freq;
      this.mag = mag;
      LossScenario s = c.scenario;
      primary = new Draw[c.primary.size()];
      for (int i = 0; i < primary.length; i++) {
        primary[i] = Draw.of(c.primary.get(i), mag);
      }
      secondary = s.secondaryLoss().map(d -> Draw.of(d, mag)).orElse(null);
      lef = draw(s.lossEventFrequency().orElse(null));
      tef = draw(s.threatEventFrequency().orElse(null));
      contact = draw(s.contactFrequency().orElse(null));
      action = draw(s.probabilityOfAction().orElse(null));
      susceptibility = draw(s.susceptibility().orElse(null));
      capability = draw(s.threatCapability().orElse(null));
      resistance = draw(s.resistanceStrength().orElse(null));
      simple = primary.length == 1 && secondary == null && c.eventCap == Double.POSITIVE_INFINITY
          && c.yearCap == Double.POSITIVE_INFINITY ? primary[0] : null;
    }

    private @Nullable Draw draw(@Nullable Distribution d) {
      return d == null ? null : Draw.of(d, freq);
    }

    /** A Poisson count at a rate drawn this year. */
    int poisson(double rate) {
      if (!(rate > 0)) {
        return 0;
      }
      if (rate >= 30) {
        return rate >= Integer.MAX_VALUE / 2.0 ? Integer.MAX_VALUE / 2 : PoissonSampler.of(freq, rate).sample();
      }
      double u = freq.nextDouble();
      double p = Math.exp(-rate);
      double cum = p;
      int k = 0;
      while (u > cum && k < 10_000) {
        k++;
        p *= rate / k;
        cum += p;
        if (p < 1e-300 && k > rate) {
          break;
        }
      }
      return k;
    }

    /** This year's loss event rate under DRAWN_RATE_POISSON. */
    double drawRate() {
      if (lef != null) {
        return Math.max(0, lef.next());
      }
      double threat = tef != null ? tef.next() : nz(contact) * nz(action);
      double susc = susceptibility != null ? susceptibility.next() : c.susceptibility;
      return Math.max(0, threat * susc);
    }

    private static double nz(@Nullable Draw d) {
      return d == null ? 0 : d.next();
    }

    /** Whether one threat event becomes a loss event (PER_EVENT). */
    boolean threatSucceeds() {
      if (capability != null && resistance != null) {
        return capability.next() > resistance.next();
      }
      double p = susceptibility != null ? susceptibility.next() : c.susceptibility;
      return freq.nextDouble() < p;
    }

    /** The scenario's loss in a year with k loss events: per-event cap, then per-year cap. */
    double yearLoss(int k) {
      if (simple != null) {
        double total = 0;
        for (int e = 0; e < k; e++) {
          total += simple.next();
        }
        return total;
      }
      double total = 0;
      double cap = c.eventCap;
      double p2 = c.secondaryProbability;
      Draw second = secondary;
      for (int e = 0; e < k; e++) {
        double x = 0;
        for (Draw d : primary) {
          x += d.next();
        }
        if (second != null && mag.nextDouble() < p2) {
          x += second.next();
        }
        total += Math.min(x, cap);
      }
      return Math.min(total, c.yearCap);
    }
  }
}

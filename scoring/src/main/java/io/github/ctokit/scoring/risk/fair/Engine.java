package io.github.ctokit.scoring.risk.fair;

import io.github.ctokit.core.risk.fair.DependenceTarget;
import io.github.ctokit.core.risk.fair.Distribution;
import io.github.ctokit.core.risk.fair.FrequencyModel;
import io.github.ctokit.core.risk.fair.LossScenario;
import io.github.ctokit.scoring.PercentileConvention;
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
 * block), never by the thread; every floating-point sum is formed per block and combined in block
 * order, and every other statistic (histogram counts and fixed-point sums, co-tail sums, event
 * counts) is an integer merged exactly, so results are bit-identical for any thread count.
 *
 * <p>Cost is per year with an event, not per year: under POISSON below {@link #DENSE_RATE} and
 * under BERNOULLI the gap to the next year with an event is geometric, from one exponential, and
 * POISSON then draws that year's count given at least one; from DENSE_RATE up, the block's events
 * are counted into years and the years scanned without branches. Under PER_EVENT threat events
 * are a Poisson process, one exponential gap per threat event. DRAWN_RATE_POISSON draws a rate
 * every year, so it costs per year.
 */
final class Engine {

  static final int BLOCK = 16_384;
  static final int ROUND_BLOCKS = 4;
  /**
   * From this Poisson rate up, a block's events are placed by counting instead of by gaps: a
   * branch-free scan of the years costs less than a gap and a count per year with an event
   * (measured crossover near 0.15).
   */
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
  /** Whether some scenario is subtracted (paired difference runs; no copula, no co-tail sums). */
  final boolean signed;

  /**
   * Whether pass 1 also sums each scenario's losses by the bucket of the year's portfolio total,
   * from which tail contributions follow in the same pass (streaming mode with tail levels).
   */
  final boolean recordCoTail;
  /**
   * One scenario, added (no copula, no exact arrays): the portfolio is that scenario, so its
   * statistics are the portfolio's and no per-year totals are formed.
   */
  final boolean single;
  /**
   * Twice as deep into the distribution as the lowest tail level (0.90 for 0.95): a worker's first
   * full block's quantile at this level is the lowest total bucket it records.
   */
  final double floorLevel;
  /** The lowest tail level (1 when there is none): its value at risk is the lowest bucket read. */
  final double lowestTailLevel;
  /**
   * The lowest total bucket every worker records, or −1 for each worker to take its own from its
   * first full block. Which floors the workers chose never shows in the results: only the
   * buckets from the value at risk's up are read, every floor at or below that bucket records
   * them all, and the integer sums do not depend on which worker added what. A floor above it
   * is caught by {@link #coTailCovers()} and answered by a re-run with 0 (record everything).
   */
  int coTailFloor = -1;

  // results
  long years;
  int blocksUsed;
  double[][] partial = new double[0][];
  final List<Worker> workers = new ArrayList<>();
  double @Nullable [] totalArray;
  double @Nullable [][] scenarioArrays;
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
    this.single = n == 1 && !anyNegative && !exact && cholesky == null;
    this.recordCoTail = tailLevels.length > 0 && !exact && !anyNegative && !single;
    double lowest = 1;
    for (double q : tailLevels) {
      lowest = Math.min(lowest, q);
    }
    this.lowestTailLevel = lowest;
    this.floorLevel = Math.max(0, 1 - 2 * (1 - lowest));
  }

  /**
   * Simulates until the years are done or the stopping rule holds. In the rare case that a worker
   * set its co-tail floor above the lowest tail level's value at risk, simulates again recording
   * every bucket: the same draws, so the same statistics, now with complete co-tail sums.
   */
  void run() {
    simulate();
    if (recordCoTail && !coTailCovers()) {
      workers.clear();
      coTailFloor = 0;
      simulate();
    }
  }

  /** Whether the recorded buckets include the lowest tail level's value-at-risk bucket. */
  boolean coTailCovers() {
    LogHistogram total = new LogHistogram(false);
    for (Worker w : workers) {
      total.merge(w.totalHist);
    }
    int bucket = total.bucketAtRank(PercentileConvention.nearestRank(years, lowestTailLevel));
    if (bucket < 0) {
      return true; // a zero value at risk needs no co-tail sums
    }
    for (Worker w : workers) {
      if (w.floor > bucket) {
        return false;
      }
    }
    return true;
  }

  private void simulate() {
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
        int to = Math.min(maxBlocks, (done / round + 1) * round);
        runBlocks(pool, done, to);
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

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "ctokit-fair");
    t.setDaemon(true);
    return t;
  }

  private void runBlocks(@Nullable ExecutorService pool, int from, int to) {
    if (pool == null) {
      Worker w = workers.get(0);
      for (int b = from; b < to; b++) {
        w.block(b);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger(from);
    List<Future<?>> futures = new ArrayList<>();
    for (Worker w : workers) {
      futures.add(pool.submit(() -> {
        int b;
        while ((b = next.getAndIncrement()) < to) {
          w.block(b);
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

  /**
   * The workers' co-tail sums added up (exact integers): for each exponent of the portfolio
   * total, each scenario's losses in fixed point by sub-bucket, at {@code s * SUB + sub}.
   */
  long[][] combinedCoTail() {
    long[][] out = new long[2048][];
    for (Worker w : workers) {
      for (int e = 0; e < 2048; e++) {
        long[] theirs = w.coTail[e];
        if (theirs == null) {
          continue;
        }
        long[] mine = out[e];
        if (mine == null) {
          out[e] = theirs.clone();
        } else {
          for (int i = 0; i < mine.length; i++) {
            mine[i] += theirs[i];
          }
        }
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
    /** The portfolio's histogram, with exact bucket sums; the scenario's own when {@link #single}. */
    final LogHistogram totalHist;
    final long[][] counts = new long[n + 1][];
    final double[] min = new double[n + 1];
    final double[] max = new double[n + 1];
    final double[] blockTotal = new double[BLOCK];
    final int[] blockEvents = new int[BLOCK];
    final int[] yearCount = new int[BLOCK];
    final int[] touched = new int[BLOCK];
    int touchedCount;
    /** Per year of the block: the total's recorded bucket or −1, and the fixed-point shift of its exponent. */
    final int[] yearBucket = new int[BLOCK];
    final int[] yearShift = new int[BLOCK];
    /** The lowest total bucket this worker records, −1 until its first full block sets it. */
    int floor = coTailFloor;
    /** Co-tail sums: per exponent of the year's total, {@code n × SUB} fixed-point sums. */
    final long[][] coTail = new long[2048][];
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
        hist[s] = new LogHistogram(single);
      }
      for (int i = 0; i <= n; i++) {
        counts[i] = new long[8];
      }
      Arrays.fill(min, Double.POSITIVE_INFINITY);
      Arrays.fill(max, Double.NEGATIVE_INFINITY);
      totalHist = single ? hist[0] : new LogHistogram(true);
    }

    /**
     * Simulates one block: every scenario's years with an event and their losses (kept for the
     * whole block, one segment per scenario), its statistics, the portfolio totals, and the
     * co-tail sums of the years whose total reaches the recorded buckets.
     */
    void block(int b) {
      long start = (long) b * BLOCK;
      int len = (int) Math.min(BLOCK, maxYears - start);
      double[] part = new double[partialWidth];
      size = 0;
      if (!single) {
        Arrays.fill(blockTotal, 0, len, 0);
        Arrays.fill(blockEvents, 0, len, 0);
      }
      if (cholesky == null) {
        // one scenario at a time, so that its entries and its histogram stay in cache; the
        // entries of earlier scenarios stay for the co-tail sums
        for (int s = 0; s < n; s++) {
          segment[s] = size;
          freq.reseed(Stream.key(seed, scenarios[s].key, b, 1));
          frequencies(s, len);
          segment[s + 1] = size;
          losses(s, b);
          scenarioPass(s, start, len, part);
        }
      } else {
        for (int s = 0; s < n; s++) {
          segment[s] = size;
          freq.reseed(Stream.key(seed, scenarios[s].key, b, 1));
          frequencies(s, len);
        }
        segment[n] = size;
        if (target == DependenceTarget.FREQUENCY) {
          reorder(b, len, true);
        }
        for (int s = 0; s < n; s++) {
          losses(s, b);
        }
        if (target == DependenceTarget.ANNUAL_LOSS) {
          reorder(b, len, false);
        }
        for (int s = 0; s < n; s++) {
          scenarioPass(s, start, len, part);
        }
      }
      if (single) {
        part[2 * n] = part[0];
        part[2 * n + 1] = part[1];
        partial[b] = part;
        return;
      }
      totalStatistics(b, start, len, part);
      if (recordCoTail) {
        if (floor < 0 && len == BLOCK) {
          // the worker's first full block: its histogram holds this block's totals only
          floor = Math.max(0, totalHist.bucketAtRank(PercentileConvention.nearestRank(len, floorLevel)));
        }
        recordCoTail(Math.max(floor, 0)); // a short block before a full one records everything
      }
    }

    /** Draws the loss of each of the scenario's years with an event. */
    private void losses(int s, int b) {
      mag.reseed(Stream.key(seed, scenarios[s].key, b, 2));
      Bound bs = bound[s];
      for (int i = segment[s]; i < segment[s + 1]; i++) {
        loss[i] = bs.yearLoss(count[i]);
      }
    }

    /**
     * One pass over the scenario's years with an event, their losses drawn: adds each to the
     * scenario's statistics, and it and its event count to the block's per-year totals. (Drawing
     * in a loop of its own, {@link #losses}, lets the compiler keep that loop tight: measurably
     * faster than one fused loop.)
     */
    private void scenarioPass(int s, long start, int len, double[] part) {
      LogHistogram h = hist[s];
      // +1, except for the subtracted side of a paired difference run
      double sign = signed ? scenarios[s].sign : 1;
      double sum = 0;
      double sq = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      int from = segment[s];
      int to = segment[s + 1];
      long[] c = counts[s];
      boolean accumulate = !single;
      for (int i = from; i < to; i++) {
        int k = count[i];
        double x = loss[i];
        h.add(x);
        sum += x;
        sq += x * x;
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
        if (k >= c.length) {
          countYear(s, k);
          c = counts[s];
        } else {
          c[k]++;
        }
        if (accumulate) {
          int y = pos[i];
          blockTotal[y] += sign * x;
          blockEvents[y] += k;
        }
      }
      h.addCounted(to - from);
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

    /** Portfolio statistics of the block: the years with an event one by one, the others in bulk. */
    private void totalStatistics(int b, long start, int len, double[] part) {
      // the years with an event, in order: a branch-free scan, cheaper than noting each on first touch
      int nt = 0;
      for (int y = 0; y < len; y++) {
        touched[nt] = y;
        nt += (blockEvents[y] | -blockEvents[y]) >>> 31;
      }
      touchedCount = nt;
      double sum = 0;
      double sq = 0;
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      totalHist.addCounted(touchedCount);
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
     * Adds each scenario's losses in the years whose total lies in a recorded bucket, in fixed
     * point relative to that bucket's exponent (a loss never exceeds its year's total, so each
     * term is below 2³² units and a sum over fewer than 2³¹ years cannot overflow).
     */
    private void recordCoTail(int floor) {
      for (int j = 0; j < touchedCount; j++) {
        int y = touched[j];
        double t = blockTotal[y];
        int bucket = t > 0 ? LogHistogram.bucketOf(t) : -1;
        if (bucket >= floor && bucket >= 0) {
          int e = bucket >>> LogHistogram.SUB_BITS;
          if (coTail[e] == null) {
            coTail[e] = new long[n * LogHistogram.SUB];
          }
          yearShift[y] = 1023 + LogHistogram.SUM_BITS - e;
        } else {
          bucket = -1;
        }
        yearBucket[y] = bucket;
      }
      for (int s = 0; s < n; s++) {
        int base = s * LogHistogram.SUB;
        for (int i = segment[s]; i < segment[s + 1]; i++) {
          int y = pos[i];
          int bucket = yearBucket[y];
          if (bucket >= 0) {
            long[] row = coTail[bucket >>> LogHistogram.SUB_BITS];
            if (row != null) {
              row[base + (bucket & (LogHistogram.SUB - 1))] += (long) (Math.scalb(loss[i], yearShift[y]) + 0.5);
            }
          }
        }
      }
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
          // Sparse: a year has no event with probability e^−λ, so the years without an event before
          // the next with one are geometric (one exponential), and that year's count is Poisson(λ)
          // given at least one (one uniform against a table). Cost per year with an event.
          double inverse = 1 / rate;
          double expected = len * -Math.expm1(-rate);
          reserve((int) Math.min(len, expected + 8 * Math.sqrt(expected) + 16));
          int[] p = pos;
          int[] ks = count;
          int sz = size;
          for (long y = gap(inverse); y < len; y += 1 + gap(inverse)) {
            if (sz == p.length) { // beyond eight standard deviations: practically never
              size = sz;
              reserve(1);
              p = pos;
              ks = count;
            }
            p[sz] = (int) y;
            ks[sz] = bs.countGivenAny();
            sz++;
          }
          size = sz;
          return;
        }
        case BERNOULLI: {
          double rate = c.rate;
          if (!(rate > 0)) {
            return;
          }
          double inverse = -1 / Math.log1p(-Math.min(rate, 1)); // 1 / −ln P(no event in a year)
          for (long y = gap(inverse); y < len; y += 1 + gap(inverse)) {
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

    /**
     * Years without an event before the next: geometric with P(no event) = e^−q, from one
     * exponential, given {@code 1/q} (0 when every year has an event).
     */
    private long gap(double inverseQ) {
      double g = expo.sample() * inverseQ;
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
    /** P(K ≤ k | K ≥ 1) for a Poisson(λ) count K, k = 1, 2, …; empty unless POISSON below DENSE_RATE. */
    final double[] countGivenAny;

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
      countGivenAny = c.model == FrequencyModel.POISSON && c.rate > 0 && c.rate < DENSE_RATE
          ? zeroTruncatedPoissonCdf(c.rate) : new double[0];
    }

    /**
     * The CDF of a Poisson(λ) count given at least one, from k = 1 until it reaches 1 in double
     * precision: the terms e^−λ λ^k / k! over 1 − e^−λ, the denominator by expm1 so that a small
     * λ keeps its precision.
     */
    static double[] zeroTruncatedPoissonCdf(double rate) {
      double any = -Math.expm1(-rate);
      double term = Math.exp(-rate) * rate / any; // k = 1
      double[] cdf = new double[8];
      double sum = 0;
      int k = 1;
      while (true) {
        sum += term;
        if (k > cdf.length) {
          cdf = Arrays.copyOf(cdf, cdf.length * 2);
        }
        cdf[k - 1] = sum;
        if (sum >= 1 || term < 0x1p-60) {
          cdf[k - 1] = 1;
          return Arrays.copyOf(cdf, k);
        }
        k++;
        term *= rate / k;
      }
    }

    /**
     * A Poisson count given at least one, by inversion of {@link #countGivenAny}: the first
     * comparisons without branches (which count would be a coin toss for the branch predictor),
     * a loop only past them.
     */
    int countGivenAny() {
      double u = freq.nextDouble();
      double[] cdf = countGivenAny;
      if (cdf.length < 4) {
        int k = 0;
        while (u >= cdf[k]) {
          k++;
        }
        return k + 1;
      }
      int k = 1 + (u >= cdf[0] ? 1 : 0) + (u >= cdf[1] ? 1 : 0) + (u >= cdf[2] ? 1 : 0);
      if (u >= cdf[3]) {
        k = 5;
        while (u >= cdf[k - 1]) {
          k++;
        }
      }
      return k;
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

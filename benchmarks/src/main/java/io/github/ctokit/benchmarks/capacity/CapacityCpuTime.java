package io.github.ctokit.benchmarks.capacity;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * A companion to {@link CapacityBenchmark} for shared, overloaded machines: it runs the same two
 * operations and reports, besides wall-clock time, the CPU time of the measuring thread
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}), which background load does not inflate the way
 * it inflates wall-clock time. JMH's numbers remain the reference on a quiet machine.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.ctokit.benchmarks.capacity.CapacityCpuTime
 * </pre>
 */
public final class CapacityCpuTime {

  private static volatile Object sink;

  private CapacityCpuTime() {}

  /**
   * Warms up, then prints the median and minimum wall and CPU time per operation.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    CapacityBenchmark state = new CapacityBenchmark();
    state.setUp();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (String op : new String[] {"effectiveCapacity10000x365", "allocate1000x200x13"}) {
      boolean allocate = op.startsWith("allocate");
      int warmup = allocate ? 5 : 20;
      int rounds = allocate ? 10 : 30;
      for (int i = 0; i < warmup; i++) {
        sink = allocate ? state.allocate1000x200x13() : state.effectiveCapacity10000x365();
      }
      double[] wall = new double[rounds];
      double[] cpu = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long c = mx.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        sink = allocate ? state.allocate1000x200x13() : state.effectiveCapacity10000x365();
        wall[i] = (System.nanoTime() - t) / 1e6;
        cpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf(Locale.ROOT, "%-28s wall median %8.1f ms (min %8.1f)   cpu median %8.1f ms (min %8.1f)%n", op,
          wall[rounds / 2], wall[0], cpu[rounds / 2], cpu[0]);
    }
  }
}

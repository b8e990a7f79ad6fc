package nl.dutchtechzone.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link PdfBenchmark}'s two renderings timed alternately in one JVM, for a machine whose load
 * drifts: JMH measures one benchmark after the other, so a burst of load on a shared machine
 * lands on one side of the ratio; here each round times both back to back (in alternating
 * order), and the ratio of each round's pair is reported as a median and quartiles. Besides the
 * wall time it reports the calling thread's CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime()}; both renderings run on the calling thread),
 * which other processes' load hardly moves.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * nl.dutchtechzone.benchmarks.PdfInterleaved [warm-up rounds] [rounds]} (defaults 10 and 30).
 */
public final class PdfInterleaved {

  private PdfInterleaved() {}

  /**
   * Times the rounds and prints the medians and the ratio.
   *
   * @param args the number of warm-up rounds and of measured rounds, optional
   * @throws IOException never; the streams discard
   */
  public static void main(String[] args) throws IOException {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    PdfBenchmark benchmark = new PdfBenchmark();
    benchmark.setUp();
    double[][] wall = new double[3][rounds];
    double[][] cpu = new double[3][rounds];
    for (int i = -warmUp; i < rounds; i++) {
      boolean dtzFirst = (i & 1) == 0;
      long[] a;
      long[] b;
      if (dtzFirst) {
        a = time(benchmark, true);
        b = time(benchmark, false);
      } else {
        b = time(benchmark, false);
        a = time(benchmark, true);
      }
      if (i >= 0) {
        wall[0][i] = a[0] / 1e6;
        wall[1][i] = b[0] / 1e6;
        wall[2][i] = (double) a[0] / b[0];
        cpu[0][i] = a[1] / 1e6;
        cpu[1][i] = b[1] / 1e6;
        cpu[2][i] = (double) a[1] / b[1];
      }
    }
    print("wall time", wall, rounds);
    print("CPU time ", cpu, rounds);
  }

  private static void print(String what, double[][] values, int rounds) {
    for (double[] v : values) {
      Arrays.sort(v);
    }
    System.out.printf(Locale.ROOT, "%s, %d rounds: dtzPdf median %.1f ms (min %.1f), "
            + "openhtmltopdf median %.1f ms (min %.1f); ratio per round: median %.3f, "
            + "quartiles %.3f-%.3f%n", what, rounds, values[0][rounds / 2], values[0][0],
        values[1][rounds / 2], values[1][0], values[2][rounds / 2], values[2][rounds / 4],
        values[2][rounds * 3 / 4]);
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long[] time(PdfBenchmark benchmark, boolean dtz) throws IOException {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long bytes = dtz ? benchmark.dtzPdf() : benchmark.openhtmltopdf();
    long elapsed = System.nanoTime() - start;
    cpu = THREADS.getCurrentThreadCpuTime() - cpu;
    if (bytes <= 0) {
      throw new IllegalStateException("nothing written");
    }
    return new long[] {elapsed, cpu};
  }
}

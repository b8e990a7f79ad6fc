package nl.dutchtechzone.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import nl.dutchtechzone.reporting.tracking.TrackingReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to track N actions against 5×N report items, at N = 1,000 and at 10×N = 10,000 (10,000
 * actions against 50,000 items): if tracking is linear, the second takes about ten times as long
 * as the first.
 *
 * <p>The forked JVM gets a fixed heap with a young generation larger than one operation's
 * garbage (about 90 MB at 10,000 actions), so that what is measured is the tracker rather than
 * how often the collector copies a half-built result. Allocation per operation ({@code -prof
 * gc}, {@code gc.alloc.rate.norm}) does not depend on the load of the machine and shows the
 * linearity even where timings are noisy.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TrackingBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-Xmn2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TrackingBenchmark {

  /** The number of actions; the report has five times as many items. */
  @Param({"1000", "10000"})
  public int actions;

  private TrackingInput input;

  /** Generates the input once per trial, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    input = SyntheticData.input(actions, 5 * actions);
  }

  /**
   * Tracks the plans against the report.
   *
   * @return the tracking report, so that the work is not optimised away
   */
  @Benchmark
  public TrackingReport track() {
    return Tracker.track(input);
  }
}

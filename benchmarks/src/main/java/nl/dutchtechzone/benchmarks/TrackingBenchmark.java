package nl.dutchtechzone.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.ReportItem;
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
 * actions against 50,000 items), and in a doubling series: if tracking is linear, the time grows
 * as the input does.
 *
 * <p>The tracker does a constant amount of work per action, per report item and per link (hash
 * lookups, one pass each) plus sorting its output lists; allocation per operation ({@code -prof
 * gc}, {@code gc.alloc.rate.norm}), which does not depend on the load of the machine or its
 * caches, grows exactly with the input. Time grows faster than that on this machine, because at
 * 1,000 actions the whole input stays in the processor's 2 MiB level-2 cache and at 10,000 it
 * does not: every lookup then waits for memory.
 *
 * <p>{@link #resolveLinksOnly()} is the experimental control for that: it does only what any
 * tracker of id-based links must do, looking every link's action id up in a hash table of the
 * actions, which is O(1) per link by any account. Its time grows from N to 10×N as much as the
 * tracker's does, or more; the tracker is linear if its ratio to the control stays flat or falls
 * as N grows. {@link #trackColdCaches(CacheEvictor)} tracks with the caches emptied before each
 * call, so that the small input no longer has the advantage of starting in cache.
 *
 * <p>The forked JVM gets a fixed heap with a young generation larger than one operation's
 * garbage (about 18 MB at 10,000 actions), so that what is measured is the tracker rather than
 * how often the collector copies a half-built result.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar TrackingBenchmark -prof gc}; the
 * settings used for the published numbers are in {@code benchmarks/run-all.sh}.
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

  /**
   * Tracks the plans against the report with the processor caches emptied before each call (by
   * {@link CacheEvictor}, outside the measurement), as for a one-off run on freshly read data.
   *
   * @param evictor the state that empties the caches before each call
   * @return the tracking report, so that the work is not optimised away
   */
  @Benchmark
  public TrackingReport trackColdCaches(CacheEvictor evictor) {
    return Tracker.track(input);
  }

  /**
   * The control: resolves each link's action id in a hash table of all actions, nothing else.
   *
   * @return the number of links resolved, so that the work is not optimised away
   */
  @Benchmark
  public int resolveLinksOnly() {
    Map<String, ActionPoint> byId = new HashMap<>();
    for (AnnualPlan plan : input.plans()) {
      for (ActionPoint action : plan.actions()) {
        byId.put(action.id(), action);
      }
    }
    int resolved = 0;
    for (AnnualReport report : input.reports()) {
      for (ReportItem item : report.items()) {
        for (String actionId : item.actionIds()) {
          if (byId.get(actionId) != null) {
            resolved++;
          }
        }
      }
    }
    return resolved;
  }

  /**
   * Writes one word in every cache line of a 256 MiB array before each invocation, which pushes
   * whatever the previous call left in the processor caches out to memory. Used by {@link
   * #trackColdCaches}, so that the small and the large input both start cold.
   */
  @State(Scope.Thread)
  public static class CacheEvictor {

    private static final int BYTES = 256 << 20;

    private final long[] sweep = new long[BYTES / Long.BYTES];

    /** Touches every cache line of the sweep array; runs outside the measured time. */
    @Setup(Level.Invocation)
    public void evict() {
      for (int i = 0; i < sweep.length; i += 8) {
        sweep[i]++;
      }
    }
  }
}

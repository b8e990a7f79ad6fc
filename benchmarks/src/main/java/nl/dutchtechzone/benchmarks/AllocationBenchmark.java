package nl.dutchtechzone.benchmarks;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.finance.allocation.AllocationKey;
import nl.dutchtechzone.finance.allocation.LargestRemainder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Sharing EUR 1,234,567.89 over 342 partners by their (SYNTHETIC, see {@link SyntheticFinance})
 * inhabitants: dtz-finance's {@link LargestRemainder} against, in the same run, the naive loop
 * that rounds each share to the cent on its own, and a hand-written exact largest-remainder loop
 * over {@code long}s.
 *
 * <p>The naive loop is fast and wrong: its parts do not add up to the total. For this key it
 * hands out {@value #NAIVE_DIFFERENCE_CENTS} cent(s) more or less than the total (the sign says
 * which); {@link #setUp()} checks that, and that dtz's parts add up exactly.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar AllocationBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AllocationBenchmark {

  /** The naive loop's parts minus the total, in cents, for this key (checked in setup). */
  public static final long NAIVE_DIFFERENCE_CENTS = -4;

  private static final Money TOTAL = Money.ofCents(123_456_789L);

  private AllocationKey key;
  private long[] weights;
  private long weightSum;
  private String[] ids;

  /** Builds the key and checks what the introduction claims. */
  @Setup(Level.Trial)
  public void setUp() {
    List<Partner> partners = SyntheticFinance.municipalities(SyntheticFinance.MUNICIPALITIES);
    weights = SyntheticFinance.inhabitants(SyntheticFinance.MUNICIPALITIES);
    ids = new String[partners.size()];
    Map<String, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < ids.length; i++) {
      ids[i] = partners.get(i).id();
      counts.put(ids[i], weights[i]);
      weightSum += weights[i];
    }
    key = AllocationKey.ofCounts(counts);

    long dtz = Money.sum(dtzLargestRemainder().values()).cents();
    long naive = Arrays.stream(naiveRoundEachShare()).sum();
    long exact = Arrays.stream(handWrittenLargestRemainder()).sum();
    if (dtz != TOTAL.cents() || exact != TOTAL.cents()) {
      throw new IllegalStateException("largest remainder must add up to " + TOTAL.cents()
          + ", got dtz " + dtz + ", hand-written " + exact);
    }
    if (naive - TOTAL.cents() != NAIVE_DIFFERENCE_CENTS) {
      throw new IllegalStateException("naive parts minus total: expected "
          + NAIVE_DIFFERENCE_CENTS + ", got " + (naive - TOTAL.cents()));
    }
  }

  /**
   * dtz-finance: exact largest-remainder parts, keyed by partner id.
   *
   * @return the parts
   */
  @Benchmark
  public Map<String, Money> dtzLargestRemainder() {
    return LargestRemainder.allocate(TOTAL, key);
  }

  /**
   * The baseline: each share rounded half-up to the cent on its own (loses or invents cents).
   *
   * @return the parts in cents, in partner order
   */
  @Benchmark
  public long[] naiveRoundEachShare() {
    long cents = TOTAL.cents();
    long[] parts = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      parts[i] = (cents * weights[i] + weightSum / 2) / weightSum;
    }
    return parts;
  }

  /**
   * A second reference: the same exact method as dtz, by hand over {@code long}s (whole cents
   * first, then the cents left over to the largest remainders, ties by id).
   *
   * @return the parts in cents, in partner order
   */
  @Benchmark
  public long[] handWrittenLargestRemainder() {
    long cents = TOTAL.cents();
    int n = weights.length;
    long[] parts = new long[n];
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long product = cents * weights[i];
      parts[i] = product / weightSum;
      remainders[i] = product % weightSum;
      given += parts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
        ? Long.compare(remainders[b], remainders[a]) : ids[a].compareTo(ids[b]));
    for (long k = 0, left = cents - given; k < left; k++) {
      parts[order[(int) k]]++;
    }
    return parts;
  }
}

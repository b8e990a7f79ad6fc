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
 * <p>Every benchmark reads every part it made (a checksum over the parts in partner order, so
 * that nothing can be skipped) and returns that: an allocation is made to be read, and dtz's
 * result makes each {@code Money} when it is read, so a benchmark that only made the map would
 * leave part of dtz's work out.
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

    Map<String, Money> dtzParts = LargestRemainder.allocate(TOTAL, key);
    long[] exactParts = handWrittenParts();
    long dtz = Money.sum(dtzParts.values()).cents();
    long naive = Arrays.stream(naiveParts()).sum();
    long exact = Arrays.stream(exactParts).sum();
    if (dtz != TOTAL.cents() || exact != TOTAL.cents()) {
      throw new IllegalStateException("largest remainder must add up to " + TOTAL.cents()
          + ", got dtz " + dtz + ", hand-written " + exact);
    }
    if (!Arrays.equals(dtzParts.values().stream().mapToLong(Money::cents).toArray(), exactParts)
        || dtzLargestRemainder() != handWrittenLargestRemainder()) {
      throw new IllegalStateException("dtz and the hand-written loop must give the same parts");
    }
    if (naive - TOTAL.cents() != NAIVE_DIFFERENCE_CENTS) {
      throw new IllegalStateException("naive parts minus total: expected "
          + NAIVE_DIFFERENCE_CENTS + ", got " + (naive - TOTAL.cents()));
    }
  }

  /**
   * dtz-finance: exact largest-remainder parts, keyed by partner id, each read once.
   *
   * @return the checksum of the parts
   */
  @Benchmark
  public long dtzLargestRemainder() {
    long checksum = 0;
    long position = 1;
    for (Money part : LargestRemainder.allocate(TOTAL, key).values()) {
      checksum += position++ * part.cents();
    }
    return checksum;
  }

  /**
   * The baseline: each share rounded half-up to the cent on its own (loses or invents cents),
   * each read once.
   *
   * @return the checksum of the parts
   */
  @Benchmark
  public long naiveRoundEachShare() {
    return checksum(naiveParts());
  }

  /**
   * A second reference: the same exact method as dtz, by hand over {@code long}s (whole cents
   * first, then the cents left over to the largest remainders, ties by id), each read once.
   *
   * @return the checksum of the parts
   */
  @Benchmark
  public long handWrittenLargestRemainder() {
    return checksum(handWrittenParts());
  }

  private static long checksum(long[] parts) {
    long checksum = 0;
    for (int i = 0; i < parts.length; i++) {
      checksum += (i + 1L) * parts[i];
    }
    return checksum;
  }

  private long[] naiveParts() {
    long cents = TOTAL.cents();
    long[] parts = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      parts[i] = (cents * weights[i] + weightSum / 2) / weightSum;
    }
    return parts;
  }

  private long[] handWrittenParts() {
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

package nl.dutchtechzone.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * A year's contributions of all 342 Dutch municipalities (SYNTHETIC municipalities and
 * inhabitant figures, see {@link SyntheticFinance}) at EUR 1.00 per inhabitant, by dtz-finance's
 * {@link ContributionCalculator} against two hand-written loops over {@code long} cents, in the
 * same run.
 *
 * <ul>
 *   <li>{@link #dtzCalculator()}: the library; a {@link ContributionStatement} of validated,
 *       immutable lines (partner, CBS code, reference date, inhabitants, rate, amount, figure
 *       status and source), sorted by partner id.
 *   <li>{@link #handWrittenLines()}: the same job by hand, the baseline the ratio is read
 *       against: look each payer's inhabitants up by CBS code, multiply by the rate in cents,
 *       keep a line (id, name, code, inhabitants, cents), sort by id, add up the total.
 *   <li>{@link #handWrittenArithmeticOnly()}: the floor, multiplications and a sum over arrays
 *       prepared outside the measurement; no lookup, no lines.
 * </ul>
 *
 * <p>Setup checks that the three give the same total.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ContributionBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ContributionBenchmark {

  private static final int YEAR = 2024;
  private static final long RATE_CENTS = 100L;

  private ContributionCalculator calculator;
  private List<Partner> payers;
  private Map<String, Long> inhabitantsByCode;
  private long[] inhabitants;

  /** A hand-written contribution line. */
  record Line(String partnerId, String name, String cbsCode, long inhabitants, long cents) {}

  /** Generates the synthetic municipalities and figures and checks the three agree. */
  @Setup(Level.Trial)
  public void setUp() {
    payers = SyntheticFinance.municipalities(SyntheticFinance.MUNICIPALITIES);
    inhabitants = SyntheticFinance.inhabitants(SyntheticFinance.MUNICIPALITIES);
    calculator = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        SyntheticFinance.register(payers, inhabitants, YEAR));
    inhabitantsByCode = new HashMap<>();
    for (int i = 0; i < payers.size(); i++) {
      inhabitantsByCode.put(payers.get(i).cbsCode().orElseThrow().value(), inhabitants[i]);
    }
    long dtz = dtzCalculator().total().cents();
    long lines = total(handWrittenLinesList());
    long arithmetic = arithmetic(new long[inhabitants.length]);
    if (dtz != lines || dtz != arithmetic) {
      throw new IllegalStateException("totals differ: dtz " + dtz + ", lines " + lines
          + ", arithmetic " + arithmetic);
    }
  }

  /**
   * dtz-finance: the contribution statement of the 342 payers.
   *
   * @return the statement
   */
  @Benchmark
  public ContributionStatement dtzCalculator() {
    return calculator.calculate("synthetic", YEAR, payers);
  }

  /**
   * The baseline: the same lines and total, by hand, in {@code long} cents.
   *
   * @param bh consumes the lines and the total
   */
  @Benchmark
  public void handWrittenLines(Blackhole bh) {
    List<Line> lines = handWrittenLinesList();
    bh.consume(lines);
    bh.consume(total(lines));
  }

  /**
   * The floor: inhabitants × rate in cents over a prepared array, and the sum.
   *
   * @return the total in cents
   */
  @Benchmark
  public long handWrittenArithmeticOnly() {
    return arithmetic(new long[inhabitants.length]);
  }

  private List<Line> handWrittenLinesList() {
    List<Line> lines = new ArrayList<>(payers.size());
    for (Partner p : payers) {
      String code = p.cbsCode().orElseThrow().value();
      Long n = inhabitantsByCode.get(code);
      if (n == null) {
        throw new IllegalStateException("no inhabitants for " + code);
      }
      lines.add(new Line(p.id(), p.name(), code, n, Math.multiplyExact(n, RATE_CENTS)));
    }
    lines.sort(Comparator.comparing(Line::partnerId));
    return lines;
  }

  private static long total(List<Line> lines) {
    long total = 0;
    for (Line l : lines) {
      total = Math.addExact(total, l.cents());
    }
    return total;
  }

  private long arithmetic(long[] cents) {
    long total = 0;
    for (int i = 0; i < inhabitants.length; i++) {
      cents[i] = inhabitants[i] * RATE_CENTS;
      total += cents[i];
    }
    return total;
  }
}

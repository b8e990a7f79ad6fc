package nl.dutchtechzone.benchmarks;

import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validator;
import nl.dutchtechzone.finance.validation.Validators;
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
 * Validating a programme year whose budget has 100,000 or 1,000,000 lines (SYNTHETIC, see
 * {@link SyntheticFinance#budget(int, boolean)}; all valid, every tenth amended) on one thread.
 *
 * <ul>
 *   <li>{@link #dtzProgrammeYear()}: {@link Validators#programmeYear()}, every rule F001 to
 *       F017 on the Dutch TechZone programme with that budget: the entry point for "validate a
 *       programme". The rules that read budget lines, here F001 (negative amounts), F009
 *       (planned spending above the means), F012 (scheme money) and F014 (unknown cost
 *       categories), share one pass over the lines per call; nothing is kept between calls, so
 *       every call walks all the lines again.
 *   <li>{@link #dtzBudget()}: {@link Validators#budget()}, the budget on its own (F001).
 *   <li>{@link #handWritten()}: the baseline, the same checks as the programme-year rules do on a
 *       valid budget, by hand in one pass: no negative planned or amended amount, every spending
 *       category known, in-scope spending within in-scope income, no in-scope line whose
 *       category or id is the subsidy scheme's (F012).
 * </ul>
 *
 * <p>Lines per second = lines / (ms per op) × 1000. Linear means that 10 times the lines take at
 * most 12 times as long. Measured from 1,000,000 to 10,000,000 lines, both far larger than the
 * processor caches, that holds with room to spare; from 100,000 lines, which still fit in this
 * machine's cache, to 1,000,000, which do not, the time grows faster, and the hand-written single
 * pass grows as much, so what changes there is the cost of reaching each line, not the work per
 * line. The fork has a fixed 8 GB heap (the 1,000,000-line budget takes 126 MB, so 10,000,000 lines about 1.3 GB).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValidationBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ValidationBenchmark {

  /** The number of budget lines. */
  @Param({"100000", "1000000", "10000000"})
  public int lines;

  private Budget budget;
  private ProgrammeYear year;
  private Set<String> categories;
  private Set<String> schemes;
  private final Validator<ProgrammeYear> programmeYear = Validators.programmeYear();
  private final Validator<Budget> budgetOnly = Validators.budget();

  /** Generates the budget and checks that it is valid. */
  @Setup(Level.Trial)
  public void setUp() {
    budget = SyntheticFinance.budget(lines, true);
    Programme programme = DutchTechZone.programme();
    year = ProgrammeYear.builder().programme(programme).year(2023).budget(budget).build();
    categories = programme.costCategories().stream().map(CostCategory::id)
        .collect(Collectors.toSet());
    schemes = programme.relatedProgrammes().stream()
        .filter(r -> r.kind() == RelationKind.SUBSIDY_SCHEME).map(RelatedProgramme::id)
        .collect(Collectors.toSet());
    if (schemes.isEmpty()) {
      throw new IllegalStateException("the programme must have a subsidy scheme for F012");
    }
    ValidationResult result = dtzProgrammeYear();
    if (!result.violations().isEmpty() || !handWritten()) {
      throw new IllegalStateException("the synthetic budget must be valid: " + result);
    }
  }

  /**
   * dtz-finance: every programme-year rule.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult dtzProgrammeYear() {
    return programmeYear.validate(year);
  }

  /**
   * dtz-finance: the budget rules on their own.
   *
   * @return the result
   */
  @Benchmark
  public ValidationResult dtzBudget() {
    return budgetOnly.validate(budget);
  }

  /**
   * The baseline: the same checks by hand, one pass.
   *
   * @return whether the budget is valid
   */
  @Benchmark
  public boolean handWritten() {
    boolean valid = true;
    long income = 0;
    long spending = 0;
    for (BudgetLine l : budget.lines()) {
      Money current = l.amended().orElse(l.planned());
      if (l.planned().isNegative() || current.isNegative()) {
        valid = false;
      }
      if (l.flow() == Flow.SPENDING) {
        if (!categories.contains(l.categoryId())) {
          valid = false;
        }
        if (l.inScope()) {
          spending = Math.addExact(spending, current.cents());
        }
      } else if (l.inScope()) {
        income = Math.addExact(income, current.cents());
      }
      if (l.inScope() && (schemes.contains(l.categoryId()) || schemes.contains(l.id()))) {
        valid = false;
      }
    }
    return valid && spending <= income;
  }
}

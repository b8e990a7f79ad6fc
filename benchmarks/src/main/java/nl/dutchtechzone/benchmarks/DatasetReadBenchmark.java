package nl.dutchtechzone.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.JsonDatasets;
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
 * Reading a dataset whose plan 2023 has a SYNTHETIC budget of 100,000 or 1,000,000 lines (the
 * Dutch TechZone programme, invented lines in its three spending categories, one in four an
 * income line): {@link #dtzRead()} is {@code JsonDatasets.read} of the bytes (strict: every
 * field, type, reference and invariant checked, the model built), {@link #jacksonTree()} is a
 * plain {@code ObjectMapper.readTree} of the same bytes (no checks, no model), and
 * {@link #modelBuild()} builds the same dataset with the model's builders from no bytes at all
 * (the floor under any reader that returns the model), in the same run. Setup checks that dtz
 * reads back what was built.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2)
@Measurement(iterations = 3)
public class DatasetReadBenchmark {

  private static final String[] CATEGORIES = {
    DutchTechZone.PROGRAMME_COSTS, DutchTechZone.BRANDING, DutchTechZone.PROJECTS};

  /** The number of budget lines. */
  @Param({"100000", "1000000"})
  public int lines;

  private byte[] json;
  private Dataset reference;
  private final ObjectMapper mapper = new ObjectMapper();

  /**
   * Writes the dataset once per trial and checks that dtz reads it back equal to what was built.
   *
   * @throws IOException never: the bytes are in memory
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    reference = Dataset.dutchTechZone();
    Dataset built = modelBuild();
    json = JsonDatasets.toBytes(built);
    Dataset read = JsonDatasets.read(json);
    int count = read.plan(2023).orElseThrow().budget().orElseThrow().lines().size();
    if (count != lines || !read.equals(built)) {
      throw new IllegalStateException("read " + count + " lines, expected " + lines
          + (count == lines ? ", not equal to the dataset built" : ""));
    }
  }

  /**
   * dtz's strict reader.
   *
   * @return the dataset
   * @throws IOException never: the bytes are in memory and valid
   */
  @Benchmark
  public Dataset dtzRead() throws IOException {
    return JsonDatasets.read(json);
  }

  /**
   * The baseline: a plain Jackson tree of the same bytes.
   *
   * @return the tree
   * @throws IOException never: the bytes are in memory and valid
   */
  @Benchmark
  public JsonNode jacksonTree() throws IOException {
    return mapper.readTree(json);
  }

  /**
   * The floor under any reader of the model: the same dataset built in memory with the model's
   * builders, no bytes read. Each line gets new strings (its id and description), as a read
   * makes them; the programme and the rest of the reference dataset are shared.
   *
   * @return the dataset, equal to what {@link #dtzRead()} returns
   */
  @Benchmark
  public Dataset modelBuild() {
    List<BudgetLine> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      boolean income = i % 4 == 0;
      out.add(BudgetLine.builder().id("line-" + i)
          .flow(income ? Flow.INCOME : Flow.SPENDING)
          .categoryId(CATEGORIES[i % 3])
          .description(LocalizedText.dutch("Regel " + i))
          .planned(Money.ofCents(income ? 5_000 : 1_000 + i % 100_000))
          .build());
    }
    AnnualPlan plan = AnnualPlan.builder().from(DutchTechZone.plan2023())
        .budget(Budget.builder().year(2023).status(BudgetStatus.ESTIMATE).lines(out).build())
        .build();
    return Dataset.builder().programme(reference.programme())
        .inhabitantFigures(reference.inhabitantFigures()).addPlans(plan)
        .reports(reference.reports()).coverLetters(reference.coverLetters()).build();
  }
}

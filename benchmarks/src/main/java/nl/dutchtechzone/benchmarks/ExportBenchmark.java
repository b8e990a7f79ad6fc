package nl.dutchtechzone.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * Exporting a document with 10,000 or 100,000 money lines (a plan whose SYNTHETIC budget has
 * that many lines, see {@link SyntheticFinance#budget(int, boolean)}) as {@code csv} and as
 * {@code json}, against writing the same rows directly with Commons CSV and with Jackson's
 * streaming {@link JsonGenerator}, in the same run. Everything is written to a stream that
 * discards the bytes and counts them.
 *
 * <ul>
 *   <li>{@link #dtzCsv()} / {@link #commonsCsv()}: the {@code csv} exporter's tidy table, and the
 *       same header and rows printed by a {@link CSVPrinter} (RFC 4180, CRLF) on a buffered UTF-8
 *       writer; setup checks that the two outputs are byte for byte identical.
 *   <li>{@link #dtzJson()} / {@link #jacksonJson()}: the {@code json} exporter's document
 *       (header, the reference programme, the plan with its budget), and the budget lines alone
 *       with the same fields, the same order and the same pretty printer (two spaces, {@code
 *       \n}) written by a generator directly; setup checks that the baseline's bytes are a part
 *       of the exporter's output.
 * </ul>
 *
 * <p>Exports stream: with {@code -prof gc}, {@code gc.alloc.rate.norm} divided by the number of
 * lines stays the same from 10,000 to 100,000 lines.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExportBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExportBenchmark {

  /** The number of budget lines, and so of money rows. */
  @Param({"10000", "100000"})
  public int lines;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private ExportContext context;
  private Budget budget;
  private ReportExporter csv;
  private ReportExporter json;

  /** Discards what is written and counts the bytes. */
  static final class CountingDiscard extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  /** Generates the document and checks that dtz and the baselines write the same rows. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    budget = SyntheticFinance.budget(lines, false);
    AnnualPlan plan = AnnualPlan.builder().programmeId(DutchTechZone.PROGRAMME_ID).year(2023)
        .strategicPeriod(StrategicPeriod.of(2022, 2025)).budget(budget).build();
    context = ExportContext.builder().programme(DutchTechZone.programme()).year(2023)
        .plan(plan).build();
    Exporters exporters = Exporters.discover();
    csv = exporters.get("csv");
    json = exporters.get("json");

    ByteArrayOutputStream dtz = new ByteArrayOutputStream();
    csv.export(context, dtz);
    ByteArrayOutputStream base = new ByteArrayOutputStream();
    commonsCsv(base);
    if (!Arrays.equals(dtz.toByteArray(), base.toByteArray())) {
      throw new IllegalStateException("csv: dtz and Commons CSV wrote different bytes");
    }
    dtz.reset();
    json.export(context, dtz);
    base.reset();
    jackson(base);
    String whole = dtz.toString(StandardCharsets.UTF_8);
    String lines = base.toString(StandardCharsets.UTF_8);
    if (!lines.contains("\"b0\"") || !whole.contains(linesArray(lines))) {
      throw new IllegalStateException("json: the baseline's lines are not those of the export");
    }
  }

  /** The baseline's {@code "lines"} array, re-indented to its depth in the export document. */
  private static String linesArray(String baseline) {
    int start = baseline.indexOf("\"lines\"");
    int end = baseline.lastIndexOf(']');
    return baseline.substring(start, end + 1).replace("\n", "\n  ");
  }

  /**
   * dtz: the {@code csv} exporter.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long dtzCsv() throws IOException {
    CountingDiscard out = new CountingDiscard();
    csv.export(context, out);
    return out.count;
  }

  /**
   * The baseline: the same table with Commons CSV directly.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long commonsCsv() throws IOException {
    CountingDiscard out = new CountingDiscard();
    commonsCsv(out);
    return out.count;
  }

  /**
   * dtz: the {@code json} exporter.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long dtzJson() throws IOException {
    CountingDiscard out = new CountingDiscard();
    json.export(context, out);
    return out.count;
  }

  /**
   * The baseline: the budget lines with Jackson's streaming generator directly.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long jacksonJson() throws IOException {
    CountingDiscard out = new CountingDiscard();
    jackson(out);
    return out.count;
  }

  private void commonsCsv(OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CSVPrinter printer = new CSVPrinter(writer,
        CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
    printer.printRecord("year", "section", "flow", "line", "label", "partner_code",
        "partner_name", "category", "phase", "scope", "amount");
    String year = Integer.toString(budget.year());
    for (BudgetLine l : budget.lines()) {
      printer.printRecord(year, "budget", l.flow() == Flow.INCOME ? "income" : "spending",
          l.id(), l.description().nl(), "", "", l.categoryId(), "planned",
          l.inScope() ? "in-scope" : "out-of-scope", l.planned().toPlainString());
    }
    printer.flush();
  }

  private void jackson(OutputStream out) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(pretty);
      g.writeStartObject();
      g.writeObjectFieldStart("budget");
      g.writeStringField("status", "final");
      g.writeArrayFieldStart("lines");
      for (BudgetLine l : budget.lines()) {
        g.writeStartObject();
        g.writeStringField("id", l.id());
        g.writeStringField("flow", l.flow() == Flow.INCOME ? "income" : "spending");
        g.writeStringField("categoryId", l.categoryId());
        g.writeObjectFieldStart("description");
        g.writeStringField("nl", l.description().nl());
        g.writeEndObject();
        g.writeStringField("planned", l.planned().toPlainString());
        g.writeStringField("scope", l.inScope() ? "in-scope" : "out-of-scope");
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
  }
}

package nl.dutchtechzone.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
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
 * that many lines, see {@link SyntheticFinance#budget(int, boolean)}) as {@code xlsx}, against
 * writing the same rows with fastexcel directly, in the same run. Both write to a stream that
 * discards the bytes and counts them.
 *
 * <ul>
 *   <li>{@link #dtzXlsx()}: the {@code xlsx} exporter from {@link Exporters#discover()}: the
 *       document model built from the context, then the workbook (the budget sheet with its
 *       lines and two SUM totals, the plan sheet, the programme sheet).
 *   <li>{@link #fastexcel()}: one fastexcel {@link Workbook} with one sheet holding the same
 *       heading row and the same budget rows (text, flow, category name, planned and current
 *       amount as numbers with a euro format on their columns, bold frozen heading) and the two
 *       totals as {@code SUM} formulas, at fastexcel's default compression, which dtz uses too.
 *       Setup checks that the amounts of the two workbooks' budget sheets are the same numbers
 *       in the same order.
 * </ul>
 *
 * <p>With {@code -prof gc}, {@code gc.alloc.rate.norm} divided by the number of lines is the
 * allocation per line; it should not grow from 10,000 to 100,000 lines.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar XlsxBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class XlsxBenchmark {

  /** The number of budget lines, and so of money rows. */
  @Param({"10000", "100000"})
  public int lines;

  private static final String EURO = "[$€-413] #,##0.00;[$€-413] -#,##0.00";
  private static final Pattern AMOUNT =
      Pattern.compile("<c r=\"([DE])(\\d+)\"(?![^>]*t=\"s\")[^>]*>(?:<f>[^<]*</f>)?<v>([^<]*)</v>");

  private ExportContext context;
  private Budget budget;
  private ReportExporter xlsx;
  private List<String> rows;
  private List<String> flows;
  private List<String> categories;

  /** Generates the document and checks that dtz and the baseline write the same amounts. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    budget = SyntheticFinance.budget(lines, false);
    Programme programme = DutchTechZone.programme();
    AnnualPlan plan = AnnualPlan.builder().programmeId(DutchTechZone.PROGRAMME_ID).year(2023)
        .strategicPeriod(StrategicPeriod.of(2022, 2025)).budget(budget).build();
    context = ExportContext.builder().programme(programme).year(2023).plan(plan).build();
    xlsx = Exporters.discover().get("xlsx");
    rows = new ArrayList<>(lines);
    flows = new ArrayList<>(lines);
    categories = new ArrayList<>(lines);
    for (BudgetLine l : budget.lines()) {
      rows.add(l.description().nl());
      flows.add(l.flow() == Flow.INCOME ? "Inkomsten" : "Uitgaven");
      categories.add(programme.costCategory(l.categoryId()).map(CostCategory::name)
          .map(n -> n.nl()).orElse(l.categoryId()));
    }

    ByteArrayOutputStream dtz = new ByteArrayOutputStream();
    xlsx.export(context, dtz);
    ByteArrayOutputStream base = new ByteArrayOutputStream();
    fastexcel(base);
    List<BigDecimal> dtzAmounts = amounts(dtz.toByteArray());
    List<BigDecimal> baseAmounts = amounts(base.toByteArray());
    // dtz also stores the four totals' values; fastexcel writes formulas without a value.
    if (dtzAmounts.size() != 2 * lines + 4 || baseAmounts.size() != 2 * lines
        || !sameNumbers(dtzAmounts.subList(0, 2 * lines), baseAmounts)) {
      throw new IllegalStateException("xlsx: dtz and fastexcel wrote different amounts ("
          + dtzAmounts.size() + " and " + baseAmounts.size() + " cells)");
    }
  }

  private static boolean sameNumbers(List<BigDecimal> a, List<BigDecimal> b) {
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).compareTo(b.get(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The numbers in columns D and E of the first sheet, in order (not shared-string indices). Read through the zip's central
   * directory ({@link ZipFile}): fastexcel's streamed entries carry their sizes only there.
   */
  private static List<BigDecimal> amounts(byte[] workbook) throws IOException {
    Path file = Files.createTempFile("xlsx-benchmark", ".xlsx");
    try {
      Files.write(file, workbook);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
        if (sheet == null) {
          throw new IllegalStateException("no first sheet");
        }
        try (InputStream in = zip.getInputStream(sheet)) {
          Matcher m = AMOUNT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
          List<BigDecimal> values = new ArrayList<>();
          while (m.find()) {
            values.add(new BigDecimal(m.group(3)));
          }
          return values;
        }
      }
    } finally {
      Files.delete(file);
    }
  }

  /**
   * dtz: the {@code xlsx} exporter.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long dtzXlsx() throws IOException {
    ExportBenchmark.CountingDiscard out = new ExportBenchmark.CountingDiscard();
    xlsx.export(context, out);
    return out.count;
  }

  /**
   * The baseline: the same rows with fastexcel directly.
   *
   * @return the number of bytes written
   * @throws IOException never; the stream discards
   */
  @Benchmark
  public long fastexcel() throws IOException {
    ExportBenchmark.CountingDiscard out = new ExportBenchmark.CountingDiscard();
    fastexcel(out);
    return out.count;
  }

  private void fastexcel(OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "dtz", "1.0");
    Worksheet ws = wb.newWorksheet("Begroting en realisatie");
    String[] headers = {"Begroting 2023 (definitief)", "Soort", "Categorie", "Begroot",
        "Na wijziging"};
    for (int c = 0; c < headers.length; c++) {
      ws.value(0, c, headers[c]);
    }
    ws.range(0, 0, 0, headers.length - 1).style().bold().set();
    ws.freezePane(0, 1);
    ws.style(3).format(EURO).set();
    ws.style(4).format(EURO).set();
    int r = 1;
    int incomeFrom = r;
    List<BudgetLine> all = budget.lines();
    // Income rows first, then spending, so each total is a SUM over one range, as dtz does.
    for (Flow flow : new Flow[] {Flow.INCOME, Flow.SPENDING}) {
      for (int i = 0; i < all.size(); i++) {
        BudgetLine l = all.get(i);
        if (l.flow() != flow) {
          continue;
        }
        ws.value(r, 0, rows.get(i));
        ws.value(r, 1, flows.get(i));
        ws.value(r, 2, categories.get(i));
        ws.value(r, 3, BigDecimal.valueOf(l.planned().cents(), 2));
        ws.value(r, 4, BigDecimal.valueOf(l.current().cents(), 2));
        r++;
        if (r % 1000 == 0) {
          ws.flush();
        }
      }
      if (flow == Flow.INCOME) {
        incomeFrom = r;
      }
    }
    int last = r - 1;
    ws.value(r, 0, "Totaal inkomsten");
    ws.formula(r, 3, "SUM(D2:D" + incomeFrom + ")");
    ws.formula(r, 4, "SUM(E2:E" + incomeFrom + ")");
    r++;
    ws.value(r, 0, "Totaal uitgaven");
    ws.formula(r, 3, "SUM(D" + (incomeFrom + 1) + ":D" + (last + 1) + ")");
    ws.formula(r, 4, "SUM(E" + (incomeFrom + 1) + ":E" + (last + 1) + ")");
    ws.width(0, 30);
    ws.width(2, 20);
    ws.finish();
    wb.finish();
  }
}

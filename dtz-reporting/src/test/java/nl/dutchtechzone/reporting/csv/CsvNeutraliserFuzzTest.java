package nl.dutchtechzone.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Fuzz-style tests of the CSV formula neutraliser with seeded random text: ASCII, the formula
 * characters and their full-width forms, control characters, odd white space, quotes and
 * delimiters, and characters outside the Basic Multilingual Plane. No text cell of a written
 * CSV ever starts with a character a spreadsheet reads as the start of a formula (unless the
 * caller opts out), and numbers written by the library are never altered.
 *
 * <p>The set of dangerous first characters is spelled out here, independently of the
 * implementation: {@code = + - @}, tab, CR, LF, NUL and the full-width {@code ＝ ＋ － ＠}.
 */
class CsvNeutraliserFuzzTest {

  private static final String FORMULA_LEADING = "=+-@\t\r\n\u0000\uFF1D\uFF0B\uFF0D\uFF20";

  private static final String[] POOLS = {
    FORMULA_LEADING,
    "abcXYZ019 .,;:'\"/\\|()[]{}<>!?#$%^&*_~`",
    controlCharacters(),
    fullWidthForms(),
    " \u00A0\u2007\u2028\u2029\u3000\uFEFF\u200B",
    "éëïöüçñßøåЖжΩ€£¥",
  };

  private static String controlCharacters() {
    StringBuilder s = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      s.append(c);
    }
    s.append('\u007F');
    for (char c = 0x80; c < 0xA0; c++) {
      s.append(c);
    }
    return s.toString();
  }

  private static String fullWidthForms() {
    StringBuilder s = new StringBuilder();
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      s.append(c);
    }
    return s.toString();
  }

  /** A random text, at most {@code maxLength} chars; formula characters often come first. */
  static String randomText(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder s = new StringBuilder(length + 2);
    for (int i = 0; i < length; i++) {
      if (random.nextInt(20) == 0) {
        s.appendCodePoint(0x1F600 + random.nextInt(80)); // an emoji: a surrogate pair
        continue;
      }
      String pool = (i == 0 && random.nextBoolean()) ? FORMULA_LEADING
          : POOLS[random.nextInt(POOLS.length)];
      s.append(pool.charAt(random.nextInt(pool.length())));
    }
    return s.toString();
  }

  /** A random text that is not blank, as the domain's texts must be. */
  static String randomNonBlankText(Random random, int maxLength) {
    String s = randomText(random, maxLength);
    return s.isBlank() ? s + "x" : s;
  }

  private static BigDecimal randomNumber(Random random) {
    long unscaled = random.nextLong() >> random.nextInt(64);
    return BigDecimal.valueOf(unscaled, random.nextInt(5));
  }

  private static boolean startsWithFormulaCharacter(String cell) {
    return !cell.isEmpty() && FORMULA_LEADING.indexOf(cell.charAt(0)) >= 0;
  }

  private static ExportContext context(String dialect, boolean neutralise) {
    return ExportContext.builder().from(Fixtures.programmeOnly(ExportContext.DUTCH))
        .options(ExportOptions.builder().set(ExportOptions.CSV_DIALECT, dialect)
            .set(ExportOptions.CSV_NEUTRALISE_FORMULAS, Boolean.toString(neutralise)).build())
        .build();
  }

  private static List<CSVRecord> parse(byte[] bytes, char delimiter) throws IOException {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
        .parse(new StringReader(text)).getRecords();
  }

  /** Writes rows of (text, text, number, amount) cells and reads them back. */
  private static void checkCells(String dialect, boolean neutralise, long seed, int rows)
      throws IOException {
    Random random = new Random(seed);
    List<String[]> texts = new ArrayList<>();
    List<BigDecimal> numbers = new ArrayList<>();
    List<Money> amounts = new ArrayList<>();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTable table = CsvTable.start(context(dialect, neutralise), out,
        List.of("a", "b", "number", "amount"));
    for (int i = 0; i < rows; i++) {
      String[] pair = {randomText(random, 12), randomText(random, 40)};
      BigDecimal number = randomNumber(random);
      Money amount = Money.ofCents(random.nextLong() >> random.nextInt(64));
      texts.add(pair);
      numbers.add(number);
      amounts.add(amount);
      table.text(pair[0]).text(pair[1]).number(number).money(amount);
      table.endRow();
    }
    table.finish();

    boolean excel = dialect.equals("excel-nl");
    List<CSVRecord> records = parse(out.toByteArray(), excel ? ';' : ',');
    assertThat(records).hasSize(rows + 1);
    for (int i = 0; i < rows; i++) {
      CSVRecord record = records.get(i + 1);
      for (int c = 0; c < 2; c++) {
        String original = texts.get(i)[c];
        String cell = record.get(c);
        String where = String.format("seed %d, row %d, cell %d: %s", seed, i, c,
            escape(original));
        if (neutralise) {
          assertThat(startsWithFormulaCharacter(cell)).as(where).isFalse();
          // the only change ever made is one apostrophe in front of a dangerous text
          assertThat(cell).as(where).isEqualTo(
              startsWithFormulaCharacter(original) ? "'" + original : original);
        } else {
          assertThat(cell).as(where).isEqualTo(original);
        }
      }
      String number = record.get(2);
      String amount = record.get(3);
      assertThat(new BigDecimal(excel ? number.replace(',', '.') : number))
          .as("seed %d, row %d: number", seed, i).isEqualTo(numbers.get(i));
      assertThat(excel ? amount.replace(',', '.') : amount)
          .as("seed %d, row %d: amount", seed, i).isEqualTo(amounts.get(i).toPlainString());
    }
  }

  private static String escape(String s) {
    return s.codePoints().mapToObj(cp -> cp < 0x20 || cp > 0x7E
        ? String.format("\\u%04X", cp) : String.valueOf((char) cp))
        .collect(Collectors.joining());
  }

  @Test
  void noTextCellStartsWithAFormulaCharacterAndNumbersAreExact() throws IOException {
    checkCells("rfc4180", true, 20231, 10_000);
  }

  @Test
  void noTextCellStartsWithAFormulaCharacterInTheDutchExcelDialect() throws IOException {
    checkCells("excel-nl", true, 20232, 10_000);
  }

  @Test
  void textCellsAreWrittenUnchangedWhenTheCallerOptsOut() throws IOException {
    checkCells("rfc4180", false, 20233, 5_000);
    checkCells("excel-nl", false, 20234, 5_000);
  }

  // ------------------------------------------------------------------------------------------
  // The same through the exporters, with random texts everywhere in the document.

  private static LocalizedText randomLocalized(Random random) {
    return LocalizedText.of(randomNonBlankText(random, 30), randomNonBlankText(random, 30));
  }

  private static Money randomAmount(Random random) {
    return Money.ofCents((random.nextLong() >> random.nextInt(64)) % 100_000_000_000L);
  }

  private static ExportContext randomDocument(Random random, String dialect) {
    AnnualPlan plan = DutchTechZone.plan2023();
    List<InvestmentTheme> themes = new ArrayList<>();
    for (InvestmentTheme theme : plan.themes()) {
      List<ActionPoint> actions = new ArrayList<>();
      for (ActionPoint action : theme.actions()) {
        actions.add(ActionPoint.builder().from(action).text(randomLocalized(random)).build());
      }
      themes.add(InvestmentTheme.builder().from(theme).title(randomLocalized(random))
          .actions(actions).build());
    }
    Budget budget = plan.budget().orElseThrow();
    List<BudgetLine> lines = new ArrayList<>();
    for (BudgetLine line : budget.lines()) {
      BudgetLine.Builder b = BudgetLine.builder().from(line)
          .description(randomLocalized(random)).planned(randomAmount(random));
      if (line.amended().isPresent()) {
        b.amended(randomAmount(random));
      }
      lines.add(b.build());
    }
    plan = AnnualPlan.builder().from(plan).themes(themes)
        .budget(Budget.builder().from(budget).lines(lines).build()).build();

    AnnualReport report = DutchTechZone.report2022();
    FinancialStatement statement = report.statement().orElseThrow();
    statement = FinancialStatement.builder().from(statement)
        .income(relabel(statement.income(), random))
        .spending(relabel(statement.spending(), random)).build();
    report = AnnualReport.builder().from(report).statement(statement).build();

    ContributionStatement contributions = Fixtures.contributions2021();
    List<ContributionLine> contributionLines = new ArrayList<>();
    for (ContributionLine line : contributions.lines()) {
      contributionLines.add(ContributionLine.builder().from(line)
          .name(randomNonBlankText(random, 20)).build());
    }
    contributions = ContributionStatement.builder().from(contributions)
        .lines(contributionLines).build();

    return ExportContext.builder()
        .programme(DutchTechZone.programme())
        .year(2023)
        .plan(plan)
        .report(report)
        .contributions(contributions)
        .tracking(Tracker.track(TrackingInput.builder().programme(DutchTechZone.programme())
            .addPlans(plan).addReports(report).build()))
        .locale(random.nextBoolean() ? ExportContext.DUTCH : ExportContext.ENGLISH)
        .options(ExportOptions.builder().set(ExportOptions.CSV_DIALECT, dialect).build())
        .build();
  }

  private static List<StatementLine> relabel(List<StatementLine> lines, Random random) {
    return lines.stream()
        .map(l -> StatementLine.builder().from(l).label(randomLocalized(random)).build())
        .collect(Collectors.toList());
  }

  private static void checkExporter(ReportExporter exporter, Set<String> numberColumns,
      long seed, int documents) throws IOException {
    Random random = new Random(seed);
    for (int d = 0; d < documents; d++) {
      String dialect = random.nextBoolean() ? "rfc4180" : "excel-nl";
      ExportContext context = randomDocument(random, dialect);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      exporter.export(context, out);
      List<CSVRecord> records =
          parse(out.toByteArray(), dialect.equals("excel-nl") ? ';' : ',');
      List<String> header = records.get(0).toList();
      assertThat(records).as("seed %d, document %d", seed, d).hasSizeGreaterThan(1);
      for (CSVRecord record : records.subList(1, records.size())) {
        for (int c = 0; c < header.size(); c++) {
          String cell = record.get(c);
          String where = String.format("%s, seed %d, document %d, line %d, column %s: %s",
              exporter.format(), seed, d, record.getRecordNumber(), header.get(c),
              escape(cell));
          if (numberColumns.contains(header.get(c))) {
            if (!cell.isEmpty()) {
              assertThat(cell).as(where).matches("-?[0-9]+([.,][0-9]+)?");
            }
          } else {
            assertThat(startsWithFormulaCharacter(cell)).as(where).isFalse();
          }
        }
      }
      if (exporter instanceof CsvExporter) {
        checkBudgetAmounts(context, records, dialect, seed, d);
      }
    }
  }

  /** The amounts of the budget rows are exactly the (random, also negative) amounts planned. */
  private static void checkBudgetAmounts(ExportContext context, List<CSVRecord> records,
      String dialect, long seed, int document) {
    List<String> expected = new ArrayList<>();
    for (BudgetLine line : context.plan().orElseThrow().budget().orElseThrow().lines()) {
      expected.add(line.planned().toPlainString());
      line.amended().ifPresent(a -> expected.add(a.toPlainString()));
    }
    List<String> written = records.stream().skip(1)
        .filter(r -> r.get(CsvExporter.HEADER.indexOf("section")).equals("budget"))
        .map(r -> r.get(CsvExporter.HEADER.indexOf("amount")))
        .map(a -> dialect.equals("excel-nl") ? a.replace(',', '.') : a)
        .collect(Collectors.toList());
    assertThat(written).as("seed %d, document %d: budget amounts", seed, document)
        .isEqualTo(expected);
  }

  @Test
  void theCsvExporterNeverWritesAFormulaAndKeepsEveryAmount() throws IOException {
    checkExporter(new CsvExporter(), Set.of("year", "amount"), 4711, 300);
  }

  @Test
  void theProgressExporterNeverWritesAFormula() throws IOException {
    checkExporter(new CsvProgressExporter(),
        Set.of("year", "evidence_count", "target", "actual", "achieved_percent"), 4712, 300);
  }
}

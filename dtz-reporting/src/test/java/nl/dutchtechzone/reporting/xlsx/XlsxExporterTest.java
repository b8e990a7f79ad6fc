package nl.dutchtechzone.reporting.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.reporting.Exporters;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.Render;
import nl.dutchtechzone.reporting.document.SectionKind;
import nl.dutchtechzone.reporting.document.Texts;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The workbook read back as a spreadsheet program reads it. */
class XlsxExporterTest {

  private static final XlsxExporter XLSX = new XlsxExporter();
  private static final Pattern SUM = Pattern.compile("SUM\\(([A-Z]+)(\\d+):([A-Z]+)(\\d+)\\)");

  /** The strings the CSV tests neutralise, and a few that XML itself finds hostile. */
  static final List<String> HOSTILE = List.of("=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx",
      "\nx", "\0x", "\uFF1D1", "\uFF0B1", "\uFF0D1", "\uFF20x",
      "=HYPERLINK(\"http://example.invalid\") \"quoted\", comma", "<b>&amp;</b>", "_x0041_ stays",
      "a\r\nb", "\uD83D\uDCB6 euro note", "lone \uD800 surrogate", "]]> end");

  static List<ExportContext> documents() {
    List<ExportContext> documents = new ArrayList<>();
    for (Locale locale : List.of(ExportContext.DUTCH, ExportContext.ENGLISH)) {
      documents.add(Fixtures.reference(locale));
      documents.add(Fixtures.illustrative(locale));
      documents.add(Fixtures.programmeOnly(locale));
    }
    return documents;
  }

  private static Map<String, List<Row>> read(ExportContext context) {
    return Workbooks.read(Render.bytes(XLSX, context));
  }

  @Test
  void isABuiltInFoundByDiscovery() {
    assertThat(Exporters.discover().get("xlsx")).isInstanceOf(XlsxExporter.class);
    assertThat(XLSX.fileExtension()).isEqualTo("xlsx");
    assertThat(XLSX.mediaType())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  @Test
  void theClosingBalanceOfTheReferenceDataIsTheNumber10212179WithAEuroFormat() {
    for (Locale locale : List.of(ExportContext.DUTCH, ExportContext.ENGLISH)) {
      boolean en = locale.equals(ExportContext.ENGLISH);
      List<Row> statement = read(Fixtures.reference(locale))
          .get(en ? "Statement" : "Jaarrekening");
      Row closing = Workbooks.rowLabelled(statement,
          en ? "Closing balance (derived)" : "Saldo einde jaar (berekend)");

      Cell amount = closing.getCell(1);
      assertThat(amount.getType()).isEqualTo(CellType.FORMULA);
      assertThat(Workbooks.number(amount)).isEqualByComparingTo("102121.79");
      assertThat(amount.getDataFormatString()).contains("€").contains("#,##0.00");
      int lines = DutchTechZone.report2022().statement().orElseThrow().lines().size();
      assertThat(amount.getFormula()).isEqualTo("SUM(B2:B" + (2 + lines) + ")");
    }
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everyTotalFormulaStoresTheSumOfItsRange(ExportContext context) {
    Map<String, List<Row>> sheets = read(context);
    int formulas = 0;
    for (Map.Entry<String, List<Row>> sheet : sheets.entrySet()) {
      for (Row row : sheet.getValue()) {
        if (row == null) {
          continue;
        }
        for (Cell cell : row) {
          if (cell == null || cell.getType() != CellType.FORMULA) {
            continue;
          }
          Matcher m = SUM.matcher(cell.getFormula());
          assertThat(m.matches()).as("%s %s: %s", sheet.getKey(), cell.getAddress(),
              cell.getFormula()).isTrue();
          assertThat(m.group(1)).isEqualTo(m.group(3))
              .isEqualTo(new CellAddress(0, cell.getColumnIndex()).toString()
                  .replaceAll("\\d", ""));
          int from = Integer.parseInt(m.group(2));
          int to = Integer.parseInt(m.group(4));
          assertThat(to).as("a total sums the cells above it").isLessThan(row.getRowNum());
          BigDecimal sum = BigDecimal.ZERO;
          for (int r = from; r <= to; r++) {
            Row above = sheet.getValue().get(r - 1);
            Cell c = above == null ? null : above.getCell(cell.getColumnIndex());
            if (c != null && c.getType() != CellType.EMPTY) {
              assertThat(c.getType()).isIn(CellType.NUMBER, CellType.FORMULA);
              sum = sum.add(Workbooks.number(c));
            }
          }
          assertThat(Workbooks.number(cell)).as("%s %s", sheet.getKey(), cell.getAddress())
              .isEqualByComparingTo(sum);
          formulas++;
        }
      }
    }
    if (context.report().isPresent() || context.contributions().isPresent()) {
      assertThat(formulas).isPositive();
    }
  }

  @Test
  void totalsAreTheFiguresOfTheFinanceApi() {
    ExportContext context = Fixtures.illustrativeBuilder(ExportContext.ENGLISH)
        .contributions(Fixtures.contributions2021()).build();
    Map<String, List<Row>> sheets = read(context);
    List<Row> contributions = sheets.get("Contributions and settlement");
    Row total = Workbooks.rowLabelled(contributions, "Total");
    assertThat(Workbooks.number(total.getCell(5)))
        .isEqualByComparingTo(context.contributions().orElseThrow().total().toPlainString());
    assertThat(Workbooks.number(total.getCell(2)))
        .isEqualByComparingTo(Long.toString(context.contributions().orElseThrow()
            .totalInhabitants()));

    List<Row> budget = sheets.get("Budget against actual");
    var plan = context.plan().orElseThrow().budget().orElseThrow();
    assertThat(Workbooks.number(Workbooks.rowLabelled(budget, "Total income").getCell(4)))
        .isEqualByComparingTo(plan.totalIncome().toPlainString());
    assertThat(Workbooks.number(Workbooks.rowLabelled(budget, "Total spending").getCell(4)))
        .isEqualByComparingTo(plan.totalSpending().toPlainString());
  }

  @Test
  void theSettlementFollowsTheContributionsOnTheirSheetWithSumTotals() {
    ExportContext context = Fixtures.illustrativeBuilder(ExportContext.ENGLISH)
        .contributions(Fixtures.contributions2021()).build();
    var settlement = context.settlement().orElseThrow();
    List<Row> rows = read(context).get("Contributions and settlement");
    int caption = -1;
    int contributionsHeader = -1;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String first = row == null || row.getCell(0) == null ? "" : Workbooks.text(row.getCell(0));
      if (first.equals("Municipality") && contributionsHeader < 0) {
        contributionsHeader = i;
      }
      if (first.equals("Settlement 2021: estimate to final")) {
        caption = i;
      }
    }
    assertThat(contributionsHeader).isNotNegative();
    assertThat(caption).as("the settlement comes after the contributions")
        .isGreaterThan(contributionsHeader);
    Row header = rows.get(caption + 1);
    assertThat(List.of(Workbooks.text(header.getCell(1)), Workbooks.text(header.getCell(2)),
        Workbooks.text(header.getCell(3)))).containsExactly("Estimate", "Final", "To settle");
    int at = caption + 2;
    for (var line : settlement.lines()) {
      Row row = rows.get(at++);
      assertThat(Workbooks.text(row.getCell(0))).isEqualTo(line.name());
      for (int c = 1; c <= 3; c++) {
        assertThat(row.getCell(c).getType()).isEqualTo(CellType.NUMBER);
        assertThat(row.getCell(c).getDataFormatString()).contains("€");
      }
      assertThat(Workbooks.number(row.getCell(1)))
          .isEqualByComparingTo(line.estimated().toPlainString());
      assertThat(Workbooks.number(row.getCell(2)))
          .isEqualByComparingTo(line.settled().toPlainString());
      assertThat(Workbooks.number(row.getCell(3)))
          .isEqualByComparingTo(line.difference().toPlainString());
    }
    Row total = rows.get(at);
    assertThat(Workbooks.text(total.getCell(0))).isEqualTo("Total");
    assertThat(total.getCell(3).getType()).isEqualTo(CellType.FORMULA);
    assertThat(total.getCell(3).getFormula())
        .isEqualTo("SUM(D" + (caption + 3) + ":D" + at + ")");
    assertThat(Workbooks.number(total.getCell(1)))
        .isEqualByComparingTo(settlement.estimateTotal().toPlainString());
    assertThat(Workbooks.number(total.getCell(2)))
        .isEqualByComparingTo(settlement.finalTotal().toPlainString());
    assertThat(Workbooks.number(total.getCell(3)))
        .isEqualByComparingTo(settlement.total().toPlainString());
    assertThat(settlement.total().isZero()).as("the made-up figures change the total").isFalse();
  }

  @Test
  void moneyCountsPercentagesAndDatesAreNumbersWithTheirFormats() {
    Map<String, List<Row>> sheets = read(Fixtures.illustrativeBuilder(ExportContext.DUTCH)
        .contributions(Fixtures.contributions2021()).build());
    Row emmen = Workbooks.rowLabelled(sheets.get("Bijdragen en verrekening"), "Emmen");
    assertThat(emmen.getCell(2).getType()).isEqualTo(CellType.NUMBER);
    assertThat(emmen.getCell(2).getRawValue()).matches("\\d+");
    assertThat(emmen.getCell(2).getDataFormatId()).isEqualTo(3);
    assertThat(emmen.getCell(3).getType()).isEqualTo(CellType.NUMBER);
    assertThat(emmen.getCell(3).getDataFormatString()).isEqualTo("yyyy-mm-dd");
    assertThat(emmen.getCellAsDate(3).orElseThrow().toLocalDate())
        .isEqualTo(Fixtures.contributions2021().lines().get(0).referenceDate());
    assertThat(emmen.getCell(5).getType()).isEqualTo(CellType.NUMBER);
    assertThat(Workbooks.number(emmen.getCell(5))).isEqualByComparingTo("107024.00");
    assertThat(emmen.getCell(5).getDataFormatString()).contains("€");

    List<Cell> percentages = new ArrayList<>();
    for (Row row : sheets.get("Begroting en realisatie")) {
      if (row != null && row.getCellCount() > 6 && row.getCell(6) != null
          && row.getCell(6).getType() == CellType.NUMBER) {
        percentages.add(row.getCell(6));
      }
    }
    assertThat(percentages).isNotEmpty().allSatisfy(
        c -> assertThat(c.getDataFormatString()).isEqualTo("0.0%"));

    for (Cell cell : Workbooks.cells(sheets)) {
      assertThat(cell.getType()).isIn(CellType.STRING, CellType.NUMBER, CellType.FORMULA);
    }
  }

  @Test
  void userTextIsAlwaysAStringCellAndReadsBackAsWritten() {
    List<StatementLine> income = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      income.add(StatementLine.builder().id("hostile-" + i)
          .label(LocalizedText.of(HOSTILE.get(i), HOSTILE.get(i)))
          .amount(Money.ofCents(100 + i)).build());
    }
    FinancialStatement printed = DutchTechZone.report2022().statement().orElseThrow();
    FinancialStatement hostile = FinancialStatement.builder().from(printed).income(income)
        .build();
    AnnualReport report = AnnualReport.builder().from(DutchTechZone.report2022())
        .statement(hostile).build();
    ExportContext context = Fixtures.referenceBuilder(ExportContext.ENGLISH).report(report)
        .build();

    Map<String, List<Row>> sheets = read(context);
    List<String> texts = new ArrayList<>();
    for (Cell cell : Workbooks.cells(sheets)) {
      if (cell.getType() == CellType.FORMULA) {
        assertThat(cell.getFormula()).startsWith("SUM(");
      } else if (cell.getType() == CellType.STRING) {
        texts.add(Workbooks.text(cell));
      }
    }
    assertThat(texts).containsAll(HOSTILE);
    Map<String, String> parts = Workbooks.parts(Render.bytes(XLSX, context));
    assertThat(parts.get("xl/worksheets/sheet1.xml")).doesNotContain("<f>=")
        .doesNotContain("<f>+").doesNotContain("<f>@").doesNotContain("<f>-");
    assertThat(parts.get("xl/sharedStrings.xml")).contains("_x0000_x").contains("_x000D_x").contains("_x005F_x0041_ stays")
        .contains("lone _xD800_ surrogate").contains("]]&gt; end")
        .doesNotContain("<f>=").doesNotContain("<f>+");
  }

  @Test
  void municipalityNamesOfASettlementAreStringCellsWhateverTheyHold() {
    var estimate = Fixtures.contributions2021();
    List<nl.dutchtechzone.finance.contribution.ContributionLine> lines = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < estimate.lines().size(); i++) {
      String name = HOSTILE.get(i) + " " + i;
      names.add(name);
      lines.add(nl.dutchtechzone.finance.contribution.ContributionLine.builder()
          .from(estimate.lines().get(i)).name(name).build());
    }
    var hostile = nl.dutchtechzone.finance.contribution.ContributionStatement.builder()
        .from(estimate).lines(lines).build();
    var settlement = nl.dutchtechzone.finance.contribution.Settlement.of(hostile, hostile);
    ExportContext context = Fixtures.illustrativeBuilder(ExportContext.ENGLISH)
        .settlement(settlement).build();

    List<Row> rows = read(context).get("Contributions and settlement");
    List<String> firstColumn = new ArrayList<>();
    for (Row row : rows) {
      if (row != null && row.getCellCount() > 0 && row.getCell(0) != null) {
        assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
        firstColumn.add(Workbooks.text(row.getCell(0)));
      }
    }
    assertThat(firstColumn).containsAll(names);
    assertThat(Workbooks.parts(Render.bytes(XLSX, context)).values())
        .noneMatch(part -> part.contains("<f>=") || part.contains("<f>+")
            || part.contains("<f>@") || part.contains("<f>-"));
  }

  @Test
  void theHeadingRowIsFrozenAndBoldAndColumnsFitTheirCells() {
    Map<String, String> parts = Workbooks.parts(Render.bytes(XLSX,
        Fixtures.reference(ExportContext.DUTCH)));
    String statement = parts.get("xl/worksheets/sheet1.xml");
    assertThat(statement).contains("<pane ySplit=\"1\" topLeftCell=\"A2\" "
        + "activePane=\"bottomLeft\" state=\"frozen\"/>");
    assertThat(statement).contains("<c r=\"A1\" s=\"1\" t=\"s\">");
    assertThat(parts.get("xl/styles.xml"))
        .contains("<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\""
            + " applyFont=\"1\"/>")
        .contains("<font><b/>");
    Matcher width = Pattern.compile("<col min=\"1\" max=\"1\" width=\"(\\d+)\"")
        .matcher(statement);
    assertThat(width.find()).isTrue();
    int longest = 0;
    for (StatementLine l : DutchTechZone.report2022().statement().orElseThrow().lines()) {
      longest = Math.max(longest, l.label().nl().length());
    }
    assertThat(Integer.parseInt(width.group(1))).isBetween(longest + 2, 80);
    Matcher amounts = Pattern.compile("<col min=\"2\" max=\"2\" width=\"(\\d+)\"")
        .matcher(statement);
    assertThat(amounts.find()).isTrue();
    assertThat(Integer.parseInt(amounts.group(1))).as("'€ -1.234.567,89' and a margin")
        .isBetween(12, 20);
  }

  @Test
  void sheetNamesAreInTheDocumentsLanguageInTheOrderOfTheDocument() {
    assertThat(read(Fixtures.reference(ExportContext.DUTCH)).keySet()).containsExactly(
        "Jaarrekening", "Bijdragen en verrekening", "Begroting en realisatie",
        "Jaarplan en voortgang", "Controle", "Programma");
    assertThat(read(Fixtures.reference(ExportContext.ENGLISH)).keySet()).containsExactly(
        "Statement", "Contributions and settlement", "Budget against actual",
        "Plan and tracking", "Validation", "Programme");
    assertThat(read(Fixtures.programmeOnly(ExportContext.ENGLISH)).keySet())
        .containsExactly("Programme");
  }

  @Test
  void theSheetNamesAreTextsOfTheDocumentBundleThatASpreadsheetAccepts() {
    Texts nl = Texts.of(ExportContext.DUTCH);
    Texts en = Texts.of(ExportContext.ENGLISH);
    List<String> keys = new java.util.ArrayList<>();
    for (SectionKind kind : SectionKind.values()) {
      String key = XlsxExporter.sheetKey(kind);
      if (key != null) {
        keys.add(XlsxExporter.SHEET_KEY + key);
      }
    }
    assertThat(keys).contains("sheet.statement", "sheet.contributions", "sheet.validation");
    for (String key : keys) {
      assertThat(Texts.keysOf("nl")).contains(key);
      assertThat(Texts.keysOf("en")).contains(key);
      for (Texts texts : List.of(nl, en)) {
        String name = texts.get(key);
        assertThat(new XSheet(name).name).isEqualTo(name);
      }
    }
    assertThat(nl.get("sheet.statement")).isNotEqualTo(en.get("sheet.statement"));
  }

  @Test
  void rejectsSheetNamesASpreadsheetRefuses() {
    assertThatThrownBy(() -> new XSheet("a".repeat(32))).hasMessageContaining("31 characters");
    assertThatThrownBy(() -> new XSheet("Q1/Q2")).hasMessageContaining("'/' at 2");
    assertThatThrownBy(() -> new XSheet("'quoted'")).hasMessageContaining("apostrophe");
    assertThatThrownBy(() -> XlsxWriter.write(List.of(new XSheet("Same"), new XSheet("SAME")),
        "t", Locale.ROOT, new java.io.ByteArrayOutputStream()))
        .hasMessageContaining("'SAME' is used twice");
  }

  @Test
  void everyZipEntryHasTheFixedTimeAndNoTimestampField() {
    List<ZipEntry> entries = Workbooks.entries(Render.bytes(XLSX,
        Fixtures.reference(ExportContext.DUTCH)));
    assertThat(entries).extracting(ZipEntry::getName).startsWith("[Content_Types].xml")
        .contains("xl/workbook.xml", "xl/styles.xml", "xl/worksheets/sheet6.xml");
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.getTimeLocal()).isEqualTo(XlsxWriter.ENTRY_TIME);
      assertThat(e.getExtra()).isNull();
    });
    assertThat(Workbooks.parts(Render.bytes(XLSX, Fixtures.reference(ExportContext.DUTCH)))
        .get("docProps/core.xml")).doesNotContain("created").doesNotContain("modified");
  }

  @Test
  void rejectsAnAmountASpreadsheetCannotHoldToTheCent() {
    assertThat(XCell.money(Money.ofCents(XCell.MAX_EXACT_CENTS)).number)
        .isEqualTo(XCell.MAX_EXACT_CENTS);
    assertThatThrownBy(() -> XCell.money(Money.ofCents(XCell.MAX_EXACT_CENTS + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10000000000000.00")
        .hasMessageContaining("15 significant digits");
    assertThatThrownBy(() -> XCell.money(Money.ofCents(-XCell.MAX_EXACT_CENTS - 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTotalOfNoRowsIsWrittenAsItsValueWithoutAFormula() {
    AnnualPlan empty = AnnualPlan.builder().programmeId(DutchTechZone.PROGRAMME_ID).year(2023)
        .strategicPeriod(StrategicPeriod.of(2022, 2025)).build();
    ExportContext context = ExportContext.builder().programme(DutchTechZone.programme())
        .year(2023).plan(empty).locale(ExportContext.ENGLISH).build();

    List<Row> plan = read(context).get("Plan and tracking");
    Row total = Workbooks.rowLabelled(plan, "Total");
    assertThat(total.getCell(1).getType()).isEqualTo(CellType.NUMBER);
    assertThat(total.getCell(1).getRawValue()).isEqualTo("0");
  }

  @Test
  void incomeAndSpendingLinesAreGroupedSoThatEachTotalIsOneRange() {
    ExportContext context = Fixtures.illustrative(ExportContext.ENGLISH);
    List<Row> budget = read(context).get("Budget against actual");
    Row income = Workbooks.rowLabelled(budget, "Total income");
    Row spending = Workbooks.rowLabelled(budget, "Total spending");
    assertThat(income.getCell(4).getFormula()).isEqualTo("SUM(E2:E2)");
    assertThat(spending.getCell(4).getFormula()).isEqualTo("SUM(E3:E5)");
    assertThat(Workbooks.text(budget.get(5).getCell(0))).startsWith("-Network and connection plan")
        .contains("excluded from totals");
  }
}

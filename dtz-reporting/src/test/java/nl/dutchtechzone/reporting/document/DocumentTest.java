package nl.dutchtechzone.reporting.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.reporting.Fixtures;
import nl.dutchtechzone.reporting.spi.ExportContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentTest {

  static Stream<ExportContext> contexts() {
    return Stream.of(Fixtures.reference(ExportContext.DUTCH),
        Fixtures.reference(ExportContext.ENGLISH), Fixtures.illustrative(ExportContext.DUTCH),
        Fixtures.illustrative(ExportContext.ENGLISH), Fixtures.programmeOnly(ExportContext.DUTCH));
  }

  @Test
  void holdsTheReferenceSectionsInReadingOrder() {
    Document doc = Document.of(Fixtures.reference(ExportContext.DUTCH));

    List<SectionKind> kinds = new ArrayList<>();
    doc.sections().forEach(s -> kinds.add(s.kind()));
    assertThat(doc.title()).isEqualTo("Dutch TechZone (DTZ) 2023");
    assertThat(kinds).containsExactly(SectionKind.LETTER, SectionKind.PROGRAMME,
        SectionKind.KEY_FIGURES, SectionKind.STATEMENT, SectionKind.CONTRIBUTIONS,
        SectionKind.BUDGET, SectionKind.BUDGET_VS_ACTUAL, SectionKind.PLAN, SectionKind.GAPS, SectionKind.REPORT,
        SectionKind.VALIDATION);
  }

  @Test
  void theClosingBalanceIsAMoneyCellOfTheStatementTable() {
    Table statement = Document.of(Fixtures.reference(ExportContext.DUTCH)).table("statement")
        .orElseThrow();

    Row closing = statement.rows().get(statement.rows().size() - 1);
    assertThat(closing.kind()).isEqualTo(Row.Kind.TOTAL);
    assertThat(closing.cell(1)).isEqualTo(Cell.money(Money.parse("102121.79")));
    assertThat(closing.cell(0)).isEqualTo(Cell.text("Saldo einde jaar (berekend)"));
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void everyTotalRowIsTheSumOfTheRowsItNames(ExportContext context) {
    int totals = 0;
    for (Table table : Document.of(context).tables()) {
      for (Row row : table.rows()) {
        if (row.kind() != Row.Kind.TOTAL) {
          continue;
        }
        totals++;
        for (int c = 0; c < table.columns().size(); c++) {
          Cell total = row.cell(c);
          if (total instanceof Cell.Amount a) {
            long sum = 0;
            for (int r : row.sumOf()) {
              sum += Cell.moneyOf(table.rows().get(r).cell(c)).map(Money::cents).orElse(0L);
            }
            assertThat(sum).as("%s column %s", table.id(), c).isEqualTo(a.amount().cents());
          } else if (total instanceof Cell.Count n) {
            long sum = 0;
            for (int r : row.sumOf()) {
              Cell cell = table.rows().get(r).cell(c);
              sum += cell instanceof Cell.Count k ? k.value() : 0;
            }
            assertThat(sum).as("%s column %s", table.id(), c).isEqualTo(n.value());
          }
        }
        for (int r : row.sumOf()) {
          assertThat(table.rows().get(r).kind()).isEqualTo(Row.Kind.BODY);
        }
      }
    }
    if (context.plan().isPresent()) {
      assertThat(totals).isPositive();
    }
  }

  @Test
  void theBudgetTotalsStandInThePlannedAndTheAmendedColumnAndLeaveOutOfScopeLinesOut() {
    Table budget = Document.of(Fixtures.illustrative(ExportContext.ENGLISH)).table("budget")
        .orElseThrow();
    int planned = budget.columnIndex("planned");
    int amended = budget.columnIndex("amended");

    Row income = budget.rows().stream().filter(r -> r.kind() == Row.Kind.TOTAL)
        .findFirst().orElseThrow();
    assertThat(income.cell(planned).type()).isEqualTo(CellType.MONEY);
    assertThat(income.cell(amended).type()).isEqualTo(CellType.MONEY);
    assertThat(budget.rows()).anyMatch(r -> r.kind() == Row.Kind.EXCLUDED);
    for (Row r : budget.rows()) {
      if (r.kind() == Row.Kind.TOTAL) {
        for (int i : r.sumOf()) {
          assertThat(budget.rows().get(i).kind()).isNotEqualTo(Row.Kind.EXCLUDED);
        }
      }
    }
  }

  @Test
  void budgetCategoriesAreReferencesWithTheirNames() {
    Table budget = Document.of(Fixtures.illustrative(ExportContext.ENGLISH)).table("budget")
        .orElseThrow();
    Row spending = budget.rows().stream().filter(r -> r.kind() == Row.Kind.BODY
        && r.cell(budget.columnIndex("flow")).equals(Cell.label("spending", "Spending")))
        .findFirst().orElseThrow();
    Cell category = spending.cell(budget.columnIndex("category"));

    assertThat(category).isInstanceOf(Cell.Reference.class);
    Cell.Reference ref = (Cell.Reference) category;
    assertThat(ref.name()).isNotEqualTo(ref.id());
  }

  /**
   * Income lines in the income categories of dtz-core are named (a grant is told from the
   * members' contributions), in the document's language; an income line in a cost category of
   * the programme, as datasets before income categories had, keeps that category's name. The
   * cells were empty before, for every income line.
   */
  @ParameterizedTest
  @MethodSource("incomeCategoryNames")
  void incomeLinesShowTheNameOfTheirIncomeCategory(Locale locale, List<String> names) {
    AnnualPlan plan = Fixtures.illustrativePlan2022();
    Budget budget = Budget.builder().from(plan.budget().orElseThrow()).lines(List.of(
        income("members", "contributions", "1000.00"),
        income("grant", "other-income", "500.00"),
        income("balance", "carried-forward", "250.00"),
        income("legacy", "programme-costs", "10.00"))).build();
    ExportContext context = Fixtures.illustrativeBuilder(locale)
        .plan(AnnualPlan.builder().from(plan).budget(budget).build()).build();

    Table table = Document.of(context).table("budget").orElseThrow();
    int category = table.columnIndex("category");
    List<Cell> cells = table.rows().stream().filter(r -> r.kind() == Row.Kind.BODY)
        .map(r -> r.cell(category)).toList();
    String legacy = context.programme().costCategory("programme-costs").orElseThrow().name()
        .in(locale);
    assertThat(cells).containsExactly(
        Cell.reference("contributions", names.get(0)),
        Cell.reference("other-income", names.get(1)),
        Cell.reference("carried-forward", names.get(2)),
        Cell.reference("programme-costs", legacy));
  }

  static Stream<Arguments> incomeCategoryNames() {
    return Stream.of(
        Arguments.of(ExportContext.ENGLISH, List.of("Contributions", "Other income",
            "Carried forward")),
        Arguments.of(ExportContext.DUTCH, List.of("Bijdragen", "Overige inkomsten",
            "Doorgeschoven")));
  }

  private static BudgetLine income(String id, String category, String amount) {
    return BudgetLine.builder().id(id).flow(Flow.INCOME).categoryId(category)
        .description(LocalizedText.of(id, id)).planned(Money.parse(amount))
        .scope(Scope.IN_SCOPE).build();
  }

  /**
   * A statement with several sources of income (members' contributions and a grant) shows their
   * total, a total row of the income lines only, and the closing balance still adds up the
   * body rows; a stated income total that differs from the lines is a warning, as a stated
   * spending total is. With one income line (the reference data) there is no such row.
   */
  @Test
  void severalIncomeLinesGetTheirTotalAndAStatedIncomeTotalThatDiffersIsAWarning() {
    AnnualReport report = DutchTechZone.report2022();
    FinancialStatement one = report.statement().orElseThrow();
    FinancialStatement two = FinancialStatement.builder().from(one)
        .addIncome(StatementLine.builder().id("grant").categoryId("other-income")
            .label(LocalizedText.of("Subsidie", "Grant")).amount(Money.parse("1000.50")).build())
        .statedIncomeTotal(Money.parse("262089.49")).build();
    ExportContext context = Fixtures.illustrativeBuilder(ExportContext.ENGLISH)
        .report(AnnualReport.builder().from(report).statement(two).build()).build();

    Section section = Document.of(context).sections().stream()
        .filter(s -> s.kind() == SectionKind.STATEMENT).findFirst().orElseThrow();
    Table table = Document.of(context).table("statement").orElseThrow();
    Row total = table.rows().stream()
        .filter(r -> r.cell(0).equals(Cell.text("Total income"))).findFirst().orElseThrow();
    assertThat(total.kind()).isEqualTo(Row.Kind.TOTAL);
    assertThat(total.cell(1)).isEqualTo(Cell.money(Money.parse("262089.50")));
    assertThat(total.sumOf()).hasSize(2);
    Row closing = table.rows().get(table.rows().size() - 1);
    assertThat(closing.cell(1)).isEqualTo(Cell.money(Money.parse("103122.29")));
    assertThat(closing.sumOf()).doesNotContain(table.rows().indexOf(total));
    assertThat(section.blocks()).anyMatch(b -> b instanceof Paragraph p
        && p.style() == Paragraph.Style.WARNING
        && p.text().equals("Total income as stated: € 262,089.49 ≠ € 262,089.50"));

    Table reference = Document.of(Fixtures.reference(ExportContext.ENGLISH)).table("statement")
        .orElseThrow();
    assertThat(reference.rows()).noneMatch(r -> r.cell(0).equals(Cell.text("Total income")));
  }

  @Test
  void everyChartNamesATableOfItsSectionAndHasADescription() {
    Document doc = Document.of(Fixtures.reference(ExportContext.DUTCH));
    int charts = 0;
    for (Section s : all(doc.sections())) {
      for (Block b : s.blocks()) {
        if (b instanceof Chart chart) {
          charts++;
          assertThat(chart.description()).isNotBlank();
          assertThat(s.blocks()).anyMatch(o -> o instanceof Table t
              && t.id().equals(chart.tableId()));
        }
      }
    }
    assertThat(charts).isEqualTo(3);
  }

  @Test
  void dutchDocumentsUseDutchSeverityNames() {
    Table validation = Document.of(Fixtures.illustrative(ExportContext.DUTCH))
        .table("validation").orElseThrow();

    assertThat(validation.rows().get(0).cell(0)).isEqualTo(Cell.label("severity.error", "fout"));
  }

  @ParameterizedTest
  @MethodSource("contexts")
  void aDutchDocumentUsesNoEnglishWordOfTheBundles(ExportContext context) {
    if (!context.locale().getLanguage().equals("nl")) {
      return;
    }
    java.util.Set<String> english = new java.util.HashSet<>();
    java.util.Set<String> dutch = new java.util.HashSet<>();
    Texts en = Texts.of(ExportContext.ENGLISH);
    Texts nl = Texts.of(ExportContext.DUTCH);
    for (String key : Texts.keysOf("en")) {
      dutch.add(nl.get(key));
      if (!en.get(key).equals(nl.get(key))) {
        english.add(en.get(key));
      }
    }
    Document doc = Document.of(context);
    List<String> words = new ArrayList<>();
    for (Table t : doc.tables()) {
      t.columns().forEach(c -> words.add(c.header()));
      t.rows().forEach(r -> r.cells().forEach(c -> {
        if (c instanceof Cell.Label l) {
          words.add(l.text());
        }
      }));
    }
    for (Section s : all(doc.sections())) {
      s.blocks().forEach(b -> {
        if (b instanceof Fields f) {
          f.fields().forEach(field -> words.add(field.label()));
        }
      });
    }
    assertThat(words).isNotEmpty().allSatisfy(w -> {
      assertThat(english).doesNotContain(w);
      assertThat(dutch).contains(w);
    });
  }

  @Test
  void writesEveryKindOfValueInOneNotation() {
    Notation nl = Notation.of(ExportContext.DUTCH);
    Notation en = Notation.of(ExportContext.ENGLISH);

    assertThat(nl.format(Cell.money(Money.parse("-141250.35")))).isEqualTo("€ -141.250,35");
    assertThat(en.format(Cell.money(Money.parse("-141250.35")))).isEqualTo("€ -141,250.35");
    assertThat(nl.format(Cell.percent(new java.math.BigDecimal("0")))).isEqualTo("0,00 %");
    assertThat(nl.format(Cell.percent(new java.math.BigDecimal("0.885")))).isEqualTo("0,89 %");
    assertThat(en.format(Cell.percent(new java.math.BigDecimal("-12.5")))).isEqualTo("-12.50%");
    assertThat(nl.format(Cell.rate(new java.math.BigDecimal("0.505")))).isEqualTo("€ 0,505");
    assertThat(nl.format(Cell.rate(new java.math.BigDecimal("1")))).isEqualTo("€ 1,00");
    assertThat(nl.format(Cell.count(1234567))).isEqualTo("1.234.567");
    assertThat(nl.format(Cell.number(new java.math.BigDecimal("1.50"), "uur")))
        .isEqualTo("1,5 uur");
    assertThat(nl.format(Cell.date(java.time.LocalDate.of(2023, 5, 16)))).isEqualTo("16 mei 2023");
    assertThat(nl.format(Cell.year(2023))).isEqualTo("2023");
    assertThat(nl.format(Cell.reference("programme-office", "Programmabureau")))
        .isEqualTo("Programmabureau");
    assertThat(nl.format(Cell.empty())).isEmpty();
  }

  @Test
  void rejectsACellThatDoesNotFitItsColumn() {
    assertThatThrownBy(() -> new Table("t", "T", List.of(new Column("a", "A", CellType.MONEY)),
        List.of(Row.body(List.of(Cell.text("x"))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Table 't' row 0 column 'a' holds a TEXT cell, expected MONEY");
  }

  @Test
  void rejectsATotalThatSumsARowAfterIt() {
    assertThatThrownBy(() -> new Table("t", "T", List.of(new Column("a", "A", CellType.COUNT)),
        List.of(Row.total(List.of(Cell.count(1)), List.of(0)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("total row 0 sums row 0, expected a row before it");
  }

  @Test
  void theSettlementIsASectionAfterTheContributionsWithOneRowPerMunicipalityAndATotal() {
    ExportContext context = Fixtures.illustrativeBuilder(ExportContext.DUTCH)
        .contributions(Fixtures.contributions2021()).build();
    Document doc = Document.of(context);
    List<SectionKind> kinds = doc.sections().stream().map(Section::kind).toList();
    assertThat(kinds.indexOf(SectionKind.SETTLEMENT))
        .isEqualTo(kinds.indexOf(SectionKind.CONTRIBUTIONS) + 1);
    Section section = doc.section(SectionKind.SETTLEMENT).orElseThrow();
    assertThat(section.heading()).isEqualTo("Verrekening 2021: schatting naar definitief");
    Table table = doc.table("settlement").orElseThrow();
    assertThat(table.columns()).extracting(Column::id)
        .containsExactly("municipality", "estimated", "settled", "difference");
    var settlement = context.settlement().orElseThrow();
    assertThat(table.rows()).hasSize(settlement.lines().size() + 1);
    for (int i = 0; i < settlement.lines().size(); i++) {
      var line = settlement.lines().get(i);
      assertThat(table.rows().get(i).cells()).containsExactly(
          Cell.reference(line.partnerId(), line.name()), Cell.money(line.estimated()),
          Cell.money(line.settled()), Cell.money(line.difference()));
    }
    Row total = table.rows().get(settlement.lines().size());
    assertThat(total.kind()).isEqualTo(Row.Kind.TOTAL);
    assertThat(total.cells()).containsExactly(Cell.text("Totaal"),
        Cell.money(settlement.estimateTotal()), Cell.money(settlement.finalTotal()),
        Cell.money(settlement.total()));
    assertThat(Document.of(Fixtures.reference(ExportContext.DUTCH))
        .section(SectionKind.SETTLEMENT)).as("no settlement in the context, no section")
        .isEmpty();
  }

  /** One cell of every kind: the table checks a cell's kind by its class. */
  private static List<Cell> oneOfEachKind() {
    return List.of(Cell.text("t"), Cell.label("status.done", "done"), Cell.money(Money.ofCents(1)),
        Cell.rate(java.math.BigDecimal.ONE), Cell.count(1), Cell.number(java.math.BigDecimal.TEN),
        Cell.percent(java.math.BigDecimal.ONE), Cell.date(java.time.LocalDate.of(2023, 1, 1)),
        Cell.year(2023), Cell.reference("id", "name"), Cell.empty());
  }

  @Test
  void everyKindOfCellFitsAColumnOfItsTypeAndNoOther() {
    List<Cell> cells = oneOfEachKind();
    assertThat(cells).extracting(Cell::type).containsExactly(CellType.values());
    for (Cell cell : cells) {
      for (CellType type : CellType.values()) {
        List<Column> columns = List.of(new Column("a", "A", type));
        List<Row> rows = List.of(Row.body(List.of(cell)));
        if (cell.type() == type || cell.type() == CellType.EMPTY) {
          assertThat(new Table("t", "T", columns, rows).rows()).hasSize(1);
        } else {
          assertThatThrownBy(() -> new Table("t", "T", columns, rows))
              .hasMessageContaining("holds a " + cell.type() + " cell, expected " + type);
        }
      }
    }
  }

  @Test
  void onlyTheFirstCellOfATotalRowMayBeTheWordTotal() {
    List<Column> columns = List.of(new Column("a", "A", CellType.MONEY),
        new Column("b", "B", CellType.MONEY));
    Row body = Row.body(List.of(Cell.money(Money.ofCents(1)), Cell.money(Money.ofCents(2))));
    assertThat(new Table("t", "T", columns, List.of(body,
        Row.total(List.of(Cell.text("Total"), Cell.money(Money.ofCents(2))), List.of(0))))
        .rows()).hasSize(2);
    assertThatThrownBy(() -> new Table("t", "T", columns, List.of(body,
        Row.total(List.of(Cell.money(Money.ofCents(1)), Cell.text("Total")), List.of(0)))))
        .hasMessageContaining("row 1 column 'b' holds a TEXT cell, expected MONEY");
    assertThatThrownBy(() -> new Table("t", "T", columns,
        List.of(Row.body(List.of(Cell.text("Total"), Cell.money(Money.ofCents(2)))))))
        .hasMessageContaining("row 0 column 'a' holds a TEXT cell, expected MONEY");
  }

  @Test
  void rejectsARowWithAnotherNumberOfCellsThanColumns() {
    assertThatThrownBy(() -> new Table("t", "T", List.of(new Column("a", "A", CellType.COUNT)),
        List.of(Row.body(List.of(Cell.count(1), Cell.count(2))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Table 't' row 0 has 2 cells, expected one per column (1)");
  }

  private static List<Section> all(List<Section> sections) {
    List<Section> out = new ArrayList<>();
    for (Section s : sections) {
      out.add(s);
      out.addAll(all(s.subsections()));
    }
    return out;
  }
}

package nl.dutchtechzone.reporting.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.contribution.SettlementLine;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.internal.Ids;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.BudgetVariance;
import nl.dutchtechzone.reporting.tracking.Evidence;
import nl.dutchtechzone.reporting.tracking.Gap;
import nl.dutchtechzone.reporting.tracking.GapKind;
import nl.dutchtechzone.reporting.tracking.PlanTracking;
import nl.dutchtechzone.reporting.tracking.ThemeSummary;
import nl.dutchtechzone.reporting.tracking.TrackedAction;
import nl.dutchtechzone.reporting.tracking.TrackingReport;

/** Builds the {@link Document} of one export context; used once, by {@link Document#of}. */
final class DocumentBuilder {

  private final ExportContext context;
  private final Texts texts;
  private final Notation notation;
  private final String language;

  DocumentBuilder(ExportContext context) {
    this.context = context;
    this.texts = Texts.of(context.locale());
    this.notation = Notation.of(context.locale());
    this.language = Languages.code(context.locale());
  }

  Document build() {
    Programme p = context.programme();
    List<Section> sections = new ArrayList<>();
    context.coverLetter().ifPresent(l -> sections.add(letter(l)));
    sections.add(programme(p));
    keyFigures().ifPresent(sections::add);
    context.report().flatMap(AnnualReport::statement).ifPresent(s -> sections.add(statement(s)));
    context.contributions().ifPresent(c -> sections.add(contributions(c)));
    context.settlement().ifPresent(st -> sections.add(settlement(st)));
    context.plan().flatMap(AnnualPlan::budget).ifPresent(b -> sections.add(budget(b)));
    context.tracking().filter(t -> !t.budget().isEmpty())
        .ifPresent(t -> sections.add(budgetVsActual(t)));
    context.plan().ifPresent(plan -> sections.add(plan(plan)));
    context.tracking().ifPresent(t -> sections.add(gaps(t)));
    context.report().ifPresent(r -> sections.add(report(r)));
    context.validation().ifPresent(v -> sections.add(validation(v)));
    String title = p.name() + " (" + p.shortName() + ") " + context.year();
    return new Document(p.id(), context.year(), Locale.forLanguageTag(language), title,
        sections);
  }

  // ---------------------------------------------------------------------------------------

  private String t(String key) {
    return texts.get(key);
  }

  private String x(LocalizedText text) {
    return text.in(context.locale());
  }

  private static String key(Enum<?> value) {
    return Ids.of(value);
  }

  private Cell.Label status(ActionStatus status) {
    String k = "status." + key(status);
    return Cell.label(k, t(k));
  }

  private Cell.Label estimateOrFinal(BudgetStatus status) {
    String k = status == BudgetStatus.ESTIMATE ? "estimate" : "final";
    return Cell.label(k, t(k));
  }

  private static Column col(String id, String header, CellType type) {
    return new Column(id, header, type);
  }

  private static Cell money(Optional<Money> m) {
    return m.<Cell>map(Cell::money).orElse(Cell.empty());
  }

  // ---------------------------------------------------------------------------------------

  private Section letter(CoverLetter l) {
    List<Field> fields = new ArrayList<>();
    fields.add(new Field(t("from"), Cell.text(l.from())));
    fields.add(new Field(t("to"), Cell.text(l.to())));
    fields.add(new Field(t("date"), Cell.text(l.place() + ", " + texts.date(l.date()))));
    fields.add(new Field(t("reference"), Cell.text(l.reference())));
    fields.add(new Field(t("subject"), Cell.text(l.subject())));
    fields.add(new Field(t("status"), Cell.text(x(l.status()))));
    if (!l.attachments().isEmpty()) {
      fields.add(new Field(t("attachments"), Cell.text(String.join("; ", l.attachments()))));
    }
    return new Section(SectionKind.LETTER, "letter", t("letter"), List.of(new Fields(fields)));
  }

  private Section programme(Programme p) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(x(p.purpose())));
    List<Partner> members = p.municipalitiesIn(context.year());
    if (!members.isEmpty()) {
      List<Row> rows = new ArrayList<>();
      for (Partner m : members) {
        rows.add(Row.body(List.of(Cell.reference(m.id(), m.name()),
            m.cbsCode().<Cell>map(c -> Cell.text(c.toString())).orElse(Cell.empty()))));
      }
      blocks.add(new Table("members", t("members") + " " + context.year(),
          List.of(col("municipality", t("municipality"), CellType.REFERENCE),
              col("cbs-code", t("cbs-code"), CellType.TEXT)), rows));
    }
    return new Section(SectionKind.PROGRAMME, "programme", t("programme"), blocks);
  }

  private Optional<Section> keyFigures() {
    List<KeyFigure> figures = new ArrayList<>();
    context.report().ifPresent(r -> {
      for (IndicatorValue v : r.indicatorValues()) {
        String name = context.programme().indicator(v.indicatorId()).map(Indicator::name)
            .map(this::x).orElse(x(v.title()));
        figures.add(new KeyFigure(v.indicatorId(), name + " (" + r.year() + ")",
            Cell.number(v.value())));
      }
      if (!r.activities().isEmpty()) {
        figures.add(new KeyFigure("activities", t("activities") + " (" + r.year() + ")",
            Cell.count(r.activities().size())));
      }
      if (!r.outcomes().isEmpty()) {
        figures.add(new KeyFigure("outcomes", t("outcomes") + " (" + r.year() + ")",
            Cell.count(r.outcomes().size())));
      }
      r.statement().ifPresent(s -> figures.add(new KeyFigure("closing-balance",
          t("closing") + " (" + s.year() + ")", Cell.money(closing(s)))));
    });
    context.plan().ifPresent(plan -> figures.add(new KeyFigure("actions",
        texts.get("actions-in-plan", Integer.toString(plan.year())),
        Cell.count(plan.actions().size()))));
    if (figures.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Section(SectionKind.KEY_FIGURES, "key-figures", t("counts"),
        List.of(new KeyFigures(figures))));
  }

  private static Money closing(FinancialStatement s) {
    return s.carriedForward().plus(s.incomeSum()).minus(s.spendingSum());
  }

  private Section statement(FinancialStatement s) {
    List<Row> rows = new ArrayList<>();
    List<ChartItem> items = new ArrayList<>();
    String opening = t("carried-forward") + " " + (s.year() - 1);
    rows.add(Row.body(List.of(Cell.text(opening), Cell.money(s.carriedForward()))));
    items.add(new ChartItem(opening, ChartItem.Role.OPENING,
        List.of(Cell.money(s.carriedForward()))));
    List<Integer> all = new ArrayList<>();
    all.add(0);
    List<Integer> income = new ArrayList<>();
    for (StatementLine line : s.income()) {
      income.add(rows.size());
      rows.add(Row.body(List.of(Cell.text(x(line.label())), Cell.money(line.amount()))));
      items.add(new ChartItem(x(line.label()), ChartItem.Role.INCOME,
          List.of(Cell.money(line.amount()))));
    }
    all.addAll(income);
    if (income.size() > 1) {
      // Several sources of income (contributions, a grant, ...) get their total, as spending does.
      rows.add(Row.total(List.of(Cell.text(t("income-total")), Cell.money(s.incomeSum())),
          income));
    }
    List<Integer> spending = new ArrayList<>();
    for (StatementLine line : s.spending()) {
      spending.add(rows.size());
      rows.add(Row.body(List.of(Cell.text(x(line.label())),
          Cell.money(line.amount().negated()))));
      items.add(new ChartItem(x(line.label()), ChartItem.Role.SPENDING,
          List.of(Cell.money(line.amount()))));
    }
    all.addAll(spending);
    rows.add(Row.total(List.of(Cell.text(t("spending-total")),
        Cell.money(s.spendingSum().negated())), spending));
    rows.add(Row.total(List.of(Cell.text(t("closing")), Cell.money(closing(s))), all));
    items.add(new ChartItem(t("closing"), ChartItem.Role.CLOSING,
        List.of(Cell.money(closing(s)))));
    String year = Integer.toString(s.year());
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Chart("statement-chart", Chart.Kind.WATERFALL, t("waterfall") + " " + year,
        texts.get("chart.waterfall", year) + " " + t("chart-see-table"), "statement",
        List.of(new Series("amount", t("amount"))), items));
    blocks.add(new Table("statement", t("finances") + " " + year,
        List.of(col("line", t("line"), CellType.TEXT),
            col("amount", t("amount"), CellType.MONEY)), rows));
    if (!s.statedSpendingTotal().equals(s.spendingSum())) {
      blocks.add(new Paragraph(t("stated-total") + ": "
          + notation.money(s.statedSpendingTotal()) + " ≠ " + notation.money(s.spendingSum()),
          Paragraph.Style.WARNING));
    }
    s.statedIncomeTotal().filter(stated -> !stated.equals(s.incomeSum())).ifPresent(stated ->
        blocks.add(new Paragraph(t("stated-income-total") + ": " + notation.money(stated)
            + " ≠ " + notation.money(s.incomeSum()), Paragraph.Style.WARNING)));
    return new Section(SectionKind.STATEMENT, "statement", t("finances") + " " + year, blocks);
  }

  private Section contributions(ContributionStatement c) {
    List<Row> rows = new ArrayList<>();
    List<ChartItem> items = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    Set<String> sources = new TreeSet<>();
    for (ContributionLine l : c.lines()) {
      all.add(rows.size());
      String fs = l.figureStatus() == FigureStatus.FINAL ? "final"
          : l.figureStatus() == FigureStatus.REVISED_PROVISIONAL ? "revised-provisional"
          : "provisional";
      rows.add(Row.body(List.of(Cell.reference(l.partnerId(), l.name()),
          Cell.text(l.cbsCode().value()), Cell.count(l.inhabitants()),
          Cell.date(l.referenceDate()), Cell.rate(l.rate()), Cell.money(l.amount()),
          Cell.label(fs, t(fs)))));
      items.add(new ChartItem(l.name(), l.figureStatus() == FigureStatus.FINAL
          ? ChartItem.Role.FINAL : ChartItem.Role.PROVISIONAL,
          List.of(Cell.money(l.amount()), Cell.count(l.inhabitants()))));
      sources.add(l.figureSource(context.locale()));
    }
    rows.add(Row.total(List.of(Cell.text(t("total")), Cell.empty(),
        Cell.count(c.totalInhabitants()), Cell.empty(), Cell.empty(), Cell.money(c.total()),
        Cell.empty()), all));
    String heading = t("contributions") + " " + c.year() + " ("
        + estimateOrFinal(c.status()).text() + ")";
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Chart("contributions-chart", Chart.Kind.BARS, heading,
        texts.get("chart.contributions", Integer.toString(c.year())) + " "
            + t("chart-see-table"), "contributions",
        List.of(new Series("amount", t("amount")), new Series("inhabitants", t("inhabitants"))),
        items));
    blocks.add(new Table("contributions", heading,
        List.of(col("municipality", t("municipality"), CellType.REFERENCE),
            col("cbs-code", t("cbs-code"), CellType.TEXT),
            col("inhabitants", t("inhabitants"), CellType.COUNT),
            col("reference-date", t("reference-date"), CellType.DATE),
            col("rate", t("rate"), CellType.RATE),
            col("amount", t("amount"), CellType.MONEY),
            col("figure-status", t("figure-status"), CellType.LABEL)), rows));
    for (String source : sources) {
      blocks.add(new Paragraph(t("source") + ": " + source, Paragraph.Style.NOTE));
    }
    return new Section(SectionKind.CONTRIBUTIONS, "contributions", heading, blocks);
  }

  /**
   * The settlement: one row per municipality (estimate, final amount, difference) and a total
   * row over all of them, whose cells are the settlement's own totals.
   */
  private Section settlement(Settlement st) {
    String year = Integer.toString(st.year());
    String heading = texts.get("settlement", year);
    List<Row> rows = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    for (SettlementLine l : st.lines()) {
      all.add(rows.size());
      rows.add(Row.body(List.of(Cell.reference(l.partnerId(), l.name()),
          Cell.money(l.estimated()), Cell.money(l.settled()), Cell.money(l.difference()))));
    }
    rows.add(Row.total(List.of(Cell.text(t("total")), Cell.money(st.estimateTotal()),
        Cell.money(st.finalTotal()), Cell.money(st.total())), all));
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("settlement", heading,
        List.of(col("municipality", t("municipality"), CellType.REFERENCE),
            col("estimated", t("settlement.estimated"), CellType.MONEY),
            col("settled", t("settlement.settled"), CellType.MONEY),
            col("difference", t("settlement.difference"), CellType.MONEY)), rows));
    blocks.add(new Paragraph(t("settlement.sign"), Paragraph.Style.NOTE));
    return new Section(SectionKind.SETTLEMENT, "settlement", heading, blocks);
  }

  private Section budget(Budget b) {
    String heading = t("budget") + " " + b.year() + " (" + estimateOrFinal(b.status()).text()
        + ")";
    List<Block> blocks = new ArrayList<>();
    b.scopeNote().ifPresent(n -> blocks.add(Paragraph.of(x(n))));
    if (b.lines().isEmpty()) {
      blocks.add(new Paragraph(t("no-budget-lines"), Paragraph.Style.NOTE));
      return new Section(SectionKind.BUDGET, "budget", heading, blocks);
    }
    List<Row> rows = new ArrayList<>(b.lines().size() + 2);
    List<Integer> income = new ArrayList<>();
    List<Integer> spending = new ArrayList<>();
    // Cells that many lines share are made once: the two flow labels and one per category.
    Cell.Label incomeLabel = Cell.label("income", t("income"));
    Cell.Label spendingLabel = Cell.label("spending", t("spending"));
    Map<String, Cell> incomeCategories = new java.util.HashMap<>();
    Map<String, Cell> spendingCategories = new java.util.HashMap<>();
    for (BudgetLine l : b.lines()) {
      String label = x(l.description());
      if (!l.inScope()) {
        label = label + " (" + t("scope-out") + l.note().map(n -> ": " + x(n)).orElse("") + ")";
      }
      boolean isIncome = l.flow() == Flow.INCOME;
      Cell category = (isIncome ? incomeCategories : spendingCategories)
          .computeIfAbsent(l.categoryId(), id -> category(id, l.flow()));
      List<Cell> cells = List.of(Cell.text(label), isIncome ? incomeLabel : spendingLabel,
          category, Cell.money(l.planned()), Cell.money(l.current()));
      if (l.inScope()) {
        (l.flow() == Flow.INCOME ? income : spending).add(rows.size());
        rows.add(Row.body(cells));
      } else {
        rows.add(Row.excluded(cells));
      }
    }
    rows.add(Row.total(List.of(Cell.text(t("income-total")), Cell.empty(), Cell.empty(),
        Cell.money(sumPlanned(b, Flow.INCOME)), Cell.money(b.totalIncome())), income));
    rows.add(Row.total(List.of(Cell.text(t("spending-total")), Cell.empty(), Cell.empty(),
        Cell.money(sumPlanned(b, Flow.SPENDING)), Cell.money(b.totalSpending())), spending));
    blocks.add(new Table("budget", heading,
        List.of(col("line", t("line"), CellType.TEXT), col("flow", t("flow"), CellType.LABEL),
            col("category", t("category"), CellType.REFERENCE),
            col("planned", t("planned"), CellType.MONEY),
            col("amended", t("amended"), CellType.MONEY)), rows));
    return new Section(SectionKind.BUDGET, "budget", heading, blocks);
  }

  private static Money sumPlanned(Budget b, Flow flow) {
    long cents = 0;
    for (BudgetLine l : b.lines()) {
      if (l.inScope() && l.flow() == flow) {
        cents = Math.addExact(cents, l.planned().cents());
      }
    }
    return Money.ofCents(cents);
  }

  /**
   * The category of a budget line by its name. An income line in an {@link IncomeCategory} shows
   * that category's name from the bundle (contributions, carried forward, other income), so a
   * grant is told from the members' contributions; an income line in a cost category of the
   * programme (as datasets before income categories had) shows that category's name, and one in
   * neither gets an empty cell (the flow column says it is income). A spending line with an
   * unknown category shows the id, which validation reports.
   */
  private Cell category(String categoryId, Flow flow) {
    Optional<CostCategory> category = context.programme().costCategory(categoryId);
    if (category.isEmpty() && flow == Flow.INCOME) {
      return IncomeCategory.byId(categoryId)
          .<Cell>map(c -> Cell.reference(categoryId, t("income-category." + c.id())))
          .orElse(Cell.empty());
    }
    return Cell.reference(categoryId, category.map(CostCategory::name).map(this::x)
        .orElse(categoryId));
  }

  private Section budgetVsActual(TrackingReport tracking) {
    List<Row> rows = new ArrayList<>();
    for (BudgetVariance v : tracking.budget()) {
      rows.add(Row.body(List.of(Cell.year(v.year()),
          Cell.reference(v.categoryId(), x(v.categoryName())), money(v.planned()),
          money(v.amended()), money(v.actual()), money(v.variance()),
          v.variancePercent().<Cell>map(Cell::percent).orElse(Cell.empty()),
          v.explanation().<Cell>map(e -> Cell.text(x(e))).orElse(Cell.empty()))));
    }
    return new Section(SectionKind.BUDGET_VS_ACTUAL, "budget-vs-actual", t("budget-vs-actual"),
        List.of(new Table("budget-vs-actual", t("budget-vs-actual"),
            List.of(col("year", t("year"), CellType.YEAR),
                col("category", t("category"), CellType.REFERENCE),
                col("planned", t("planned"), CellType.MONEY),
                col("amended", t("amended"), CellType.MONEY),
                col("actual", t("actual"), CellType.MONEY),
                col("variance", t("variance"), CellType.MONEY),
                col("variance-percent", t("variance-percent"), CellType.PERCENT),
                col("explanation", t("explanation"), CellType.TEXT)), rows)));
  }

  private Section plan(AnnualPlan plan) {
    PlanTracking tracked = context.tracking().flatMap(tr -> tr.plan(plan.year())).orElse(null);
    String prefix = "plan-" + plan.year();
    List<Block> blocks = new ArrayList<>();
    plan.introduction().ifPresent(i -> blocks.add(Paragraph.of(x(i))));
    blocks.add(progress(plan, tracked, prefix));
    Map<String, TrackedAction> byId = new java.util.HashMap<>();
    if (tracked != null) {
      tracked.actions().forEach(ta -> byId.putIfAbsent(ta.actionId(), ta));
    }
    for (InvestmentTheme theme : plan.themes()) {
      List<Row> rows = new ArrayList<>();
      for (ActionPoint a : theme.actions()) {
        TrackedAction ta = byId.get(a.id());
        Cell target = a.target().<Cell>map(tg -> number(tg.value(), tg.unit()))
            .orElse(Cell.empty());
        Cell actual = ta == null ? Cell.empty() : ta.target().flatMap(r -> r.actual())
            .<Cell>map(v -> number(v, ta.target().get().unit())).orElse(Cell.empty());
        List<String> evidence = new ArrayList<>();
        if (ta != null) {
          for (Evidence e : ta.evidence()) {
            evidence.add(x(e.title()));
          }
        }
        rows.add(Row.body(List.of(Cell.text(a.id()), Cell.text(x(a.text())),
            ta == null ? Cell.empty() : status(ta.status()), target, actual,
            ta == null ? Cell.empty() : Cell.count(ta.evidence().size()),
            evidence.isEmpty() ? Cell.empty() : Cell.text(String.join("; ", evidence)))));
      }
      String id = prefix + ".theme-" + theme.id();
      blocks.add(new Section(SectionKind.THEME, id, x(theme.title()),
          List.of(new Table(id, x(theme.title()),
              List.of(col("action-id", t("action"), CellType.TEXT),
                  col("text", t("description"), CellType.TEXT),
                  col("status", t("status"), CellType.LABEL),
                  col("target", t("target"), CellType.NUMBER),
                  col("actual", t("actual"), CellType.NUMBER),
                  col("evidence-count", t("evidence"), CellType.COUNT),
                  col("evidence", t("evidence-items"), CellType.TEXT)), rows))));
    }
    return new Section(SectionKind.PLAN, prefix, t("plan") + " " + plan.year(), blocks);
  }

  /**
   * A number with its unit in the document's language: a unit the bundles know
   * ({@code unit.<unit>}) is translated, and one they write as nothing (a count) is left out;
   * any other unit is the programme's own word and shown as it is.
   */
  private Cell number(java.math.BigDecimal value, String unit) {
    String shown = texts.find("unit." + unit).orElse(unit);
    return shown.isEmpty() ? Cell.number(value) : Cell.number(value, shown);
  }

  private Section progress(AnnualPlan plan, PlanTracking tracked, String prefix) {
    List<Block> blocks = new ArrayList<>();
    String tableId = prefix + ".progress";
    List<Row> rows = new ArrayList<>();
    List<ChartItem> items = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    List<Column> columns = new ArrayList<>();
    columns.add(col("theme", t("theme"), CellType.REFERENCE));
    columns.add(col("actions", t("actions"), CellType.COUNT));
    List<Series> series = new ArrayList<>();
    if (tracked == null) {
      series.add(new Series("actions", t("actions")));
      int total = 0;
      for (InvestmentTheme theme : plan.themes()) {
        all.add(rows.size());
        rows.add(Row.body(List.of(Cell.reference(theme.id(), x(theme.title())),
            Cell.count(theme.actions().size()))));
        items.add(new ChartItem(x(theme.title()), ChartItem.Role.VALUE,
            List.of(Cell.count(theme.actions().size()))));
        total += theme.actions().size();
      }
      rows.add(Row.total(List.of(Cell.text(t("total")), Cell.count(total)), all));
    } else {
      for (ActionStatus s : ActionStatus.values()) {
        series.add(new Series("status." + key(s), status(s).text()));
        columns.add(col(key(s), status(s).text(), CellType.COUNT));
      }
      columns.add(col("with-evidence", t("with-evidence"), CellType.COUNT));
      for (ThemeSummary s : tracked.themes()) {
        all.add(rows.size());
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.reference(s.themeId(), x(s.title())));
        cells.add(Cell.count(s.counts().total()));
        List<Cell> values = new ArrayList<>();
        for (ActionStatus st : ActionStatus.values()) {
          cells.add(Cell.count(s.counts().count(st)));
          values.add(Cell.count(s.counts().count(st)));
        }
        cells.add(Cell.count(s.counts().withEvidence()));
        rows.add(Row.body(cells));
        items.add(new ChartItem(x(s.title()), ChartItem.Role.VALUE, values));
      }
      List<Cell> total = new ArrayList<>();
      total.add(Cell.text(t("total")));
      total.add(Cell.count(tracked.counts().total()));
      for (ActionStatus st : ActionStatus.values()) {
        total.add(Cell.count(tracked.counts().count(st)));
      }
      total.add(Cell.count(tracked.counts().withEvidence()));
      rows.add(Row.total(total, all));
    }
    blocks.add(new Chart(tableId + "-chart", tracked == null ? Chart.Kind.BARS
        : Chart.Kind.STACKED_BARS, t("progress"), t("chart.progress") + " "
        + t("chart-see-table"), tableId, series, items));
    blocks.add(new Table(tableId, t("progress"), columns, rows));
    if (tracked == null) {
      blocks.add(new Paragraph(t("not-tracked"), Paragraph.Style.NOTE));
    }
    return new Section(SectionKind.PROGRESS, tableId, t("progress"), blocks);
  }

  private Section gaps(TrackingReport tracking) {
    List<Block> blocks = new ArrayList<>();
    if (tracking.gaps().isEmpty()) {
      blocks.add(Paragraph.of(t("no-gaps")));
      return new Section(SectionKind.GAPS, "gaps", t("gaps"), blocks);
    }
    Map<GapKind, List<Gap>> byKind = new TreeMap<>();
    for (Gap g : tracking.gaps()) {
      byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g);
    }
    for (Map.Entry<GapKind, List<Gap>> e : byKind.entrySet()) {
      String id = "gaps." + key(e.getKey());
      String name = t("gap." + key(e.getKey()));
      boolean actions = e.getKey() == GapKind.ACTION_WITHOUT_EVIDENCE
          || e.getKey() == GapKind.TARGET_WITHOUT_ACTUAL;
      List<Row> rows = new ArrayList<>();
      for (Gap g : e.getValue()) {
        Optional<String> title = subjectTitle(tracking, g);
        if (actions) {
          // an action is known to readers by its number in the plan, so the number stays
          rows.add(Row.body(List.of(Cell.year(g.year()), Cell.text(g.subjectId()),
              title.<Cell>map(Cell::text).orElse(Cell.empty()))));
        } else {
          rows.add(Row.body(List.of(Cell.year(g.year()),
              Cell.reference(g.subjectId(), title.orElse(g.subjectId())))));
        }
      }
      String heading = name + " (" + e.getValue().size() + ")";
      List<Column> columns = actions
          ? List.of(col("year", t("year"), CellType.YEAR),
              col("action-id", t("action"), CellType.TEXT),
              col("description", t("description"), CellType.TEXT))
          : List.of(col("year", t("year"), CellType.YEAR),
              col("subject", t("subject"), CellType.REFERENCE));
      blocks.add(new Section(SectionKind.GAP_KIND, id, heading,
          List.of(new Table(id, heading, columns, rows))));
    }
    return new Section(SectionKind.GAPS, "gaps", t("gaps"), blocks);
  }

  private Optional<String> subjectTitle(TrackingReport tracking, Gap g) {
    switch (g.kind()) {
      case ACTION_WITHOUT_EVIDENCE:
      case TARGET_WITHOUT_ACTUAL:
        return tracking.action(g.year(), g.subjectId()).map(a -> x(a.text()));
      case UNLINKED_REPORT_ITEM:
        return context.report().filter(r -> r.year() == g.year())
            .flatMap(r -> r.item(g.subjectId())).map(i -> x(i.title()));
      default:
        return context.programme().indicator(g.subjectId()).map(i -> x(i.name()));
    }
  }

  private Section report(AnnualReport r) {
    List<Block> blocks = new ArrayList<>();
    r.goal().ifPresent(g -> blocks.add(new Fields(List.of(new Field(t("goal"),
        Cell.text(x(g)))))));
    String prefix = "report-" + r.year();
    if (!r.outcomes().isEmpty()) {
      List<Item> items = new ArrayList<>();
      for (Outcome o : r.outcomes()) {
        items.add(new Item(Optional.empty(), Optional.of(x(o.title())), x(o.summary()),
            List.of()));
      }
      blocks.add(new Section(SectionKind.OUTCOMES, prefix + ".outcomes", t("outcomes"),
          List.of(new ItemList(items))));
    }
    if (!r.observations().isEmpty()) {
      List<Item> items = new ArrayList<>();
      for (Observation o : r.observations()) {
        List<String> points = new ArrayList<>();
        o.points().forEach(pt -> points.add(x(pt)));
        items.add(new Item(Optional.empty(), Optional.of(x(o.title())),
            String.join("; ", points), List.of()));
      }
      blocks.add(new Section(SectionKind.OBSERVATIONS, prefix + ".observations",
          t("observations"), List.of(new ItemList(items))));
    }
    if (!r.activities().isEmpty()) {
      List<Item> items = new ArrayList<>();
      for (Activity a : r.activities()) {
        items.add(new Item(Optional.empty(), Optional.empty(),
            x(a.title()) + a.note().map(n -> " (" + x(n) + ")").orElse(""), List.of()));
      }
      blocks.add(new Section(SectionKind.ACTIVITIES, prefix + ".activities", t("activities"),
          List.of(new ItemList(items))));
    }
    return new Section(SectionKind.REPORT, prefix, t("report") + " " + r.year(), blocks);
  }

  private Section validation(ValidationResult result) {
    if (result.violations().isEmpty()) {
      return new Section(SectionKind.VALIDATION, "validation", t("validation"),
          List.of(Paragraph.of(t("no-violations"))));
    }
    List<Row> rows = new ArrayList<>();
    for (Violation v : result.violations()) {
      String k = "severity." + key(v.severity());
      rows.add(Row.body(List.of(Cell.label(k, t(k)), Cell.text(v.code()), Cell.text(v.path()),
          Cell.text(v.message(context.locale())), money(v.expected()), money(v.actual()))));
    }
    return new Section(SectionKind.VALIDATION, "validation", t("validation"),
        List.of(new Table("validation", t("validation"),
            List.of(col("severity", t("severity"), CellType.LABEL),
                col("code", t("code"), CellType.TEXT), col("path", t("path"), CellType.TEXT),
                col("message", t("message"), CellType.TEXT),
                col("expected", t("expected"), CellType.MONEY),
                col("actual", t("actual"), CellType.MONEY)), rows)));
  }
}

package nl.dutchtechzone.reporting.xlsx;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.internal.Fmt;
import nl.dutchtechzone.reporting.internal.Labels;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.BudgetVariance;
import nl.dutchtechzone.reporting.tracking.Gap;
import nl.dutchtechzone.reporting.tracking.PlanTracking;
import nl.dutchtechzone.reporting.tracking.ThemeSummary;
import nl.dutchtechzone.reporting.tracking.TrackedAction;
import nl.dutchtechzone.reporting.tracking.TrackingReport;

/**
 * The {@code xlsx} format: the document as an Excel workbook for finance staff, one sheet per
 * part of the document that is present, in this order: the financial statement, the
 * contributions per municipality, the budget against actual, the plan and its tracking, and the
 * validation findings (always, "no findings" included, when the document carries a validation).
 *
 * <p>Money is a numeric cell with a euro number format, never text; counts are integers;
 * percentages are fractions with a percent format; dates are date cells. Totals are {@code SUM}
 * formulas over the cells above them with the computed value stored, so the figure shows at once
 * and can be audited. The first heading row of each sheet is bold and frozen; columns are as
 * wide as their widest cell. Sheet names and headings are in the document's language. Text from
 * the document is always a string cell, whatever it starts with ({@code =}, {@code +}, {@code
 * -}, {@code @}), so no text can become a formula. The same document gives the same bytes under
 * any default locale and time zone: the workbook carries no timestamp. The sheets and columns
 * are listed in {@code docs/exporters.md}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class XlsxExporter implements ReportExporter {

  /** The Office Open XML spreadsheet media type. */
  static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** The bundle of sheet names. */
  static final String SHEET_NAMES = "nl.dutchtechzone.reporting.xlsx.sheets";

  /** Creates the exporter; used by the service loader. */
  public XlsxExporter() {}

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public String fileExtension() {
    return "xlsx";
  }

  @Override
  public String description() {
    return "An Excel workbook: one sheet per part, euro cells, SUM totals with stored values";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    Book book = new Book(context);
    Programme p = context.programme();
    String title = p.name() + " (" + p.shortName() + ") " + context.year();
    XlsxWriter.write(book.sheets(), title,
        context.isEnglish() ? ExportContext.ENGLISH : ExportContext.DUTCH, out);
    out.flush();
  }

  /** The sheets for one context. */
  private static final class Book {
    private final ExportContext context;
    private final boolean en;

    private final ResourceBundle names;

    Book(ExportContext context) {
      this.context = context;
      this.en = context.isEnglish();
      // Both languages have a bundle of their own, so the default locale is never consulted.
      this.names = ResourceBundle.getBundle(SHEET_NAMES,
          en ? ExportContext.ENGLISH : ExportContext.DUTCH);
    }

    private String t(String key) {
      return Labels.get(key, en);
    }

    private String x(LocalizedText text) {
      return Fmt.text(text, en);
    }

    /** A sheet name from the bundle of sheet names, with the year where it has one. */
    private String sheetName(String key, int year) {
      return names.getString(key).replace("{0}", Integer.toString(year));
    }

    List<XSheet> sheets() {
      List<XSheet> sheets = new ArrayList<>();
      context.report().flatMap(AnnualReport::statement).ifPresent(s -> sheets.add(statement(s)));
      context.contributions().ifPresent(c -> sheets.add(contributions(c)));
      Budget budget = context.plan().flatMap(AnnualPlan::budget).orElse(null);
      List<BudgetVariance> variances = context.tracking().map(TrackingReport::budget)
          .orElse(List.of());
      if (budget != null || !variances.isEmpty()) {
        sheets.add(budget(budget, variances));
      }
      if (context.plan().isPresent() || context.report().map(r -> !r.indicatorValues().isEmpty())
          .orElse(false)) {
        sheets.add(plan());
      }
      context.validation().ifPresent(v -> sheets.add(validation(v)));
      if (sheets.isEmpty()) {
        XSheet programme = new XSheet(sheetName("programme", context.year()));
        programme.header(t("partner"), t("cbs-code"));
        context.programme().municipalitiesIn(context.year()).forEach(m -> programme.row(
            XCell.text(m.name()), XCell.text(m.cbsCode().map(Object::toString).orElse(""))));
        sheets.add(programme);
      }
      return sheets;
    }

    /** The statement: carried forward, income, spending (negative), the closing balance. */
    private XSheet statement(FinancialStatement s) {
      XSheet sheet = new XSheet(sheetName("statement", s.year()));
      sheet.header(t("line"), t("amount"));
      int first = sheet.row(XCell.text(t("carried-forward")), XCell.money(s.carriedForward()));
      for (StatementLine l : s.income()) {
        sheet.row(XCell.text(x(l.label())), XCell.money(l.amount()));
      }
      int spendingFrom = sheet.next();
      for (StatementLine l : s.spending()) {
        sheet.row(XCell.text(x(l.label())), XCell.money(l.amount().negated()));
      }
      int last = sheet.next() - 1;
      sheet.row(XCell.bold(t("closing")), sheet.sum(1, first, last));
      if (spendingFrom <= last) {
        sheet.blank();
        sheet.row(XCell.bold(t("spending-total")), sheet.sum(1, spendingFrom, last));
      }
      if (!s.statedSpendingTotal().equals(s.spendingSum())) {
        sheet.row(XCell.text(t("stated-total")), XCell.money(s.statedSpendingTotal().negated()));
      }
      return sheet;
    }

    private XSheet contributions(ContributionStatement c) {
      XSheet sheet = new XSheet(sheetName("contributions", c.year()));
      sheet.header(t("partner"), t("cbs-code"), t("inhabitants"), t("reference-date"), t("rate"),
          t("amount"), t("figure-status"), t("source"));
      int first = sheet.next();
      for (ContributionLine l : c.lines()) {
        sheet.row(XCell.text(l.name()), XCell.text(l.cbsCode().value()),
            XCell.count(l.inhabitants()), XCell.date(l.referenceDate()), XCell.rate(l.rate()),
            XCell.money(l.amount()),
            XCell.text(t(l.figureStatus() == FigureStatus.FINAL ? "final" : "provisional")),
            XCell.text(l.figureSource()));
      }
      if (!c.lines().isEmpty()) {
        int last = sheet.next() - 1;
        sheet.row(XCell.bold(t("total") + " (" + t(c.status() == BudgetStatus.ESTIMATE
                ? "estimate" : "final") + ")"), null, sheet.sum(2, first, last), null, null,
            sheet.sum(5, first, last));
      }
      return sheet;
    }

    /** The plan's budget by flow with in-scope totals, the excluded lines, then the variances. */
    private XSheet budget(Budget b, List<BudgetVariance> variances) {
      XSheet sheet = new XSheet(sheetName("budget", context.year()));
      if (b != null) {
        sheet.header(t("budget") + " " + b.year(), t("category"), t("planned"), t("amended"),
            t("budget") + " (" + t(b.status() == BudgetStatus.ESTIMATE ? "estimate" : "final")
                + ")", t("explanation"));
        flow(sheet, b, Flow.INCOME, t("income"));
        flow(sheet, b, Flow.SPENDING, t("spending"));
        List<BudgetLine> out = b.outOfScope();
        if (!out.isEmpty()) {
          sheet.blank();
          sheet.row(XCell.bold(t("scope-out")));
          for (BudgetLine l : out) {
            budgetLine(sheet, l);
          }
        }
        b.scopeNote().ifPresent(n -> {
          sheet.blank();
          sheet.row(XCell.text(x(n)));
        });
      }
      if (!variances.isEmpty()) {
        if (b != null) {
          sheet.blank();
        }
        sheet.header(t("year"), t("category"), t("planned"), t("amended"), t("actual"),
            t("variance"), t("variance-percent"), t("explanation"));
        for (BudgetVariance v : variances) {
          sheet.row(XCell.count(v.year()), XCell.text(x(v.categoryName())),
              v.planned().map(XCell::money).orElse(null),
              v.amended().map(XCell::money).orElse(null),
              v.actual().map(XCell::money).orElse(null),
              v.variance().map(XCell::money).orElse(null),
              v.variancePercent().map(XCell::percent).orElse(null),
              v.explanation().map(e -> XCell.text(x(e))).orElse(null));
        }
      }
      return sheet;
    }

    private void flow(XSheet sheet, Budget b, Flow flow, String label) {
      int first = sheet.next();
      for (BudgetLine l : b.lines()) {
        if (l.inScope() && l.flow() == flow) {
          budgetLine(sheet, l);
        }
      }
      int last = sheet.next() - 1;
      if (last >= first) {
        sheet.row(XCell.bold(t("total") + " " + label.toLowerCase(Locale.ROOT)), null,
            sheet.sum(2, first, last), null, sheet.sum(4, first, last));
      }
    }

    private void budgetLine(XSheet sheet, BudgetLine l) {
      String prefix = l.flow() == Flow.INCOME ? t("income") : t("spending");
      sheet.row(XCell.text(prefix + ": " + x(l.description())), XCell.text(l.categoryId()),
          XCell.money(l.planned()), l.amended().map(XCell::money).orElse(null),
          XCell.money(l.current()), l.note().map(n -> XCell.text(x(n))).orElse(null));
    }

    /** The plan's actions with their tracking, progress per theme, key figures and gaps. */
    private XSheet plan() {
      AnnualPlan plan = context.plan().orElse(null);
      XSheet sheet = plan != null ? new XSheet(sheetName("plan", plan.year()))
          : new XSheet(sheetName("key-figures", context.report().orElseThrow().year()));
      PlanTracking tracked = plan == null ? null
          : context.tracking().flatMap(tr -> tr.plan(plan.year())).orElse(null);
      if (plan != null) {
        sheet.header(t("theme"), t("action"), t("plan"), t("status"), t("evidence"),
            t("target"), t("actual"));
        for (InvestmentTheme theme : plan.themes()) {
          for (ActionPoint a : theme.actions()) {
            TrackedAction ta = tracked == null ? null : tracked.actions().stream()
                .filter(y -> y.actionId().equals(a.id())).findFirst().orElse(null);
            sheet.row(XCell.text(x(theme.title())), XCell.text(a.id()), XCell.text(x(a.text())),
                ta == null ? null : XCell.text(Labels.status(ta.status(), en)),
                ta == null ? null : XCell.count(ta.evidence().size()),
                a.target().map(tg -> XCell.text(Fmt.number(tg.value(), en) + " " + tg.unit()))
                    .orElse(null),
                ta == null ? null : ta.target().flatMap(r -> r.actual()).map(XCell::number)
                    .orElse(null));
          }
        }
      }
      if (tracked != null && !tracked.themes().isEmpty()) {
        sheet.blank();
        ActionStatus[] statuses = {ActionStatus.DONE, ActionStatus.IN_PROGRESS,
            ActionStatus.NOT_STARTED, ActionStatus.CARRIED_OVER, ActionStatus.DROPPED,
            ActionStatus.NO_EVIDENCE};
        String[] headings = new String[statuses.length + 3];
        headings[0] = t("progress");
        headings[1] = t("actions");
        for (int i = 0; i < statuses.length; i++) {
          headings[i + 2] = Labels.status(statuses[i], en);
        }
        headings[headings.length - 1] = t("with-evidence");
        sheet.header(headings);
        int first = sheet.next();
        for (ThemeSummary s : tracked.themes()) {
          XCell[] row = new XCell[headings.length];
          row[0] = XCell.text(x(s.title()));
          row[1] = XCell.count(s.counts().total());
          for (int i = 0; i < statuses.length; i++) {
            row[i + 2] = XCell.count(s.counts().count(statuses[i]));
          }
          row[row.length - 1] = XCell.count(s.counts().withEvidence());
          sheet.row(row);
        }
        int last = sheet.next() - 1;
        XCell[] total = new XCell[headings.length];
        total[0] = XCell.bold(t("total"));
        for (int c = 1; c < headings.length; c++) {
          total[c] = sheet.sum(c, first, last);
        }
        sheet.row(total);
      }
      context.report().filter(r -> !r.indicatorValues().isEmpty()).ifPresent(r -> {
        if (sheet.next() > 0) {
          sheet.blank();
        }
        sheet.header(t("counts") + " " + r.year(), t("amount"));
        for (IndicatorValue v : r.indicatorValues()) {
          String name = context.programme().indicator(v.indicatorId()).map(Indicator::name)
              .map(this::x).orElse(x(v.title()));
          sheet.row(XCell.text(name), XCell.number(v.value()));
        }
      });
      TrackingReport tracking = context.tracking().orElse(null);
      if (tracking != null && !tracking.gaps().isEmpty()) {
        sheet.blank();
        sheet.header(t("gaps"), t("year"), t("code"));
        for (Gap g : tracking.gaps()) {
          sheet.row(XCell.text(Labels.gap(g.kind(), en)), XCell.count(g.year()),
              XCell.text(g.subjectId()));
        }
      }
      return sheet;
    }

    private XSheet validation(ValidationResult result) {
      XSheet sheet = new XSheet(sheetName("validation", context.year()));
      sheet.header(t("severity"), t("code"), t("path"), t("message"), t("expected"),
          t("actual"));
      if (result.violations().isEmpty()) {
        sheet.row(XCell.text(t("no-violations")));
      }
      for (Violation v : result.violations()) {
        sheet.row(XCell.text(v.severity().name().toLowerCase(Locale.ROOT)),
            XCell.text(v.code()), XCell.text(v.path()), XCell.text(v.message(context.locale())),
            v.expected().map(XCell::money).orElse(null),
            v.actual().map(XCell::money).orElse(null));
      }
      return sheet;
    }
  }
}

package nl.dutchtechzone.reporting.html;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Violation;
import nl.dutchtechzone.reporting.internal.Fmt;
import nl.dutchtechzone.reporting.internal.Labels;
import nl.dutchtechzone.reporting.internal.Waterfall;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ReportExporter;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.BudgetVariance;
import nl.dutchtechzone.reporting.tracking.Gap;
import nl.dutchtechzone.reporting.tracking.GapKind;
import nl.dutchtechzone.reporting.tracking.PlanTracking;
import nl.dutchtechzone.reporting.tracking.ThemeSummary;
import nl.dutchtechzone.reporting.tracking.TrackedAction;
import nl.dutchtechzone.reporting.tracking.TrackingReport;

/**
 * The {@code html} format: one self-contained page that a council member would rather look at
 * than read.
 *
 * <p>The page shows, for the parts of the document that are present: the counts as tiles, the
 * year's money as a waterfall (carried forward, income, spending per category, closing balance),
 * the contributions per municipality as bars, the budget and budget against actual, the plan's
 * progress per theme as stacked bars, every action with its status, the gaps between plan and
 * report, the validation findings, and the report's outcomes and activities. Charts are inline
 * SVG with the same figures in a table or in words next to them; styles are inline CSS with
 * print rules; a content security policy forbids loading anything, so the page opens the same
 * offline. Every text from the document is HTML-escaped. Labels are Dutch or English after the
 * locale; numbers use the matching symbols, built without the JVM's locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlExporter implements ReportExporter {

  static final String CSS = String.join("\n",
      ":root{--ink:#1d2733;--muted:#5b6673;--line:#d5dbe1;--blue:#1f4e79;--green:#2e7d32;"
          + "--red:#c62828;--bg:#f6f8fa}",
      "*{box-sizing:border-box}",
      "body{margin:0;font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
          + "color:var(--ink);background:#fff}",
      "main{max-width:980px;margin:0 auto;padding:24px 20px 48px}",
      "header{border-bottom:4px solid var(--blue);margin-bottom:24px;padding-bottom:12px}",
      "h1{font-size:28px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 12px;"
          + "border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:16px;"
          + "margin:20px 0 8px}",
      ".sub{color:var(--muted);margin:0}",
      ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:12px}",
      ".tile{background:var(--bg);border:1px solid var(--line);border-radius:8px;"
          + "padding:12px 14px}",
      ".tile .n{display:block;font-size:26px;font-weight:700;color:var(--blue);"
          + "font-variant-numeric:tabular-nums}",
      ".tile .n.money{font-size:20px;white-space:nowrap}",
      ".tile .l{display:block;color:var(--muted);font-size:13px}",
      "table{border-collapse:collapse;width:100%;margin:8px 0 16px;font-size:14px}",
      "th,td{text-align:left;padding:5px 8px;border-bottom:1px solid var(--line);"
          + "vertical-align:top}",
      "th{background:var(--bg)}td.num,th.num{text-align:right;white-space:nowrap;"
          + "font-variant-numeric:tabular-nums}",
      "tr.total td{font-weight:700;border-top:2px solid var(--ink)}",
      "svg{display:block;max-width:100%;height:auto}",
      "svg text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}",
      ".pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;"
          + "color:#fff;white-space:nowrap}",
      ".legend span{display:inline-block;margin-right:14px;font-size:13px}",
      ".legend i{display:inline-block;width:11px;height:11px;border-radius:2px;"
          + "margin-right:5px;vertical-align:-1px}",
      "ul.actions{list-style:none;padding:0}ul.actions li{padding:4px 0;"
          + "border-bottom:1px dotted var(--line)}",
      ".id{color:var(--muted);font-size:12px;margin-right:6px}",
      ".note{color:var(--muted);font-size:13px}",
      ".warn{color:var(--red);font-weight:600}",
      "footer{margin-top:40px;color:var(--muted);font-size:12px}",
      "@page{size:A4;margin:14mm}",
      "@media print{body{font-size:10.5pt}main{max-width:none;padding:0}"
          + "h2{break-after:avoid}section,.tile,tr,li{break-inside:avoid}"
          + ".tile{border-color:#999}.pill{border:1px solid #000;color:#000 !important;"
          + "background:#fff !important}}");

  /** Creates the exporter; used by the service loader. */
  public HtmlExporter() {}

  @Override
  public String format() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public String description() {
    return "A self-contained HTML page with charts (inline SVG) that prints well";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(new Page(context).render());
    writer.flush();
  }

  /**
   * Escapes text for HTML content and attribute values.
   *
   * @param text the text
   * @return the text with {@code & < > " '} as character references
   */
  static String esc(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          s.append("&amp;");
          break;
        case '<':
          s.append("&lt;");
          break;
        case '>':
          s.append("&gt;");
          break;
        case '"':
          s.append("&quot;");
          break;
        case '\'':
          s.append("&#39;");
          break;
        default:
          s.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return s.toString();
  }

  static String statusColour(ActionStatus status) {
    switch (status) {
      case DONE:
        return "#2e7d32";
      case IN_PROGRESS:
        return "#f9a825";
      case NOT_STARTED:
        return "#9e9e9e";
      case DROPPED:
        return "#6d4c41";
      case CARRIED_OVER:
        return "#1565c0";
      default:
        return "#c62828";
    }
  }

  /** The page for one context. */
  private static final class Page {
    private final ExportContext context;
    private final boolean en;
    private final StringBuilder h = new StringBuilder(32768);

    Page(ExportContext context) {
      this.context = context;
      this.en = context.isEnglish();
    }

    private String t(String key) {
      return esc(Labels.get(key, en));
    }

    private String x(LocalizedText text) {
      return esc(Fmt.text(text, en));
    }

    private String money(Money m) {
      return esc(Fmt.money(m, en));
    }

    private Page a(String... parts) {
      for (String p : parts) {
        h.append(p);
      }
      return this;
    }

    private void nl() {
      h.append('\n');
    }

    String render() {
      Programme p = context.programme();
      String title = p.name() + " (" + p.shortName() + ") " + context.year();
      a("<!DOCTYPE html>\n<html lang=\"", en ? "en" : "nl", "\">\n<head>\n");
      a("<meta charset=\"utf-8\"/>\n");
      a("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
      a("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          + "style-src 'unsafe-inline'; img-src data:\"/>\n");
      a("<title>", esc(title), "</title>\n<style>\n", CSS, "\n</style>\n</head>\n<body>\n<main>\n");
      a("<header>\n<h1>", esc(title), "</h1>\n");
      context.coverLetter().ifPresent(l -> a("<p class=\"sub\">", esc(l.subject()), "</p>\n"));
      a("<p class=\"sub\">", x(p.purpose()), "</p>\n</header>\n");
      tiles();
      context.report().flatMap(AnnualReport::statement).ifPresent(this::waterfall);
      context.contributions().ifPresent(this::contributions);
      context.plan().flatMap(AnnualPlan::budget).ifPresent(this::budget);
      context.tracking().ifPresent(this::budgetVsActual);
      context.plan().ifPresent(this::plan);
      context.tracking().ifPresent(this::gaps);
      context.validation().ifPresent(this::validation);
      context.report().ifPresent(this::report);
      members(p);
      context.coverLetter().ifPresent(this::letter);
      a("<footer>", t("generated-by"), "</footer>\n</main>\n</body>\n</html>\n");
      return h.toString();
    }

    private void tile(String number, String label) {
      tile(number, label, false);
    }

    private void tile(String number, String label, boolean isMoney) {
      a("<div class=\"tile\"><span class=\"n", isMoney ? " money" : "", "\">", number,
          "</span><span class=\"l\">", label,
          "</span></div>\n");
    }

    private void tiles() {
      List<Runnable> tiles = new ArrayList<>();
      context.report().ifPresent(r -> {
        for (IndicatorValue v : r.indicatorValues()) {
          String name = context.programme().indicator(v.indicatorId()).map(Indicator::name)
              .map(this::x).orElse(x(v.title()));
          tiles.add(() -> tile(esc(Fmt.number(v.value(), en)), name + " (" + r.year() + ")"));
        }
        if (!r.activities().isEmpty()) {
          tiles.add(() -> tile(Integer.toString(r.activities().size()),
              t("activities") + " (" + r.year() + ")"));
        }
        if (!r.outcomes().isEmpty()) {
          tiles.add(() -> tile(Integer.toString(r.outcomes().size()),
              t("outcomes") + " (" + r.year() + ")"));
        }
        r.statement().ifPresent(s -> tiles.add(() -> tile(
            money(Waterfall.of(s, en).closing()), t("closing") + " " + s.year(), true)));
      });
      context.plan().ifPresent(plan -> tiles.add(() -> tile(
          Integer.toString(plan.actions().size()), t("actions") + " " + t("plan").toLowerCase(
              java.util.Locale.ROOT) + " " + plan.year())));
      if (tiles.isEmpty()) {
        return;
      }
      a("<section>\n<h2>", t("counts"), "</h2>\n<div class=\"tiles\">\n");
      tiles.forEach(Runnable::run);
      a("</div>\n</section>\n");
    }

    private void waterfall(FinancialStatement s) {
      Waterfall w = Waterfall.of(s, en);
      List<Waterfall.Step> steps = w.steps();
      long max = 0;
      long min = 0;
      for (Waterfall.Step step : steps) {
        max = Math.max(max, Math.max(step.from.cents(), step.to.cents()));
        min = Math.min(min, Math.min(step.from.cents(), step.to.cents()));
      }
      int width = 900;
      int top = 30;
      int plot = 240;
      int slot = (width - 20) / steps.size();
      int bar = slot * 62 / 100;
      int height = top + plot + 70;
      a("<section>\n<h2>", t("waterfall"), " ", Integer.toString(s.year()), "</h2>\n");
      a("<svg viewBox=\"0 0 ", Integer.toString(width), " ", Integer.toString(height),
          "\" width=\"", Integer.toString(width), "\" role=\"img\" aria-labelledby=\"wf-title\">",
          "<title id=\"wf-title\">", t("waterfall"), " ", Integer.toString(s.year()),
          "</title>\n");
      long zeroY = top + plot - Svg.scale(0, min, max, plot);
      a("<line x1=\"10\" x2=\"", Integer.toString(width - 10), "\" y1=\"", Long.toString(zeroY),
          "\" y2=\"", Long.toString(zeroY), "\" stroke=\"#5b6673\" stroke-width=\"1\"/>\n");
      long previousEndY = -1;
      for (int i = 0; i < steps.size(); i++) {
        Waterfall.Step step = steps.get(i);
        long yFrom = top + plot - Svg.scale(step.from.cents(), min, max, plot);
        long yTo = top + plot - Svg.scale(step.to.cents(), min, max, plot);
        long y = Math.min(yFrom, yTo);
        long hgt = Math.max(1, Math.abs(yFrom - yTo));
        int x = 10 + i * slot + (slot - bar) / 2;
        String colour = step.kind == Waterfall.Kind.INCOME ? "#2e7d32"
            : step.kind == Waterfall.Kind.SPENDING ? "#c62828" : "#1f4e79";
        if (previousEndY >= 0 && step.kind != Waterfall.Kind.CLOSING) {
          a("<line x1=\"", Integer.toString(x - (slot - bar)), "\" x2=\"", Integer.toString(x),
              "\" y1=\"", Long.toString(previousEndY), "\" y2=\"", Long.toString(previousEndY),
              "\" stroke=\"#5b6673\" stroke-dasharray=\"3 3\"/>\n");
        }
        a("<rect x=\"", Integer.toString(x), "\" y=\"", Long.toString(y), "\" width=\"",
            Integer.toString(bar), "\" height=\"", Long.toString(hgt), "\" fill=\"", colour,
            "\"><title>", esc(step.label), ": ", money(step.amount), "</title></rect>\n");
        String amount = (step.kind == Waterfall.Kind.SPENDING ? "−" : "")
            + esc(Fmt.money(step.amount, en));
        a("<text x=\"", Integer.toString(x + bar / 2), "\" y=\"", Long.toString(y - 6),
            "\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"600\">", amount,
            "</text>\n");
        List<String> lines = Svg.wrap(step.label, 18, 3);
        a("<text x=\"", Integer.toString(x + bar / 2), "\" y=\"",
            Integer.toString(top + plot + 18), "\" text-anchor=\"middle\" font-size=\"11\""
                + " fill=\"#1d2733\">");
        for (int l = 0; l < lines.size(); l++) {
          a("<tspan x=\"", Integer.toString(x + bar / 2), "\" dy=\"", l == 0 ? "0" : "13", "\">",
              esc(lines.get(l)), "</tspan>");
        }
        a("</text>\n");
        previousEndY = yTo;
      }
      a("</svg>\n");
      a("<table>\n<thead><tr><th>", t("line"), "</th><th class=\"num\">", t("amount"),
          "</th></tr></thead>\n<tbody>\n");
      for (Waterfall.Step step : steps) {
        Money shown = step.kind == Waterfall.Kind.SPENDING ? step.amount.negated() : step.amount;
        boolean total = step.kind == Waterfall.Kind.CLOSING;
        if (total) {
          a("<tr><td>", t("spending-total"), "</td><td class=\"num\">",
              money(s.spendingSum().negated()), "</td></tr>\n");
        }
        a("<tr", total ? " class=\"total\"" : "", "><td>", esc(step.label),
            "</td><td class=\"num\">", money(shown), "</td></tr>\n");
      }
      a("</tbody>\n</table>\n");
      if (!s.statedSpendingTotal().equals(s.spendingSum())) {
        a("<p class=\"warn\">", t("stated-total"), ": ", money(s.statedSpendingTotal()),
            " ≠ ", money(s.spendingSum()), "</p>\n");
      }
      a("</section>\n");
    }

    private void contributions(ContributionStatement c) {
      a("<section>\n<h2>", t("contributions"), " ", Integer.toString(c.year()), " (",
          t(c.status() == BudgetStatus.ESTIMATE ? "estimate" : "final"), ")</h2>\n");
      List<ContributionLine> lines = c.lines();
      long max = 1;
      for (ContributionLine l : lines) {
        max = Math.max(max, l.amount().cents());
      }
      int width = 900;
      int labelWidth = 170;
      int barWidth = width - labelWidth - 260;
      int rowHeight = 30;
      int height = rowHeight * Math.max(1, lines.size()) + 6;
      a("<svg viewBox=\"0 0 ", Integer.toString(width), " ", Integer.toString(height),
          "\" width=\"", Integer.toString(width), "\" role=\"img\" aria-labelledby=\"ct-title\">",
          "<title id=\"ct-title\">", t("contributions"), " ", Integer.toString(c.year()),
          "</title>\n");
      for (int i = 0; i < lines.size(); i++) {
        ContributionLine l = lines.get(i);
        int y = 3 + i * rowHeight;
        long w = Math.max(1, Svg.scale(Math.max(0, l.amount().cents()), 0, max, barWidth));
        a("<text x=\"0\" y=\"", Integer.toString(y + 16), "\" font-size=\"13\">",
            esc(l.name()), "</text>\n");
        a("<rect x=\"", Integer.toString(labelWidth), "\" y=\"", Integer.toString(y),
            "\" width=\"", Long.toString(w), "\" height=\"22\" fill=\"",
            l.figureStatus() == FigureStatus.FINAL ? "#1f4e79" : "#6b8fb3", "\"><title>",
            esc(l.name()), ": ", money(l.amount()), "</title></rect>\n");
        a("<text x=\"", Long.toString(labelWidth + w + 8), "\" y=\"", Integer.toString(y + 16),
            "\" font-size=\"12\"><tspan font-weight=\"600\">", money(l.amount()),
            "</tspan> · ", esc(Fmt.number(l.inhabitants(), en)), " ",
            t("inhabitants").toLowerCase(java.util.Locale.ROOT), "</text>\n");
      }
      a("</svg>\n");
      Set<String> sources = new TreeSet<>();
      lines.forEach(l -> sources.add(l.figureSource()));
      a("<p><strong>", t("total"), ": ", money(c.total()), "</strong> · ",
          esc(Fmt.number(c.totalInhabitants(), en)), " ",
          t("inhabitants").toLowerCase(java.util.Locale.ROOT), " · ", t("reference-date"), " ",
          esc(Labels.date(c.referenceDate(), en)), "</p>\n");
      for (String source : sources) {
        a("<p class=\"note\">", t("source"), ": ", esc(source), "</p>\n");
      }
      a("</section>\n");
    }

    private void validation(ValidationResult result) {
      a("<section>\n<h2>", t("validation"), "</h2>\n");
      if (result.violations().isEmpty()) {
        a("<p>", t("no-violations"), "</p>\n</section>\n");
        return;
      }
      a("<table>\n<thead><tr><th>", t("severity"), "</th><th>", t("code"), "</th><th>",
          t("path"), "</th><th>", t("message"), "</th><th class=\"num\">", t("expected"),
          "</th><th class=\"num\">", t("actual"), "</th></tr></thead>\n<tbody>\n");
      for (Violation v : result.violations()) {
        a("<tr><td", v.isError() ? " class=\"warn\"" : "", ">",
            esc(v.severity().name().toLowerCase(java.util.Locale.ROOT)), "</td><td>",
            esc(v.code()), "</td><td>", esc(v.path()), "</td><td>",
            esc(v.message(context.locale())), "</td><td class=\"num\">",
            v.expected().map(this::money).orElse(""), "</td><td class=\"num\">",
            v.actual().map(this::money).orElse(""), "</td></tr>\n");
      }
      a("</tbody>\n</table>\n</section>\n");
    }

    private void budget(Budget b) {
      a("<section>\n<h2>", t("budget"), " ", Integer.toString(b.year()), " (",
          t(b.status() == BudgetStatus.ESTIMATE ? "estimate" : "final"), ")</h2>\n");
      b.scopeNote().ifPresent(n -> a("<p>", x(n), "</p>\n"));
      if (b.lines().isEmpty()) {
        a("<p class=\"note\">", t("no-budget-lines"), "</p>\n</section>\n");
        return;
      }
      a("<table>\n<thead><tr><th>", t("line"), "</th><th>", t("category"),
          "</th><th class=\"num\">", t("planned"), "</th><th class=\"num\">", t("amended"),
          "</th></tr></thead>\n<tbody>\n");
      for (BudgetLine l : b.lines()) {
        a("<tr><td>", t(l.flow() == Flow.INCOME ? "income" : "spending"), ": ",
            x(l.description()), l.inScope() ? "" : " <span class=\"note\">(" + t("scope-out")
                + (l.note().isPresent() ? ": " + x(l.note().get()) : "") + ")</span>",
            "</td><td>", esc(l.categoryId()), "</td><td class=\"num\">", money(l.planned()),
            "</td><td class=\"num\">", l.amended().map(this::money).orElse(""), "</td></tr>\n");
      }
      a("<tr class=\"total\"><td>", t("income"), "</td><td></td><td class=\"num\">",
          money(b.totalIncome()), "</td><td></td></tr>\n");
      a("<tr class=\"total\"><td>", t("spending"), "</td><td></td><td class=\"num\">",
          money(b.totalSpending()), "</td><td></td></tr>\n</tbody>\n</table>\n</section>\n");
    }

    private void budgetVsActual(TrackingReport tracking) {
      if (tracking.budget().isEmpty()) {
        return;
      }
      a("<section>\n<h2>", t("budget-vs-actual"), "</h2>\n<table>\n<thead><tr><th>", t("year"),
          "</th><th>", t("category"), "</th><th class=\"num\">", t("planned"),
          "</th><th class=\"num\">", t("amended"), "</th><th class=\"num\">", t("actual"),
          "</th><th class=\"num\">", t("variance"), "</th><th class=\"num\">",
          t("variance-percent"), "</th><th>", t("explanation"), "</th></tr></thead>\n<tbody>\n");
      for (BudgetVariance v : tracking.budget()) {
        a("<tr><td>", Integer.toString(v.year()), "</td><td>", x(v.categoryName()),
            "</td><td class=\"num\">", v.planned().map(this::money).orElse(""),
            "</td><td class=\"num\">", v.amended().map(this::money).orElse(""),
            "</td><td class=\"num\">", v.actual().map(this::money).orElse(""),
            "</td><td class=\"num\">", v.variance().map(this::money).orElse(""),
            "</td><td class=\"num\">",
            v.variancePercent().map(pc -> esc(Fmt.percent(pc, en))).orElse(""),
            "</td><td>", v.explanation().map(this::x).orElse(""), "</td></tr>\n");
      }
      a("</tbody>\n</table>\n</section>\n");
    }

    private void plan(AnnualPlan plan) {
      PlanTracking tracked = context.tracking().flatMap(tr -> tr.plan(plan.year())).orElse(null);
      a("<section>\n<h2>", t("plan"), " ", Integer.toString(plan.year()), "</h2>\n");
      plan.introduction().ifPresent(i -> a("<p>", x(i), "</p>\n"));
      a("<h3>", t("progress"), "</h3>\n");
      progressChart(plan, tracked);
      for (InvestmentTheme theme : plan.themes()) {
        a("<h3>", x(theme.title()), "</h3>\n<ul class=\"actions\">\n");
        for (ActionPoint action : theme.actions()) {
          TrackedAction ta = tracked == null ? null : tracked.actions().stream()
              .filter(ac -> ac.actionId().equals(action.id())).findFirst().orElse(null);
          a("<li>");
          if (ta != null) {
            a("<span class=\"pill\" style=\"background:", statusColour(ta.status()), "\">",
                esc(Labels.status(ta.status(), en)), "</span> ");
          }
          a("<span class=\"id\">", esc(action.id()), "</span>", x(action.text()));
          action.target().ifPresent(tg -> {
            a(" <span class=\"note\">(", t("target"), ": ", esc(Fmt.number(tg.value(), en)),
                " ", esc(tg.unit()));
            if (ta != null && ta.target().flatMap(r -> r.actual()).isPresent()) {
              a("; ", t("actual"), ": ",
                  esc(Fmt.number(ta.target().get().actual().get(), en)));
            }
            a(")</span>");
          });
          if (ta != null && !ta.evidence().isEmpty()) {
            List<String> items = new ArrayList<>();
            ta.evidence().forEach(e -> items.add(x(e.title())));
            a(" <span class=\"note\">— ", t("evidence"), ": ", String.join("; ", items),
                "</span>");
          }
          a("</li>\n");
        }
        a("</ul>\n");
      }
      a("</section>\n");
    }

    private void progressChart(AnnualPlan plan, PlanTracking tracked) {
      int width = 900;
      int labelWidth = 300;
      int barWidth = width - labelWidth - 60;
      int rowHeight = 34;
      List<InvestmentTheme> themes = plan.themes();
      int height = rowHeight * Math.max(1, themes.size()) + 10;
      int maxActions = 1;
      for (InvestmentTheme theme : themes) {
        maxActions = Math.max(maxActions, theme.actions().size());
      }
      a("<svg viewBox=\"0 0 ", Integer.toString(width), " ", Integer.toString(height),
          "\" width=\"", Integer.toString(width), "\" role=\"img\" aria-labelledby=\"pg-title\">",
          "<title id=\"pg-title\">", t("progress"), "</title>\n");
      for (int i = 0; i < themes.size(); i++) {
        InvestmentTheme theme = themes.get(i);
        int y = 5 + i * rowHeight;
        List<String> label = Svg.wrap(Fmt.text(theme.title(), en), 44, 2);
        a("<text x=\"0\" y=\"", Integer.toString(y + 12), "\" font-size=\"12\">");
        for (int l = 0; l < label.size(); l++) {
          a("<tspan x=\"0\" dy=\"", l == 0 ? "0" : "14", "\">", esc(label.get(l)), "</tspan>");
        }
        a("</text>\n");
        int x = labelWidth;
        ThemeSummary summary = tracked == null ? null : tracked.themes().stream()
            .filter(s -> s.themeId().equals(theme.id())).findFirst().orElse(null);
        if (summary == null) {
          int w = (int) Svg.scale(theme.actions().size(), 0, maxActions, barWidth);
          a("<rect x=\"", Integer.toString(x), "\" y=\"", Integer.toString(y), "\" width=\"",
              Integer.toString(w), "\" height=\"22\" fill=\"#9e9e9e\"/>\n");
          x += w;
        } else {
          for (ActionStatus status : ActionStatus.values()) {
            int n = summary.counts().count(status);
            if (n == 0) {
              continue;
            }
            int w = (int) Svg.scale(n, 0, maxActions, barWidth);
            a("<rect x=\"", Integer.toString(x), "\" y=\"", Integer.toString(y), "\" width=\"",
                Integer.toString(w), "\" height=\"22\" fill=\"", statusColour(status),
                "\"><title>", esc(Labels.status(status, en)), ": ", Integer.toString(n),
                "</title></rect>\n");
            x += w;
          }
        }
        a("<text x=\"", Integer.toString(x + 6), "\" y=\"", Integer.toString(y + 16),
            "\" font-size=\"12\" font-weight=\"600\">", Integer.toString(theme.actions().size()),
            "</text>\n");
      }
      a("</svg>\n");
      if (tracked != null) {
        a("<p class=\"legend\">");
        for (ActionStatus status : ActionStatus.values()) {
          a("<span><i style=\"background:", statusColour(status), "\"></i>",
              esc(Labels.status(status, en)), " ", Integer.toString(tracked.counts()
                  .count(status)), "</span>");
        }
        a("</p>\n");
      } else {
        a("<p class=\"note\">", t("not-tracked"), "</p>\n");
      }
    }

    private void gaps(TrackingReport tracking) {
      a("<section>\n<h2>", t("gaps"), "</h2>\n");
      if (tracking.gaps().isEmpty()) {
        a("<p>", t("no-gaps"), "</p>\n</section>\n");
        return;
      }
      Map<GapKind, List<Gap>> byKind = new TreeMap<>();
      for (Gap g : tracking.gaps()) {
        byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g);
      }
      for (Map.Entry<GapKind, List<Gap>> e : byKind.entrySet()) {
        a("<h3>", esc(Labels.gap(e.getKey(), en)), " (", Integer.toString(e.getValue().size()),
            ")</h3>\n<ul>\n");
        for (Gap g : e.getValue()) {
          a("<li><span class=\"id\">", Integer.toString(g.year()), " · ", esc(g.subjectId()),
              "</span>", subjectTitle(tracking, g), "</li>\n");
        }
        a("</ul>\n");
      }
      a("</section>\n");
    }

    private String subjectTitle(TrackingReport tracking, Gap g) {
      switch (g.kind()) {
        case ACTION_WITHOUT_EVIDENCE:
        case TARGET_WITHOUT_ACTUAL:
          return tracking.action(g.year(), g.subjectId()).map(ac -> x(ac.text())).orElse("");
        case UNLINKED_REPORT_ITEM:
          return context.report().filter(r -> r.year() == g.year())
              .flatMap(r -> r.item(g.subjectId())).map(i -> x(i.title())).orElse("");
        default:
          return context.programme().indicator(g.subjectId()).map(i -> x(i.name())).orElse("");
      }
    }

    private void report(AnnualReport r) {
      a("<section>\n<h2>", t("report"), " ", Integer.toString(r.year()), "</h2>\n");
      r.goal().ifPresent(g -> a("<p><strong>", t("goal"), ":</strong> ", x(g), "</p>\n"));
      if (!r.outcomes().isEmpty()) {
        a("<h3>", t("outcomes"), "</h3>\n<ul>\n");
        for (Outcome o : r.outcomes()) {
          a("<li><strong>", x(o.title()), "</strong>: ", x(o.summary()), "</li>\n");
        }
        a("</ul>\n");
      }
      if (!r.observations().isEmpty()) {
        a("<h3>", t("observations"), "</h3>\n<ul>\n");
        for (Observation o : r.observations()) {
          List<String> points = new ArrayList<>();
          o.points().forEach(pt -> points.add(x(pt)));
          a("<li><strong>", x(o.title()), "</strong>", points.isEmpty() ? "" : ": "
              + String.join("; ", points), "</li>\n");
        }
        a("</ul>\n");
      }
      if (!r.activities().isEmpty()) {
        a("<h3>", t("activities"), "</h3>\n<ul>\n");
        for (Activity act : r.activities()) {
          a("<li>", x(act.title()), act.note().map(n -> " <span class=\"note\">(" + x(n)
              + ")</span>").orElse(""), "</li>\n");
        }
        a("</ul>\n");
      }
      a("</section>\n");
    }

    private void members(Programme p) {
      List<Partner> members = p.municipalitiesIn(context.year());
      if (members.isEmpty()) {
        return;
      }
      a("<section>\n<h2>", t("members"), " ", Integer.toString(context.year()), "</h2>\n");
      a("<table>\n<thead><tr><th>", t("partner"), "</th><th>", t("cbs-code"),
          "</th></tr></thead>\n<tbody>\n");
      for (Partner m : members) {
        a("<tr><td>", esc(m.name()), "</td><td>",
            esc(m.cbsCode().map(Object::toString).orElse("")), "</td></tr>\n");
      }
      a("</tbody>\n</table>\n</section>\n");
    }

    private void letter(CoverLetter l) {
      a("<section>\n<h2>", t("letter"), "</h2>\n<table>\n<tbody>\n");
      row(t("from"), esc(l.from()));
      row(t("to"), esc(l.to()));
      row(t("date"), esc(l.place() + ", " + Labels.date(l.date(), en)));
      row(t("reference"), esc(l.reference()));
      row(t("subject"), esc(l.subject()));
      row(t("status"), x(l.status()));
      if (!l.attachments().isEmpty()) {
        List<String> names = new ArrayList<>();
        l.attachments().forEach(n -> names.add(esc(n)));
        row(t("attachments"), String.join("; ", names));
      }
      a("</tbody>\n</table>\n</section>\n");
    }

    private void row(String label, String value) {
      a("<tr><th>", label, "</th><td>", value, "</td></tr>\n");
    }
  }
}

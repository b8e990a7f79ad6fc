package nl.dutchtechzone.reporting.markdown;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
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
 * The {@code markdown} format: the document as a readable report, with tables for money and
 * lists for the status of plans, that renders well on a code-hosting site.
 *
 * <p>Sections, each only when its part of the document is present: the cover letter, the
 * programme and its member municipalities, the financial statement (with the derived closing
 * balance), the contributions per municipality, the budget, budget against actual, the key figures, the plan with the status of
 * each action, progress per theme, the gaps, and the report's outcomes, observations and
 * activities, and the validation findings. Every text from the document is escaped, so that it shows as written and never
 * turns into markup, links or HTML. Line ends are {@code \n}; the text is UTF-8.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MarkdownExporter implements ReportExporter {

  /** Creates the exporter; used by the service loader. */
  public MarkdownExporter() {}

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public String mediaType() {
    return "text/markdown; charset=UTF-8; variant=GFM";
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String description() {
    return "A readable Markdown report with money tables and plan status";
  }

  @Override
  public void export(ExportContext context, OutputStream out) throws IOException {
    requireNonNull(context, "context");
    requireNonNull(out, "out");
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(new Doc(context).render());
    writer.flush();
  }

  /**
   * Escapes text for Markdown so that it shows as written: characters that start inline markup
   * ({@code \ ` * _ [ ] < > | ~ $}) get a backslash, {@code &} becomes {@code &amp;}, a leading
   * character that would start a block ({@code # - + = >} or a number followed by {@code .} or
   * {@code )}) is escaped, automatic links ({@code http://}, {@code www.}) are broken up, and
   * line breaks and other control characters become spaces.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '|': case '~': case '$':
          s.append('\\').append(c);
          break;
        case '&':
          s.append("&amp;");
          break;
        case ':':
          s.append(text.startsWith("//", i + 1) ? "\\:" : ":");
          break;
        case '.':
          s.append(i >= 3 && text.regionMatches(true, i - 3, "www", 0, 3) ? "\\." : ".");
          break;
        default:
          s.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    if (s.length() > 0 && "#-+=".indexOf(s.charAt(0)) >= 0) {
      s.insert(0, '\\');
    }
    int digits = 0;
    while (digits < s.length() && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > 0 && digits < s.length() && (s.charAt(digits) == '.' || s.charAt(digits) == ')')
        && (digits + 1 == s.length() || s.charAt(digits + 1) == ' ')) {
      s.insert(digits, '\\');
    }
    return s.toString();
  }

  /** The report for one context. */
  private static final class Doc {
    private final ExportContext context;
    private final boolean en;
    private final StringBuilder md = new StringBuilder(8192);

    Doc(ExportContext context) {
      this.context = context;
      this.en = context.isEnglish();
    }

    private String t(String key) {
      return Labels.get(key, en);
    }

    private String x(LocalizedText text) {
      return escape(Fmt.text(text, en));
    }

    private String money(Money m) {
      return Fmt.money(m, en);
    }

    private void line(String s) {
      md.append(s).append('\n');
    }

    private void heading(int level, String text) {
      if (md.length() > 0 && !(md.length() >= 2 && md.charAt(md.length() - 2) == '\n')) {
        md.append('\n');
      }
      line("#".repeat(level) + " " + text);
      md.append('\n');
    }

    private void row(String... cells) {
      line("| " + String.join(" | ", cells) + " |");
    }

    String render() {
      Programme p = context.programme();
      heading(1, escape(p.name() + " (" + p.shortName() + ") " + context.year()));
      context.coverLetter().ifPresent(this::letter);
      programme(p);
      context.report().flatMap(AnnualReport::statement).ifPresent(this::statement);
      context.contributions().ifPresent(this::contributions);
      context.plan().ifPresent(plan -> plan.budget().ifPresent(b -> budget(b)));
      context.tracking().ifPresent(this::budgetVsActual);
      context.report().ifPresent(this::counts);
      context.plan().ifPresent(this::plan);
      context.tracking().ifPresent(this::gaps);
      context.report().ifPresent(this::report);
      context.validation().ifPresent(this::validation);
      return md.toString();
    }

    private void letter(CoverLetter l) {
      heading(2, t("letter"));
      line("- **" + t("from") + ":** " + escape(l.from()));
      line("- **" + t("to") + ":** " + escape(l.to()));
      line("- **" + t("date") + ":** " + escape(l.place()) + ", "
          + escape(Labels.date(l.date(), en)));
      line("- **" + t("reference") + ":** " + escape(l.reference()));
      line("- **" + t("subject") + ":** " + escape(l.subject()));
      line("- **" + t("status") + ":** " + x(l.status()));
      if (!l.attachments().isEmpty()) {
        List<String> names = new ArrayList<>();
        l.attachments().forEach(a -> names.add(escape(a)));
        line("- **" + t("attachments") + ":** " + String.join("; ", names));
      }
    }

    private void programme(Programme p) {
      heading(2, t("programme"));
      line(x(p.purpose()));
      md.append('\n');
      List<Partner> members = p.municipalitiesIn(context.year());
      if (!members.isEmpty()) {
        line("**" + t("members") + " " + context.year() + "**");
        md.append('\n');
        row(t("partner"), t("cbs-code"));
        row("---", "---");
        for (Partner m : members) {
          row(escape(m.name()), escape(m.cbsCode().map(Object::toString).orElse("")));
        }
      }
    }

    private void statement(FinancialStatement s) {
      heading(2, t("finances") + " " + s.year());
      row(t("line"), t("amount"));
      row("---", "---:");
      Waterfall w = Waterfall.of(s, en);
      for (Waterfall.Step step : w.steps()) {
        switch (step.kind) {
          case OPENING:
          case INCOME:
            row(escape(step.label), money(step.amount));
            break;
          case SPENDING:
            row(escape(step.label), money(step.amount.negated()));
            break;
          default:
            row("**" + t("spending-total") + "**", "**" + money(s.spendingSum().negated()) + "**");
            row("**" + escape(step.label) + "**", "**" + money(step.amount) + "**");
        }
      }
      if (!s.statedSpendingTotal().equals(s.spendingSum())) {
        md.append('\n');
        line("> " + t("stated-total") + ": " + money(s.statedSpendingTotal()) + " ≠ "
            + money(s.spendingSum()));
      }
    }

    private void contributions(ContributionStatement c) {
      heading(2, t("contributions") + " " + c.year() + " ("
          + t(c.status() == BudgetStatus.ESTIMATE ? "estimate" : "final") + ")");
      row(t("partner"), t("cbs-code"), t("inhabitants"), t("reference-date"), t("rate"),
          t("amount"), t("figure-status"));
      row("---", "---", "---:", "---", "---:", "---:", "---");
      Set<String> sources = new TreeSet<>();
      for (ContributionLine l : c.lines()) {
        row(escape(l.name()), escape(l.cbsCode().value()), Fmt.number(l.inhabitants(), en),
            escape(Labels.date(l.referenceDate(), en)), escape(rate(l.rate())),
            money(l.amount()), escape(t(l.figureStatus() == FigureStatus.FINAL ? "final"
                : "provisional")));
        sources.add(l.figureSource());
      }
      row("**" + t("total") + "**", "", "**" + Fmt.number(c.totalInhabitants(), en) + "**", "",
          "", "**" + money(c.total()) + "**", "");
      md.append('\n');
      for (String source : sources) {
        line("> " + t("source") + ": " + escape(source));
      }
    }

    private String rate(BigDecimal rate) {
      return Fmt.rate(rate, en);
    }

    private void validation(ValidationResult result) {
      heading(2, t("validation"));
      if (result.violations().isEmpty()) {
        line(t("no-violations"));
        return;
      }
      row(t("severity"), t("code"), t("path"), t("message"), t("expected"), t("actual"));
      row("---", "---", "---", "---", "---:", "---:");
      for (Violation v : result.violations()) {
        row(escape(v.severity().name().toLowerCase(Locale.ROOT)), escape(v.code()),
            escape(v.path()), escape(v.message(context.locale())),
            v.expected().map(this::money).orElse(""), v.actual().map(this::money).orElse(""));
      }
    }

    private void budget(Budget b) {
      heading(2, t("budget") + " " + b.year() + " ("
          + t(b.status() == BudgetStatus.ESTIMATE ? "estimate" : "final") + ")");
      b.scopeNote().ifPresent(n -> {
        line(x(n));
        md.append('\n');
      });
      if (b.lines().isEmpty()) {
        line(t("no-budget-lines"));
        return;
      }
      row(t("line"), t("category"), t("planned"), t("amended"));
      row("---", "---", "---:", "---:");
      for (BudgetLine l : b.lines()) {
        String label = x(l.description()) + (l.inScope() ? "" : " *(" + t("scope-out") + ")*");
        String prefix = l.flow() == nl.dutchtechzone.core.plan.Flow.INCOME ? t("income")
            : t("spending");
        row(escape(prefix) + ": " + label, escape(l.categoryId()), money(l.planned()),
            l.amended().map(this::money).orElse(""));
      }
      row("**" + t("income") + "**", "", "**" + money(b.totalIncome()) + "**", "");
      row("**" + t("spending") + "**", "", "**" + money(b.totalSpending()) + "**", "");
    }

    private void budgetVsActual(TrackingReport tracking) {
      if (tracking.budget().isEmpty()) {
        return;
      }
      heading(2, t("budget-vs-actual"));
      row(t("year"), t("category"), t("planned"), t("amended"), t("actual"), t("variance"),
          t("variance-percent"), t("explanation"));
      row("---", "---", "---:", "---:", "---:", "---:", "---:", "---");
      for (BudgetVariance v : tracking.budget()) {
        row(Integer.toString(v.year()), x(v.categoryName()),
            v.planned().map(this::money).orElse(""), v.amended().map(this::money).orElse(""),
            v.actual().map(this::money).orElse(""), v.variance().map(this::money).orElse(""),
            v.variancePercent().map(pc -> Fmt.percent(pc, en)).orElse(""),
            v.explanation().map(this::x).orElse(""));
      }
    }

    private void counts(AnnualReport r) {
      if (r.indicatorValues().isEmpty()) {
        return;
      }
      heading(2, t("counts") + " " + r.year());
      for (IndicatorValue v : r.indicatorValues()) {
        String name = context.programme().indicator(v.indicatorId()).map(Indicator::name)
            .map(this::x).orElse(x(v.title()));
        line("- **" + Fmt.number(v.value(), en) + "** " + name);
      }
    }

    private void plan(AnnualPlan plan) {
      heading(2, t("plan") + " " + plan.year());
      plan.introduction().ifPresent(i -> {
        line(x(i));
      });
      PlanTracking tracked = context.tracking().flatMap(tr -> tr.plan(plan.year())).orElse(null);
      for (InvestmentTheme theme : plan.themes()) {
        heading(3, x(theme.title()));
        for (nl.dutchtechzone.core.plan.ActionPoint a : theme.actions()) {
          TrackedAction ta = tracked == null ? null : tracked.actions().stream()
              .filter(x -> x.actionId().equals(a.id())).findFirst().orElse(null);
          String status = ta == null ? "" : " — *" + Labels.status(ta.status(), en) + "*"
              + (ta.evidence().isEmpty() ? "" : " (" + t("evidence") + ": "
                  + ta.evidence().size() + ")");
          String target = a.target().map(tg -> " — " + t("target") + ": "
              + Fmt.number(tg.value(), en) + " " + escape(tg.unit())
              + (ta != null && ta.target().flatMap(r -> r.actual()).isPresent()
                  ? ", " + t("actual") + ": " + Fmt.number(ta.target().get().actual().get(), en)
                  : "")).orElse("");
          line("- " + escape(a.id()) + " " + x(a.text()) + status + target);
        }
      }
      if (tracked != null) {
        heading(3, t("progress"));
        row(t("theme"), t("actions"), statusHeader(ActionStatus.DONE),
            statusHeader(ActionStatus.IN_PROGRESS), statusHeader(ActionStatus.NOT_STARTED),
            statusHeader(ActionStatus.CARRIED_OVER), statusHeader(ActionStatus.DROPPED),
            statusHeader(ActionStatus.NO_EVIDENCE), t("with-evidence"));
        row("---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:");
        for (ThemeSummary s : tracked.themes()) {
          row(x(s.title()), Integer.toString(s.counts().total()),
              count(s, ActionStatus.DONE), count(s, ActionStatus.IN_PROGRESS),
              count(s, ActionStatus.NOT_STARTED), count(s, ActionStatus.CARRIED_OVER),
              count(s, ActionStatus.DROPPED), count(s, ActionStatus.NO_EVIDENCE),
              Integer.toString(s.counts().withEvidence()));
        }
      }
    }

    private String statusHeader(ActionStatus s) {
      return escape(Labels.status(s, en));
    }

    private static String count(ThemeSummary s, ActionStatus status) {
      return Integer.toString(s.counts().count(status));
    }

    private void gaps(TrackingReport tracking) {
      heading(2, t("gaps"));
      if (tracking.gaps().isEmpty()) {
        line(t("no-gaps"));
        return;
      }
      Map<GapKind, List<Gap>> byKind = new TreeMap<>();
      for (Gap g : tracking.gaps()) {
        byKind.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g);
      }
      for (Map.Entry<GapKind, List<Gap>> e : byKind.entrySet()) {
        heading(3, escape(Labels.gap(e.getKey(), en)) + " (" + e.getValue().size() + ")");
        for (Gap g : e.getValue()) {
          line("- " + g.year() + " · " + escape(g.subjectId()) + subjectTitle(tracking, g));
        }
      }
    }

    private String subjectTitle(TrackingReport tracking, Gap g) {
      switch (g.kind()) {
        case ACTION_WITHOUT_EVIDENCE:
        case TARGET_WITHOUT_ACTUAL:
          return tracking.action(g.year(), g.subjectId()).map(a -> ": " + x(a.text()))
              .orElse("");
        case UNLINKED_REPORT_ITEM:
          return context.report().filter(r -> r.year() == g.year())
              .flatMap(r -> r.item(g.subjectId())).map(i -> ": " + x(i.title())).orElse("");
        default:
          return context.programme().indicator(g.subjectId()).map(i -> ": " + x(i.name()))
              .orElse("");
      }
    }

    private void report(AnnualReport r) {
      heading(2, t("report") + " " + r.year());
      r.goal().ifPresent(g -> line("**" + t("goal") + ":** " + x(g)));
      if (!r.outcomes().isEmpty()) {
        heading(3, t("outcomes"));
        for (Outcome o : r.outcomes()) {
          line("- **" + x(o.title()) + "**: " + x(o.summary()));
        }
      }
      if (!r.observations().isEmpty()) {
        heading(3, t("observations"));
        for (Observation o : r.observations()) {
          List<String> points = new ArrayList<>();
          o.points().forEach(pt -> points.add(x(pt)));
          line("- **" + x(o.title()) + "**" + (points.isEmpty() ? ""
              : ": " + String.join("; ", points)));
        }
      }
      if (!r.activities().isEmpty()) {
        heading(3, t("activities"));
        for (Activity a : r.activities()) {
          line("- " + x(a.title()) + a.note().map(n -> " *(" + x(n) + ")*").orElse(""));
        }
      }
    }
  }
}

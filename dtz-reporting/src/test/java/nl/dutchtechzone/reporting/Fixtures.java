package nl.dutchtechzone.reporting;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.contribution.Settlement;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.reporting.json.Dataset;
import nl.dutchtechzone.reporting.json.DatasetException;
import nl.dutchtechzone.reporting.json.JsonDatasets;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.spi.ExportOptions;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.Link;
import nl.dutchtechzone.reporting.tracking.StatusAssessment;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import nl.dutchtechzone.reporting.tracking.TrackingReport;
import nl.dutchtechzone.reporting.tracking.VarianceExplanation;

/**
 * Export documents for the tests: the reference data of the source documents, and a richer
 * document around an ILLUSTRATIVE 2022 plan (invented for tests, not in the source documents)
 * that has budget lines, an amendment, a target, links and a drop, so that every part of every
 * export has something to show.
 */
public final class Fixtures {

  private Fixtures() {}

  /** The reference data as the documents give it: the 2023 plan with the 2022 report. */
  public static ExportContext reference(Locale locale) {
    return referenceBuilder(locale).build();
  }

  /** A builder holding the reference data, to add options to. */
  public static ExportContext.Builder referenceBuilder(Locale locale) {
    TrackingReport tracking = Tracker.track(TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(DutchTechZone.plan2023())
        .addReports(DutchTechZone.report2022())
        .build());
    return ExportContext.builder()
        .programme(DutchTechZone.programme())
        .year(2023)
        .plan(DutchTechZone.plan2023())
        .report(DutchTechZone.report2022())
        .tracking(tracking)
        .contributions(contributions2021())
        .validation(Validators.statement().validate(
            DutchTechZone.report2022().statement().orElseThrow()))
        .coverLetter(DutchTechZone.coverLetter())
        .locale(locale);
  }

  /**
   * The contributions for 2021 on the public CBS figures of 1 January 2021 that dtz-finance
   * ships (provisional, so an estimate); the source documents give no inhabitant figures.
   */
  public static ContributionStatement contributions2021() {
    Programme programme = DutchTechZone.programme();
    return ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        ReferenceInhabitants.register())
        .calculate(programme.id(), 2021, programme.municipalitiesIn(2022));
  }

  /**
   * An ILLUSTRATIVE settlement of the 2021 contributions: the estimate on the shipped
   * provisional figures against final figures made up for tests (each a few inhabitants off;
   * CBS published none in the library's sources), so some municipalities pay more and some get
   * money back.
   */
  public static Settlement illustrativeSettlement2021() {
    Programme programme = DutchTechZone.programme();
    ContributionStatement estimate = contributions2021();
    InhabitantRegister register = ReferenceInhabitants.register();
    long[] change = {12, -85, 40, 103};
    int i = 0;
    for (ContributionLine l : estimate.lines()) {
      register = register.with(InhabitantFigure.of(l.cbsCode(), l.name(), l.referenceDate(),
          l.inhabitants() + change[i++ % change.length], FigureStatus.FINAL,
          "ILLUSTRATIVE final figure made up for the dtz tests"));
    }
    ContributionStatement finalStatement = ContributionCalculator.of(
        ReferenceScheme.dutchTechZone(), register).calculate(programme.id(), 2021, programme.municipalitiesIn(2022));
    return Settlement.between(estimate, finalStatement);
  }

  /** The 2022 statement with one spending line off by one cent, validated: one violation. */
  public static ValidationResult oneCentOff() {
    FinancialStatement printed = DutchTechZone.report2022().statement().orElseThrow();
    List<StatementLine> spending = new ArrayList<>(printed.spending());
    StatementLine first = spending.get(0);
    spending.set(0, StatementLine.builder().from(first)
        .amount(first.amount().plus(Money.ofCents(1))).build());
    FinancialStatement wrong = FinancialStatement.builder().from(printed).spending(spending)
        .build();
    return Validators.statement().validate(wrong);
  }

  /** An ILLUSTRATIVE plan for 2022, made up for tests; the source documents have none. */
  public static AnnualPlan illustrativePlan2022() {
    InvestmentTheme network = InvestmentTheme.builder()
        .id("network")
        .title(LocalizedText.of("Netwerk & verbinding <test>", "Network & connection <test>"))
        .addActions(
            ActionPoint.builder().id("2022.1")
                .text(LocalizedText.of("Initiatieven spreken", "Talk with initiatives"))
                .target(Target.of(DutchTechZone.INITIATIVES_TALKED_WITH, new BigDecimal("60"),
                    "count"))
                .build(),
            ActionPoint.builder().id("2022.2")
                .text(LocalizedText.of("=HYPERLINK(\"http://example.invalid\") \"quoted\", komma",
                    "=HYPERLINK(\"http://example.invalid\") \"quoted\", comma"))
                .build(),
            ActionPoint.builder().id("2022.3")
                .text(LocalizedText.of("Dutch TechZone in cijfers", "Dutch TechZone in figures"))
                .lineOfWork(DutchTechZone.DTZ_IN_FIGURES)
                .build(),
            ActionPoint.builder().id("2022.4")
                .text(LocalizedText.of("Vervallen actie", "Dropped action"))
                .build())
        .build();
    Budget budget = Budget.builder()
        .year(2022)
        .status(BudgetStatus.FINAL)
        .addLines(
            line("contributions", Flow.INCOME, "contributions", "Bijdragen gemeenten",
                "Contributions of the municipalities", "259290.00", null, Scope.IN_SCOPE),
            line("programme-costs", Flow.SPENDING, DutchTechZone.PROGRAMME_COSTS,
                "Programmakosten", "Programme costs", "220000.00", "225000.00",
                Scope.IN_SCOPE),
            line("branding", Flow.SPENDING, DutchTechZone.BRANDING, "Branding", "Branding",
                "40000.00", null, Scope.IN_SCOPE),
            line("projects", Flow.SPENDING, DutchTechZone.PROJECTS, "Projecten", "Projects",
                "30000.00", null, Scope.IN_SCOPE),
            BudgetLine.builder().id("network-plan").flow(Flow.SPENDING)
                .categoryId(DutchTechZone.PROJECTS)
                .description(LocalizedText.of("-Netwerk- en verbindingsplan",
                    "-Network and connection plan"))
                .planned(Money.parse("50000.00")).scope(Scope.OUT_OF_SCOPE)
                .note(LocalizedText.of("geoormerkt", "ring-fenced")).build())
        .build();
    return AnnualPlan.builder()
        .programmeId(DutchTechZone.PROGRAMME_ID)
        .year(2022)
        .strategicPeriod(StrategicPeriod.of(2022, 2025))
        .addThemes(network)
        .budget(budget)
        .build();
  }

  private static BudgetLine line(String id, Flow flow, String category, String nl, String en,
      String planned, String amended, Scope scope) {
    BudgetLine.Builder b = BudgetLine.builder().id(id).flow(flow).categoryId(category)
        .description(LocalizedText.of(nl, en)).planned(Money.parse(planned)).scope(scope);
    if (amended != null) {
      b.amended(Money.parse(amended));
    }
    return b.build();
  }

  /** Tracking of the illustrative 2022 plan and the 2023 plan against the 2022 report. */
  public static TrackingReport illustrativeTracking() {
    return Tracker.track(TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(illustrativePlan2022(), DutchTechZone.plan2023())
        .addReports(DutchTechZone.report2022())
        .addLinks(Link.of(2022, "2022.1", "2022.initiatives"),
            Link.of(2022, "2022.3", "2022.a12"))
        .addAssessments(StatusAssessment.of(2022, "2022.4", ActionStatus.DROPPED))
        .addExplanations(VarianceExplanation.of(2022, DutchTechZone.PROGRAMME_COSTS,
            LocalizedText.of("Meer bijeenkomsten dan gepland", "More meetings than planned")))
        .build());
  }

  /** The illustrative 2022 document: plan, report and tracking of the same year. */
  public static ExportContext illustrative(Locale locale) {
    return illustrativeBuilder(locale).build();
  }

  /** A builder holding the illustrative 2022 document, to add options to. */
  public static ExportContext.Builder illustrativeBuilder(Locale locale) {
    return ExportContext.builder()
        .programme(DutchTechZone.programme())
        .year(2022)
        .plan(illustrativePlan2022())
        .report(DutchTechZone.report2022())
        .tracking(illustrativeTracking())
        .settlement(illustrativeSettlement2021())
        .validation(oneCentOff())
        .locale(locale);
  }

  /** Only the programme: every optional part absent. */
  public static ExportContext programmeOnly(Locale locale) {
    return ExportContext.builder().programme(DutchTechZone.programme()).year(2023)
        .locale(locale).build();
  }

  /**
   * The start of every text of {@link #hostile}: one of these, then {@link #HOSTILE_REST}, then
   * the reference text, in turn.
   */
  public static final List<String> HOSTILE_STARTS =
      List.of("=", "+", "-", "@", "\t", "\r", "\u202e", "\u0000");

  /** What follows the start of every hostile text: markup, quotes, controls, a bidi override. */
  public static final String HOSTILE_REST =
      "1+2<script>alert(\"x\")</script>'\"\t\r\n\u202e\u2066\u0000@-+= ";

  /**
   * The reference document with every text and name of the input made hostile: each starts with
   * a formula character, a tab, a carriage return, U+202E or NUL and holds {@code <script>},
   * quotes, tab, CR, LF, bidi controls and NUL (the reference dataset with its texts replaced,
   * read back by the dataset reader).
   */
  public static ExportContext hostile(Locale locale) {
    String json = new String(JsonDatasets.toBytes(Dataset.dutchTechZone()),
        StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("\"(nl|en|name)\": \"").matcher(json);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (m.find()) {
      String text = HOSTILE_STARTS.get(i++ % HOSTILE_STARTS.size()) + HOSTILE_REST;
      m.appendReplacement(out, Matcher.quoteReplacement(m.group() + new String(JsonStringEncoder
          .getInstance().quoteAsString(text))));
    }
    m.appendTail(out);
    Dataset data;
    try {
      data = JsonDatasets.read(out.toString().getBytes(StandardCharsets.UTF_8));
    } catch (DatasetException e) {
      throw new AssertionError("the hostile dataset reads: " + e.getMessage(), e);
    }
    Programme programme = data.programme();
    AnnualReport report = data.report(2022).orElseThrow();
    return ExportContext.builder()
        .programme(programme)
        .year(2023)
        .plan(data.plan(2023).orElseThrow())
        .report(report)
        .tracking(Tracker.track(TrackingInput.builder().programme(programme)
            .addAllPlans(data.plans()).addAllReports(data.reports()).build()))
        .contributions(ContributionCalculator.of(ContributionScheme.of(programme,
            RoundingMode.HALF_UP), data.inhabitantRegister()).calculate(programme, 2021))
        .validation(Validators.statement().validate(report.statement().orElseThrow()))
        .coverLetter(data.coverLetters().get(0))
        .locale(locale)
        .build();
  }

  /** The options for Dutch Excel. */
  public static ExportOptions excelNl() {
    return ExportOptions.builder().set(ExportOptions.CSV_DIALECT, "excel-nl").build();
  }
}

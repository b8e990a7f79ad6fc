package nl.dutchtechzone.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
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
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionScheme;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.validation.Validators;
import nl.dutchtechzone.reporting.spi.ExportContext;
import nl.dutchtechzone.reporting.tracking.Tracker;
import nl.dutchtechzone.reporting.tracking.TrackingInput;
import nl.dutchtechzone.reporting.tracking.TrackingReport;

/**
 * A second programme of ILLUSTRATIVE data, invented for tests and not Dutch TechZone: three
 * municipalities (one joining in 2024), a rate of EUR 0.55 per inhabitant rounded half-up, a host
 * municipality that bears the office costs, a 2024 plan with a budget that has an out-of-scope
 * line sharing its category with in-scope lines, and a 2023 report with a statement. The
 * inhabitant figures are made up and marked so.
 */
public final class SecondProgramme {

  /** The programme's id. */
  public static final String ID = "kanaalzone-werkt";

  private SecondProgramme() {}

  /** The programme. */
  public static Programme programme() {
    return Programme.builder()
        .id(ID)
        .shortName("KZW")
        .name("Kanaalzone Werkt")
        .purpose(LocalizedText.of("Samen werken aan vakmanschap langs het kanaal.",
            "Working together on craftsmanship along the canal."))
        .partners(List.of(
            Partner.municipality("veenstad", "Veenstad", "GM0901"),
            Partner.municipality("sluishaven", "Sluishaven", "GM0902"),
            Partner.municipality("brugdorp", "Brugdorp", "GM0903"),
            Partner.of("provincie", "Provincie Kanaalland", PartnerKind.PROVINCE)))
        .memberships(List.of(Membership.since("veenstad", 2023),
            Membership.since("sluishaven", 2023), Membership.since("brugdorp", 2024),
            Membership.since("provincie", 2023)))
        .office(ProgrammeOffice.of("veenstad", true))
        .strategicPeriod(StrategicPeriod.of(2023, 2026))
        .addIndicators(Indicator.builder().id("apprentices").name(LocalizedText.of(
            "leerlingen geplaatst", "apprentices placed")).unit("count").build())
        .addCostCategories(
            CostCategory.of("office", LocalizedText.of("Programmabureau", "Programme office")),
            CostCategory.of("projects", LocalizedText.of("Projecten", "Projects")))
        .contributionPerInhabitant(new BigDecimal("0.55"))
        .build();
  }

  /** The 2024 plan with its budget. */
  public static AnnualPlan plan2024() {
    return AnnualPlan.builder()
        .programmeId(ID)
        .year(2024)
        .strategicPeriod(StrategicPeriod.of(2023, 2026))
        .introduction(LocalizedText.of("Het tweede jaar van het programma.",
            "The second year of the programme."))
        .addThemes(InvestmentTheme.builder().id("craft")
            .title(LocalizedText.of("Vakmanschap", "Craftsmanship"))
            .addActions(ActionPoint.builder().id("2024.1")
                    .text(LocalizedText.of("Leerlingen plaatsen", "Place apprentices"))
                    .target(Target.of("apprentices", new BigDecimal("40"), "count")).build(),
                ActionPoint.builder().id("2024.2")
                    .text(LocalizedText.of("Open dag organiseren", "Organise an open day"))
                    .build())
            .build())
        .budget(Budget.builder().year(2024).status(BudgetStatus.ESTIMATE)
            .addLines(
                line("contributions", Flow.INCOME, "contributions", "Bijdragen gemeenten",
                    "Contributions of the municipalities", "60500.00", Scope.IN_SCOPE),
                line("office", Flow.SPENDING, "office", "Programmabureau", "Programme office",
                    "30000.00", Scope.IN_SCOPE),
                line("projects", Flow.SPENDING, "projects", "Projecten", "Projects",
                    "25000.00", Scope.IN_SCOPE),
                BudgetLine.builder().from(line("canal-fund", Flow.SPENDING, "projects",
                    "Kanaalfonds", "Canal fund", "10000.00", Scope.IN_SCOPE))
                    .scope(Scope.OUT_OF_SCOPE)
                    .note(LocalizedText.of("apart beheerd", "managed apart")).build())
            .build())
        .build();
  }

  private static BudgetLine line(String id, Flow flow, String category, String nl, String en,
      String planned, Scope scope) {
    return BudgetLine.builder().id(id).flow(flow).categoryId(category)
        .description(LocalizedText.of(nl, en)).planned(Money.parse(planned)).scope(scope)
        .build();
  }

  /** The 2023 report with its statement. */
  public static AnnualReport report2023() {
    return AnnualReport.builder()
        .programmeId(ID)
        .year(2023)
        .statement(FinancialStatement.builder().year(2023).carriedForward(Money.ZERO)
            .addIncome(StatementLine.builder().id("contributions")
                .label(LocalizedText.of("Bijdragen 2023", "Contributions 2023"))
                .amount(Money.parse("41250.00")).build())
            .addSpending(StatementLine.builder().id("office").categoryId("office")
                    .label(LocalizedText.of("Programmabureau", "Programme office"))
                    .amount(Money.parse("28400.10")).build(),
                StatementLine.builder().id("projects").categoryId("projects")
                    .label(LocalizedText.of("Projecten", "Projects"))
                    .amount(Money.parse("9100.45")).build())
            .statedSpendingTotal(Money.parse("37500.55"))
            .build())
        .addIndicatorValues(IndicatorValue.builder().id("2023.apprentices")
            .indicatorId("apprentices")
            .title(LocalizedText.of("leerlingen geplaatst", "apprentices placed"))
            .value(new BigDecimal("31")).build())
        .addOutcomes(Outcome.builder().id("2023.start")
            .title(LocalizedText.of("Gestart", "Started"))
            .summary(LocalizedText.of("Het programmabureau is ingericht.",
                "The programme office was set up.")).build())
        .addActivities(Activity.builder().id("2023.a1")
            .title(LocalizedText.of("Startbijeenkomst", "Kick-off meeting")).build())
        .build();
  }

  /** The made-up inhabitant figures of 1 January 2024. */
  public static InhabitantRegister inhabitants() {
    LocalDate date = LocalDate.of(2024, 1, 1);
    String source = "ILLUSTRATIVE figures made up for tests";
    return InhabitantRegister.of(List.of(
        InhabitantFigure.of(MunicipalityCode.of("GM0901"), "Veenstad", date, 52_110,
            FigureStatus.FINAL, source),
        InhabitantFigure.of(MunicipalityCode.of("GM0902"), "Sluishaven", date, 31_877,
            FigureStatus.FINAL, source),
        InhabitantFigure.of(MunicipalityCode.of("GM0903"), "Brugdorp", date, 26_013,
            FigureStatus.PROVISIONAL, source)));
  }

  /** The contributions of 2024. */
  public static ContributionStatement contributions2024() {
    return ContributionCalculator.of(ContributionScheme.perInhabitant(new BigDecimal("0.55"),
        RoundingMode.HALF_UP), inhabitants()).calculate(programme(), 2024);
  }

  /** The 2024 document: the plan, the 2023 report, tracking, contributions and validation. */
  public static ExportContext context(Locale locale) {
    TrackingReport tracking = Tracker.track(TrackingInput.builder().programme(programme())
        .addPlans(plan2024()).addReports(report2023()).build());
    return ExportContext.builder()
        .programme(programme())
        .year(2024)
        .plan(plan2024())
        .report(report2023())
        .tracking(tracking)
        .contributions(contributions2024())
        .validation(Validators.statement().validate(report2023().statement().orElseThrow()))
        .locale(locale)
        .build();
  }
}

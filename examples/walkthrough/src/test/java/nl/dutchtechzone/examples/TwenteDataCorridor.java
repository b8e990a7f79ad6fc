package nl.dutchtechzone.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.CoverLetter;
import nl.dutchtechzone.core.Direction;
import nl.dutchtechzone.core.FundEvent;
import nl.dutchtechzone.core.FundEventKind;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Membership;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.Partner;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.ProgramBoard;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.ProgrammeOffice;
import nl.dutchtechzone.core.RelatedProgramme;
import nl.dutchtechzone.core.RelationKind;
import nl.dutchtechzone.core.SectorTheme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.PlanHeading;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.Observation;
import nl.dutchtechzone.core.report.Outcome;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.reporting.json.Dataset;

/**
 * A third programme of ILLUSTRATIVE data, built with the Java API from the README and the docs
 * alone, and different from Dutch TechZone in every dimension the model has: "Twente Data
 * Corridor" (TDC), with the real CBS codes of Enschede (GM0153), Hengelo (GM0164) and Almelo
 * (GM0141) but made-up inhabitant figures; EUR 0.85 per inhabitant; Enschede and Hengelo members
 * from 2025, Almelo joining in 2026; a province, a university and an innovation hub as partners
 * who do not pay; an office hosted by Hengelo whose housing the host does not bear; a board of
 * its own name; a subsidy scheme with a fund event; two indicators, one where lower is better;
 * cost categories of its own (staff, data infrastructure, events); income from the members, a
 * provincial grant ({@code other-income}) and a carried-forward line; plans for 2025 (an
 * estimate with an out-of-scope line in an in-scope category, in-kind capacity) and 2026 (final,
 * one amended line); reports for 2025 and 2026, the second carrying forward the first's closing
 * balance; lines of work across the two years; and a cover letter.
 *
 * <p>{@code docs/examples/twente-data-corridor.json} is this dataset as the writer writes it
 * (checked by {@link TwenteDataCorridorTest}). Every total is worked out by hand in the
 * comments and recomputed by the test.
 */
final class TwenteDataCorridor {

  static final String ID = "tdc";

  /** The source of every inhabitant figure: they are made up, and say so. */
  static final String SOURCE = "illustratief, niet gepubliceerd";

  private static final StrategicPeriod PERIOD = StrategicPeriod.of(2025, 2028);

  private TwenteDataCorridor() {}

  private static LocalizedText t(String nl, String en) {
    return LocalizedText.of(nl, en);
  }

  static Programme programme() {
    return Programme.builder()
        .id(ID)
        .shortName("TDC")
        .name("Twente Data Corridor")
        .purpose(t("Open data van gemeenten en bedrijven in Twente bruikbaar maken",
            "Make the open data of Twente's municipalities and companies usable"))
        .origin(t("Voortgekomen uit de Twentse datapilot", "Grew out of the Twente data pilot"))
        .addAims(t("Meer open datasets", "More open datasets"),
            t("Kortere doorlooptijd van dataverzoeken", "Shorter turnaround of data requests"))
        .addPartners(
            Partner.municipality("enschede", "Enschede", "GM0153"),
            Partner.municipality("hengelo", "Hengelo", "GM0164"),
            Partner.municipality("almelo", "Almelo", "GM0141"),
            Partner.of("overijssel", "Provincie Overijssel", PartnerKind.PROVINCE),
            Partner.builder().id("utwente").name("Universiteit Twente")
                .kind(PartnerKind.KNOWLEDGE_INSTITUTION)
                .description(t("Levert data-expertise in natura",
                    "Provides data expertise in kind")).build(),
            Partner.of("datahub", "Twentse Datahub", PartnerKind.INNOVATION_HUB))
        .addMemberships(
            Membership.since("enschede", 2025),
            Membership.since("hengelo", 2025),
            Membership.builder().partnerId("almelo").fromYear(2026)
                .source(LocalizedText.dutch("Raadsbesluit Almelo 2025-11")).build(),
            Membership.since("utwente", 2025),
            Membership.between("overijssel", 2025, 2026))
        .office(ProgrammeOffice.of("hengelo", false))
        .board(ProgramBoard.of("Corridor Council", List.of("enschede", "hengelo", "utwente")))
        .addSectorThemes(SectorTheme.of("mobility-data", t("Mobiliteitsdata", "Mobility data")))
        .strategicPeriod(PERIOD)
        .addRelatedProgrammes(RelatedProgramme.builder().id("datavoucher")
            .name("Datavoucher Twente").kind(RelationKind.SUBSIDY_SCHEME).ownGovernance(true)
            .role(t("Vouchers voor mkb-bedrijven die data willen delen",
                "Vouchers for small firms that want to share data"))
            .addCoFunderIds("overijssel").lastOpenedYear(2026)
            .addFundEvents(FundEvent.builder().id("dv-budget").kind(FundEventKind.BUDGET)
                .amount(Money.parse("450000.00")).date(LocalDate.of(2025, 2, 1))
                .description(t("Budget van de regeling", "Budget of the scheme")).build())
            .build())
        .addIndicators(
            Indicator.builder().id("datasets-opened")
                .name(t("geopende datasets", "datasets opened")).unit("datasets")
                .direction(Direction.HIGHER_IS_BETTER).cumulative(true).build(),
            Indicator.builder().id("request-days")
                .name(t("dagen per dataverzoek", "days per data request")).unit("days")
                .direction(Direction.LOWER_IS_BETTER).cumulative(false).build())
        .addCostCategories(
            CostCategory.of("staff", t("Personeel", "Staff")),
            CostCategory.of("infrastructure", t("Data-infrastructuur", "Data infrastructure")),
            CostCategory.of("events", t("Bijeenkomsten", "Events")))
        .contributionPerInhabitant(new BigDecimal("0.85"))
        .build();
  }

  /**
   * Provisional and final figures of 1 January 2025 for the two members of 2025, provisional
   * ones of 1 January 2026 for the three of 2026. At EUR 0.85: 2025 provisional 137,445.00 +
   * 69,615.00 = 207,060.00; final 137,539.35 + 69,710.20 = 207,249.55; 2026 provisional
   * 62,917.00 + 137,895.50 + 69,993.25 = 270,805.75.
   */
  static List<InhabitantFigure> figures() {
    return List.of(
        figure("GM0153", "Enschede", 2025, 161_700, FigureStatus.PROVISIONAL),
        figure("GM0164", "Hengelo", 2025, 81_900, FigureStatus.PROVISIONAL),
        figure("GM0153", "Enschede", 2025, 161_811, FigureStatus.FINAL),
        figure("GM0164", "Hengelo", 2025, 82_012, FigureStatus.FINAL),
        figure("GM0153", "Enschede", 2026, 162_230, FigureStatus.PROVISIONAL),
        figure("GM0164", "Hengelo", 2026, 82_345, FigureStatus.PROVISIONAL),
        figure("GM0141", "Almelo", 2026, 74_020, FigureStatus.PROVISIONAL));
  }

  private static InhabitantFigure figure(String code, String name, int year, long inhabitants,
      FigureStatus status) {
    return InhabitantFigure.of(MunicipalityCode.of(code), name, LocalDate.of(year, 1, 1),
        inhabitants, status, SOURCE);
  }

  private static List<PlanHeading> headings() {
    return List.of(PlanHeading.of("h-open", "open-data", t("Data delen", "Sharing data")),
        PlanHeading.of("h-skills", "skills", t("Leren", "Learning")));
  }

  private static ActionPoint action(String id, String nl, String en, String heading) {
    return ActionPoint.builder().id(id).text(t(nl, en)).addHeadingIds(heading).build();
  }

  private static BudgetLine line(String id, Flow flow, String category, String nl, String en,
      String planned) {
    return BudgetLine.builder().id(id).flow(flow).categoryId(category).description(t(nl, en))
        .planned(Money.parse(planned)).scope(Scope.IN_SCOPE).build();
  }

  /**
   * The 2025 plan: an estimate on the provisional figures. In scope: income 207,060.00 +
   * 125,000.00 + 18,400.00 = 350,460.00; spending 190,000.00 + 95,000.00 + 40,000.00 =
   * 325,000.00; the EU data lab (300,000.00, data infrastructure) is out of scope.
   */
  static AnnualPlan plan2025() {
    return AnnualPlan.builder()
        .programmeId(ID)
        .year(2025)
        .strategicPeriod(PERIOD)
        .introduction(t("Het eerste jaar van de corridor", "The corridor's first year"))
        .addThemes(
            InvestmentTheme.builder().id("open-data").title(t("Open data", "Open data"))
                .addActions(
                    ActionPoint.builder().from(action("2025.OD.1",
                            "Twintig datasets van de gemeenten openen",
                            "Open twenty municipal datasets", "h-open"))
                        .target(Target.of("datasets-opened", new BigDecimal("20"), "datasets"))
                        .lineOfWork("open-datasets").build(),
                    ActionPoint.builder().from(action("2025.OD.2",
                            "Een loket voor dataverzoeken inrichten",
                            "Set up a desk for data requests", "h-open"))
                        .target(Target.of("request-days", new BigDecimal("10"), "days"))
                        .build())
                .build(),
            InvestmentTheme.builder().id("skills").title(t("Datavaardigheden", "Data skills"))
                .addActions(ActionPoint.builder().from(action("2025.SK.1",
                        "Vier datacafés organiseren", "Hold four data cafés", "h-skills"))
                    .lineOfWork("data-cafes").build())
                .build())
        .headings(headings())
        .budget(Budget.builder().year(2025).status(BudgetStatus.ESTIMATE)
            .scopeNote(t("Zonder het EU-datalab, dat apart wordt begroot",
                "Without the EU data lab, which has a budget of its own"))
            .addLines(
                line("b25-contrib", Flow.INCOME, "contributions",
                    "Bijdragen gemeenten (0,85 per inwoner)",
                    "Municipal contributions (0.85 per inhabitant)", "207060.00"),
                line("b25-grant", Flow.INCOME, "other-income", "Bijdrage Provincie Overijssel",
                    "Grant from the Province of Overijssel", "125000.00"),
                line("b25-cf", Flow.INCOME, "carried-forward", "Overschot datapilot",
                    "Surplus of the data pilot", "18400.00"),
                line("b25-staff", Flow.SPENDING, "staff", "Programmateam", "Programme team",
                    "190000.00"),
                line("b25-infra", Flow.SPENDING, "infrastructure", "Dataplatform",
                    "Data platform", "95000.00"),
                line("b25-events", Flow.SPENDING, "events", "Datacafés", "Data cafés",
                    "40000.00"),
                BudgetLine.builder().from(line("b25-eulab", Flow.SPENDING, "infrastructure",
                        "EU-datalab (Interreg)", "EU data lab (Interreg)", "300000.00"))
                    .scope(Scope.OUT_OF_SCOPE)
                    .note(t("Gefinancierd door Interreg, niet uit de corridor",
                        "Funded by Interreg, not by the corridor"))
                    .build())
            .build())
        .addInKind(InKindCapacity.builder().offeredByKind(PartnerKind.KNOWLEDGE_INSTITUTION)
            .partnerId("utwente").description(t("Data-steward", "Data steward"))
            .fte(new BigDecimal("0.4")).estimatedValue(Money.parse("28000.00")).build())
        .build();
  }

  /**
   * The 2026 plan: final. Income 270,805.75 + 110,000.00 + 32,955.30 (the closing balance of
   * 2025) = 413,761.05; spending planned 340,000.00, amended 352,500.00 (staff 200,000.00 to
   * 212,500.00).
   */
  static AnnualPlan plan2026() {
    return AnnualPlan.builder()
        .programmeId(ID)
        .year(2026)
        .strategicPeriod(PERIOD)
        .addThemes(
            InvestmentTheme.builder().id("open-data").title(t("Open data", "Open data"))
                .addActions(ActionPoint.builder().from(action("2026.OD.1",
                        "Nog vijftien datasets openen, ook van Almelo",
                        "Open fifteen more datasets, Almelo's included", "h-open"))
                    .target(Target.of("datasets-opened", new BigDecimal("35"), "datasets"))
                    .lineOfWork("open-datasets").build())
                .build(),
            InvestmentTheme.builder().id("skills").title(t("Datavaardigheden", "Data skills"))
                .addActions(
                    ActionPoint.builder().from(action("2026.SK.1", "Zes datacafés organiseren",
                        "Hold six data cafés", "h-skills")).lineOfWork("data-cafes").build(),
                    action("2026.SK.2", "Een datacursus voor ambtenaren",
                        "A data course for civil servants", "h-skills"))
                .build())
        .headings(headings())
        .budget(Budget.builder().year(2026).status(BudgetStatus.FINAL)
            .addLines(
                line("b26-contrib", Flow.INCOME, "contributions", "Bijdragen gemeenten",
                    "Municipal contributions", "270805.75"),
                line("b26-grant", Flow.INCOME, "other-income", "Bijdrage Provincie Overijssel",
                    "Grant from the Province of Overijssel", "110000.00"),
                line("b26-cf", Flow.INCOME, "carried-forward", "Saldo 2025", "Balance of 2025",
                    "32955.30"),
                BudgetLine.builder().from(line("b26-staff", Flow.SPENDING, "staff",
                        "Programmateam", "Programme team", "200000.00"))
                    .amended(Money.parse("212500.00")).build(),
                line("b26-infra", Flow.SPENDING, "infrastructure", "Dataplatform",
                    "Data platform", "105000.00"),
                line("b26-events", Flow.SPENDING, "events", "Datacafés en cursus",
                    "Data cafés and course", "35000.00"))
            .build())
        .build();
  }

  private static StatementLine statementLine(String id, String category, String nl, String en,
      String amount) {
    return StatementLine.builder().id(id).categoryId(category).label(t(nl, en))
        .amount(Money.parse(amount)).build();
  }

  /**
   * The 2025 report. Statement: 18,400.00 carried forward + income 207,249.55 (the final
   * contributions) + 125,000.00 = 332,249.55 (stated) - spending 187,412.18 + 91,377.40 +
   * 38,904.67 = 317,694.25 (stated): closing balance 32,955.30.
   */
  static AnnualReport report2025() {
    return AnnualReport.builder()
        .programmeId(ID)
        .year(2025)
        .goal(t("Een werkende corridor", "A working corridor"))
        .statement(FinancialStatement.builder().year(2025)
            .carriedForward(Money.parse("18400.00"))
            .addIncome(
                statementLine("r25-contrib", "contributions", "Bijdragen gemeenten",
                    "Municipal contributions", "207249.55"),
                statementLine("r25-grant", "other-income", "Bijdrage Provincie Overijssel",
                    "Grant from the Province of Overijssel", "125000.00"))
            .addSpending(
                statementLine("r25-staff", "staff", "Programmateam", "Programme team",
                    "187412.18"),
                statementLine("r25-infra", "infrastructure", "Dataplatform", "Data platform",
                    "91377.40"),
                statementLine("r25-events", "events", "Datacafés", "Data cafés", "38904.67"))
            .statedSpendingTotal(Money.parse("317694.25"))
            .statedIncomeTotal(Money.parse("332249.55"))
            .build())
        .addIndicatorValues(
            IndicatorValue.builder().id("r25.datasets").indicatorId("datasets-opened")
                .title(t("geopende datasets", "datasets opened")).value(new BigDecimal("17"))
                .addActionIds("2025.OD.1").build(),
            IndicatorValue.builder().id("r25.days").indicatorId("request-days")
                .title(t("dagen per verzoek", "days per request"))
                .value(new BigDecimal("12.5")).addActionIds("2025.OD.2").build())
        .addObservations(Observation.builder().id("r25.obs")
            .title(t("Wat opviel", "What stood out"))
            .addPoints(t("Gemeenten delen graag verkeersdata",
                "Municipalities like to share traffic data"))
            .addActionIds("2025.OD.1").build())
        .addOutcomes(Outcome.builder().id("r25.out").title(t("Loket open", "Desk open"))
            .summary(t("Het loket beantwoordt verzoeken", "The desk answers requests"))
            .addActionIds("2025.OD.2").build())
        .addAims(Aim.of("aim-share", t("Data delen", "Share data")))
        .addActivities(Activity.builder().id("r25.cafe")
            .title(t("Drie datacafés", "Three data cafés")).addAimIds("aim-share")
            .addActionIds("2025.SK.1").lineOfWork("data-cafes")
            .note(t("Het vierde is verschoven", "The fourth was postponed")).build())
        .build();
  }

  /**
   * The 2026 report. Statement: 32,955.30 carried forward + income 270,805.75 + 110,000.00 -
   * spending 211,980.04 + 104,220.90 + 33,617.11 = 349,818.05 (stated): closing balance
   * 63,943.00.
   */
  static AnnualReport report2026() {
    return AnnualReport.builder()
        .programmeId(ID)
        .year(2026)
        .statement(FinancialStatement.builder().year(2026)
            .carriedForward(Money.parse("32955.30"))
            .addIncome(
                statementLine("r26-contrib", "contributions", "Bijdragen gemeenten",
                    "Municipal contributions", "270805.75"),
                statementLine("r26-grant", "other-income", "Bijdrage Provincie Overijssel",
                    "Grant from the Province of Overijssel", "110000.00"))
            .addSpending(
                statementLine("r26-staff", "staff", "Programmateam", "Programme team",
                    "211980.04"),
                statementLine("r26-infra", "infrastructure", "Dataplatform", "Data platform",
                    "104220.90"),
                statementLine("r26-events", "events", "Datacafés en cursus",
                    "Data cafés and course", "33617.11"))
            .statedSpendingTotal(Money.parse("349818.05"))
            .build())
        .addIndicatorValues(IndicatorValue.builder().id("r26.datasets")
            .indicatorId("datasets-opened").title(t("geopende datasets", "datasets opened"))
            .value(new BigDecimal("31")).addActionIds("2026.OD.1").build())
        .addAims(Aim.of("aim-learn", t("Leren werken met data", "Learn to work with data")))
        .addActivities(
            Activity.builder().id("r26.cafes").title(t("Zes datacafés", "Six data cafés"))
                .addAimIds("aim-learn").addActionIds("2026.SK.1").lineOfWork("data-cafes")
                .build(),
            Activity.builder().id("r26.course").title(t("Datacursus", "Data course"))
                .addAimIds("aim-learn").addActionIds("2026.SK.2").build())
        .build();
  }

  static CoverLetter letter() {
    return CoverLetter.builder().from("Corridor Council")
        .to("Gemeenteraden van Enschede, Hengelo en Almelo").place("Hengelo")
        .date(LocalDate.of(2026, 3, 12)).reference("TDC/2026/014").handledBy("programmabureau")
        .subject("Jaarverslag 2025").status(t("ter kennisname", "for information"))
        .addAttachments("Jaarverslag 2025").build();
  }

  static Dataset dataset() {
    return Dataset.builder()
        .programme(programme())
        .inhabitantFigures(figures())
        .addPlans(plan2025(), plan2026())
        .addReports(report2025(), report2026())
        .addCoverLetters(letter())
        .build();
  }
}

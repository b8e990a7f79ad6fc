package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.core.reference.DutchTechZone.BRANDING;
import static nl.dutchtechzone.core.reference.DutchTechZone.DTZ_IN_FIGURES;
import static nl.dutchtechzone.core.reference.DutchTechZone.INITIATIVES_TALKED_WITH;
import static nl.dutchtechzone.core.reference.DutchTechZone.MEETINGS_ATTENDED;
import static nl.dutchtechzone.core.reference.DutchTechZone.PROGRAMME_COSTS;
import static nl.dutchtechzone.core.reference.DutchTechZone.PROGRAMME_ID;
import static nl.dutchtechzone.core.reference.DutchTechZone.PROJECTS;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.StatementLine;

/**
 * ILLUSTRATIVE EXAMPLE, NOT A REAL REPORT: an invented annual report 2023 of Dutch TechZone, and
 * an invented budget and target added to a copy of the real 2023 plan, so that the tracking of
 * the 2023 plan can be shown and tested on something that looks like the programme.
 *
 * <p>No 2023 report of Dutch TechZone is in the source documents. Every activity, count, amount,
 * assessment and explanation below was made up for this test; none was published by the
 * programme. Every text says so ("[ILLUSTRATIEF]" / "[ILLUSTRATIVE]") and every id starts with
 * {@code illustrative}. The only real parts are the plan's themes and action points (from {@link
 * DutchTechZone#plan2023()}), the programme, and the carried-forward amount 102,121.79, which is
 * derived from the real 2022 statement (130,500.00 + 261,089.00 − 289,467.21).
 */
final class Illustrative2023 {

  static final String MARK_NL = "[ILLUSTRATIEF] ";
  static final String MARK_EN = "[ILLUSTRATIVE] ";

  private Illustrative2023() {}

  private static LocalizedText text(String nl, String en) {
    return LocalizedText.of(MARK_NL + nl, MARK_EN + en);
  }

  private static Money eur(String plain) {
    return Money.of(new BigDecimal(plain));
  }

  /**
   * The real plan 2023 with an invented budget and an invented target on action 2023.1.1 (45
   * meetings attended).
   */
  static AnnualPlan plan() {
    AnnualPlan real = DutchTechZone.plan2023();
    List<InvestmentTheme> themes = real.themes().stream()
        .map(t -> InvestmentTheme.builder().from(t)
            .actions(t.actions().stream().map(Illustrative2023::withTarget)
                .collect(Collectors.toList()))
            .build())
        .collect(Collectors.toList());
    return AnnualPlan.builder().from(real)
        .themes(themes)
        .budget(Budget.builder().year(2023).status(BudgetStatus.ESTIMATE)
            .scopeNote(text("bedragen verzonnen voor een voorbeeld, niet uit het jaarplan",
                "amounts invented for an example, not from the annual plan"))
            .addLines(
                line("illustrative.b1", PROGRAMME_COSTS, "225000.00", "232500.00"),
                line("illustrative.b2", BRANDING, "35000.00", null),
                line("illustrative.b3", PROJECTS, "40000.00", null))
            .build())
        .build();
  }

  private static ActionPoint withTarget(ActionPoint a) {
    if (!a.id().equals("2023.1.1")) {
      return a;
    }
    return ActionPoint.builder().from(a)
        .target(Target.of(MEETINGS_ATTENDED, new BigDecimal("45"), "count")).build();
  }

  private static BudgetLine line(String id, String category, String planned, String amended) {
    BudgetLine.Builder b = BudgetLine.builder();
    b.id(id).flow(Flow.SPENDING).categoryId(category)
        .description(text("begrotingsregel " + category, "budget line " + category))
        .planned(eur(planned));
    if (amended != null) {
      b.amended(eur(amended));
    }
    return b.build();
  }

  /** The invented report 2023. */
  static AnnualReport report() {
    return AnnualReport.builder()
        .programmeId(PROGRAMME_ID)
        .year(2023)
        .goal(text("voorbeeldverslag, geen echt jaarverslag", "example report, not a real one"))
        .statement(FinancialStatement.builder().year(2023)
            .carriedForward(eur("102121.79"))
            .addIncome(StatementLine.builder().id("illustrative.income")
                .label(text("inkomsten", "income")).amount(eur("262000.00")).build())
            .addSpending(
                spent(PROGRAMME_COSTS, "230000.00"),
                spent(BRANDING, "41250.75"),
                spent(PROJECTS, "28500.00"))
            .statedSpendingTotal(eur("299750.75"))
            .build())
        .addIndicatorValues(
            value("illustrative.meetings", MEETINGS_ATTENDED, 48, "2023.1.1"),
            value("illustrative.initiatives", INITIATIVES_TALKED_WITH, 70))
        .addAims(
            Aim.of("position", text("positie van DTZ versterken", "strengthen DTZ's position")),
            Aim.of("ecosystem", text("ecosysteem versterken", "strengthen the ecosystem")),
            Aim.of("inform", text("stakeholders informeren", "inform the stakeholders")))
        .addActivities(
            activity("illustrative.a01", "ecosystem", "ontmoeting bestuurders en ondernemers",
                "meeting of administrators and entrepreneurs", "2023.1.1"),
            activity("illustrative.a02", "position", "sessie Program Board",
                "Program Board session", "2023.1.2"),
            activity("illustrative.a03", "ecosystem", "maandelijks overleg innovatie ecosysteem",
                "monthly meeting of the innovation ecosystem", "2023.1.3", "2023.2.3"),
            Activity.builder().id("illustrative.a04")
                .title(text("presentatie Dutch TechZone in cijfers",
                    "presentation of Dutch TechZone in figures"))
                .addAimIds("inform").addActionIds("2023.1.5").lineOfWork(DTZ_IN_FIGURES)
                .build(),
            activity("illustrative.a05", "inform", "website vernieuwd", "website renewed",
                "2023.2.4"),
            activity("illustrative.a06", "position", "stand op een regionale beurs",
                "stand at a regional fair", "2023.2.6"),
            activity("illustrative.a07", "ecosystem", "Innofuture met de Technasia",
                "Innofuture with the Technasium schools", "2023.3.1"),
            activity("illustrative.a08", "position", "werkbezoek buiten het jaarplan",
                "working visit outside the plan"))
        .build();
  }

  /** Invented assessments: 2023.1.5 done, 2023.2.1 (the film) dropped, 2023.3.3 not started. */
  static List<StatusAssessment> assessments() {
    return List.of(
        StatusAssessment.builder().year(2023).actionId("2023.1.5").status(ActionStatus.DONE)
            .note(text("rapportage gepresenteerd", "report presented")).build(),
        StatusAssessment.builder().year(2023).actionId("2023.2.1").status(ActionStatus.DROPPED)
            .note(text("film vervalt", "film dropped")).build(),
        StatusAssessment.of(2023, "2023.3.3", ActionStatus.NOT_STARTED));
  }

  /** An invented explanation of the branding overspend. */
  static VarianceExplanation brandingExplanation() {
    return VarianceExplanation.of(2023, BRANDING,
        text("extra beurzen en websitebouw", "extra fairs and the website build"));
  }

  private static StatementLine spent(String category, String amount) {
    return StatementLine.builder().id("illustrative." + category).categoryId(category)
        .label(text(category, category)).amount(eur(amount)).build();
  }

  private static IndicatorValue value(String id, String indicator, int value,
      String... actionIds) {
    return IndicatorValue.builder().id(id).indicatorId(indicator)
        .title(text(indicator, indicator)).value(BigDecimal.valueOf(value))
        .addActionIds(actionIds).build();
  }

  private static Activity activity(String id, String aim, String nl, String en,
      String... actionIds) {
    return Activity.builder().id(id).title(text(nl, en)).addAimIds(aim)
        .addActionIds(actionIds).build();
  }
}

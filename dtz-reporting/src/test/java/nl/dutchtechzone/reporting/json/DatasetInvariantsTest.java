package nl.dutchtechzone.reporting.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.InKindCapacity;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import org.junit.jupiter.api.Test;

/** The invariants a {@link Dataset} checks beyond those of its parts, for datasets built in Java. */
class DatasetInvariantsTest {

  private static final LocalizedText T = LocalizedText.dutch("t");

  private static Dataset.Builder dtz() {
    return Dataset.builder().programme(DutchTechZone.programme());
  }

  private static AnnualPlan plan(int year, ActionPoint action) {
    return AnnualPlan.builder().programmeId("dtz").year(year)
        .strategicPeriod(DutchTechZone.programme().strategicPeriod())
        .addThemes(InvestmentTheme.builder().id("t").title(T).addActions(action).build())
        .build();
  }

  @Test
  void rejectsAnInhabitantFigureOfAMunicipalityThatIsNoPartner() {
    InhabitantFigure figure = InhabitantFigure.of(MunicipalityCode.of("GM1681"), "Borger-Odoorn",
        LocalDate.of(2021, 1, 1), 25_000, FigureStatus.PROVISIONAL, "illustrative");

    assertThatThrownBy(() -> dtz().addInhabitantFigures(figure).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown municipality (CBS code) 'GM1681'");
  }

  @Test
  void rejectsTwoFiguresOfOneStatusForOneMunicipalityAndDate() {
    InhabitantFigure emmen = ReferenceInhabitants.figures2021().get(1);

    assertThatThrownBy(() -> dtz().addInhabitantFigures(emmen, emmen).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate provisional inhabitant figure of GM0114");
    InhabitantFigure fin = InhabitantFigure.builder().from(emmen).status(FigureStatus.FINAL)
        .build();
    assertThat(dtz().addInhabitantFigures(emmen, fin).build().inhabitantRegister()
        .figureFor(emmen.municipality(), emmen.referenceDate())).isEqualTo(fin);
  }

  @Test
  void rejectsTwoReportsForOneYearAndAPlanOfAnotherProgramme() {
    assertThatThrownBy(() -> dtz().addReports(DutchTechZone.report2022(),
        DutchTechZone.report2022()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most one report per year");
    AnnualPlan other = AnnualPlan.builder().from(DutchTechZone.plan2023()).programmeId("other")
        .build();
    assertThatThrownBy(() -> dtz().addPlans(other).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'other'");
  }

  @Test
  void rejectsATargetOnAnUnknownIndicator() {
    ActionPoint action = ActionPoint.builder().id("a").text(T)
        .target(Target.of("nope", BigDecimal.TEN, "count")).build();

    assertThatThrownBy(() -> dtz().addPlans(plan(2024, action)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown indicator id 'nope'");
  }

  @Test
  void rejectsABudgetLineOfAnUnknownCostCategory() {
    AnnualPlan plan = AnnualPlan.builder().from(plan(2024, ActionPoint.builder().id("a")
        .text(T).build()))
        .budget(Budget.builder().year(2024).status(BudgetStatus.ESTIMATE)
            .addLines(BudgetLine.builder().id("l").flow(Flow.SPENDING).categoryId("nope")
                .description(T).planned(Money.ofEuros(5)).build())
            .build())
        .build();

    assertThatThrownBy(() -> dtz().addPlans(plan).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown cost category id 'nope'");
  }

  @Test
  void rejectsInKindCapacityOfAnUnknownPartner() {
    AnnualPlan plan = AnnualPlan.builder().from(plan(2024, ActionPoint.builder().id("a")
        .text(T).build()))
        .addInKind(InKindCapacity.builder().offeredByKind(PartnerKind.COMPANY)
            .partnerId("nobody").description(T).build())
        .build();

    assertThatThrownBy(() -> dtz().addPlans(plan).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown partner id 'nobody'");
  }

  @Test
  void rejectsAStatementLineOfAnUnknownCostCategory() {
    AnnualReport report = AnnualReport.builder().programmeId("dtz").year(2024)
        .statement(FinancialStatement.builder().year(2024).carriedForward(Money.ZERO)
            .statedSpendingTotal(Money.ZERO)
            .addSpending(StatementLine.builder().id("s").categoryId("nope").label(T)
                .amount(Money.ZERO).build())
            .build())
        .build();

    assertThatThrownBy(() -> dtz().addReports(report).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown cost category id 'nope'");
  }

  @Test
  void checksReportLinksOnlyAgainstThePlanOfTheSameYear() {
    AnnualReport report = AnnualReport.builder().programmeId("dtz").year(2024)
        .addActivities(Activity.builder().id("x").title(T).addActionIds("b").build())
        .build();

    assertThat(dtz().addReports(report).addPlans(plan(2025, ActionPoint.builder().id("a")
        .text(T).build())).build().reports()).containsExactly(report);
    assertThatThrownBy(() -> dtz().addReports(report)
        .addPlans(plan(2024, ActionPoint.builder().id("a").text(T).build())).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown action id of the plan of that year 'b'; known: [a] (the plan 2024)");
  }
}

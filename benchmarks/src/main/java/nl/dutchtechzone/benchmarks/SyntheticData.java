package nl.dutchtechzone.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
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
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.Aim;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.reporting.tracking.ActionStatus;
import nl.dutchtechzone.reporting.tracking.StatusAssessment;
import nl.dutchtechzone.reporting.tracking.TrackingInput;

/**
 * Generates tracking input of a given size: SYNTHETIC data for benchmarks, with the Dutch
 * TechZone programme's indicators and cost categories but invented plans and reports.
 *
 * <p>A 2023 plan with 90% of the actions in ten themes and a 2024 plan with the other 10%, each
 * continuing a 2023 action's line of work; every tenth 2023 action has a target; every 25th is
 * assessed (done or dropped). A 2023 report with the given number of items: every 50th an
 * indicator value, the others activities; 90% of the activities are linked to two actions (so
 * items serve several actions and actions have several items), 10% to none. Budget and
 * statement have a line per cost category.
 */
public final class SyntheticData {

  private static final String[] CATEGORIES = {DutchTechZone.PROGRAMME_COSTS,
      DutchTechZone.BRANDING, DutchTechZone.PROJECTS};

  private SyntheticData() {}

  /**
   * Makes the input.
   *
   * @param actions the number of actions over both plans, at least 20
   * @param items the number of report items, at least 50
   * @return the input
   * @throws IllegalArgumentException if a size is too small
   */
  public static TrackingInput input(int actions, int items) {
    if (actions < 20 || items < 50) {
      throw new IllegalArgumentException("actions must be at least 20 and items at least 50, got "
          + actions + " and " + items);
    }
    int later = actions / 10;
    int first = actions - later;
    LocalizedText text = LocalizedText.dutch("synthetic");
    List<List<ActionPoint>> themes = new ArrayList<>();
    for (int t = 0; t < 10; t++) {
      themes.add(new ArrayList<>());
    }
    List<StatusAssessment> assessments = new ArrayList<>();
    for (int i = 0; i < first; i++) {
      ActionPoint.Builder a = ActionPoint.builder().id("a" + i).text(text);
      if (i < later) {
        a.lineOfWork("line" + i);
      }
      if (i % 10 == 0) {
        a.target(Target.of(DutchTechZone.MEETINGS_ATTENDED, BigDecimal.valueOf(40), "count"));
      }
      themes.get(i % 10).add(a.build());
      if (i % 25 == 0) {
        assessments.add(StatusAssessment.of(2023, "a" + i,
            i % 50 == 0 ? ActionStatus.DONE : ActionStatus.DROPPED));
      }
    }
    AnnualPlan.Builder plan2023 = AnnualPlan.builder().programmeId(DutchTechZone.PROGRAMME_ID)
        .year(2023).strategicPeriod(StrategicPeriod.of(2022, 2025));
    for (int t = 0; t < 10; t++) {
      plan2023.addThemes(InvestmentTheme.builder().id("t" + t).title(text)
          .actions(themes.get(t)).build());
    }
    Budget.Builder budget = Budget.builder().year(2023).status(BudgetStatus.FINAL);
    List<StatementLine> spending = new ArrayList<>();
    for (String c : CATEGORIES) {
      budget.addLines(BudgetLine.builder().id("b-" + c).flow(Flow.SPENDING).categoryId(c)
          .description(text).planned(Money.ofCents(10_000_000L)).build());
      spending.add(StatementLine.builder().id("s-" + c).categoryId(c).label(text)
          .amount(Money.ofCents(9_876_543L)).build());
    }
    plan2023.budget(budget.build());

    List<ActionPoint> continued = new ArrayList<>();
    for (int i = 0; i < later; i++) {
      continued.add(ActionPoint.builder().id("n" + i).text(text).lineOfWork("line" + i).build());
    }
    AnnualPlan plan2024 = AnnualPlan.builder().programmeId(DutchTechZone.PROGRAMME_ID)
        .year(2024).strategicPeriod(StrategicPeriod.of(2022, 2025))
        .addThemes(InvestmentTheme.builder().id("t").title(text).actions(continued).build())
        .build();

    AnnualReport.Builder report = AnnualReport.builder().programmeId(DutchTechZone.PROGRAMME_ID)
        .year(2023)
        .addAims(Aim.of("aim0", text), Aim.of("aim1", text), Aim.of("aim2", text))
        .statement(FinancialStatement.builder().year(2023).carriedForward(Money.ZERO)
            .addSpending(spending.toArray(new StatementLine[0]))
            .statedSpendingTotal(Money.ofCents(3 * 9_876_543L)).build());
    List<Activity> activities = new ArrayList<>();
    List<IndicatorValue> values = new ArrayList<>();
    for (int j = 0; j < items; j++) {
      if (j % 50 == 0) {
        values.add(IndicatorValue.builder().id("v" + j)
            .indicatorId(j % 100 == 0 ? DutchTechZone.MEETINGS_ATTENDED
                : DutchTechZone.INITIATIVES_TALKED_WITH)
            .title(text).value(BigDecimal.ONE).build());
        continue;
      }
      Activity.Builder activity = Activity.builder().id("i" + j).title(text)
          .addAimIds("aim" + (j % 3));
      if (j % 10 != 9) {
        int x = j % first;
        int y = (int) ((j * 7L + 3) % first);
        activity.addActionIds("a" + x);
        if (y != x) {
          activity.addActionIds("a" + y);
        }
      }
      activities.add(activity.build());
    }
    report.indicatorValues(values).activities(activities);

    return TrackingInput.builder()
        .programme(DutchTechZone.programme())
        .addPlans(plan2023.build(), plan2024)
        .addReports(report.build())
        .assessments(assessments)
        .build();
  }
}

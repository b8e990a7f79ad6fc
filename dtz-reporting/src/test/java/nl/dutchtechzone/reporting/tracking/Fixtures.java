package nl.dutchtechzone.reporting.tracking;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import nl.dutchtechzone.core.CostCategory;
import nl.dutchtechzone.core.Direction;
import nl.dutchtechzone.core.Indicator;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.ActionPoint;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.InvestmentTheme;
import nl.dutchtechzone.core.plan.Target;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.IndicatorValue;
import nl.dutchtechzone.core.report.StatementLine;

/** Small synthetic programmes, plans and reports for the tracking tests (not DTZ data). */
final class Fixtures {

  static final String PROGRAMME = "test-programme";
  /** Higher is better, summed over periods. */
  static final String VISITS = "visits";
  /** Higher is better, cumulative: a running total. */
  static final String MEMBERS = "members";
  /** Lower is better. */
  static final String COMPLAINTS = "complaints";
  static final String STAFF = "staff";
  static final String COMMS = "comms";
  static final String PROJECTS = "projects";

  private Fixtures() {}

  static Programme programme() {
    return Programme.builder()
        .id(PROGRAMME)
        .shortName("TP")
        .name("Test programme")
        .purpose(text("test"))
        .strategicPeriod(StrategicPeriod.of(2022, 2025))
        .addIndicators(
            Indicator.builder().id(VISITS).name(text("visits")).unit("count").build(),
            Indicator.builder().id(MEMBERS).name(text("members")).unit("count")
                .cumulative(true).build(),
            Indicator.builder().id(COMPLAINTS).name(text("complaints")).unit("count")
                .direction(Direction.LOWER_IS_BETTER).build())
        .addCostCategories(
            CostCategory.of(STAFF, text("staff")),
            CostCategory.of(COMMS, text("communication")),
            CostCategory.of(PROJECTS, text("projects")))
        .build();
  }

  static LocalizedText text(String s) {
    return LocalizedText.dutch(s);
  }

  static ActionPoint action(String id) {
    return ActionPoint.builder().id(id).text(text("action " + id)).build();
  }

  static ActionPoint action(String id, String indicatorId, String target) {
    return ActionPoint.builder().id(id).text(text("action " + id))
        .target(Target.of(indicatorId, new BigDecimal(target), "count")).build();
  }

  static ActionPoint onLine(String id, String line) {
    return ActionPoint.builder().id(id).text(text("action " + id)).lineOfWork(line).build();
  }

  static InvestmentTheme theme(String id, ActionPoint... actions) {
    return InvestmentTheme.builder().id(id).title(text("theme " + id))
        .addActions(actions).build();
  }

  static AnnualPlan plan(int year, InvestmentTheme... themes) {
    return planBuilder(year, themes).build();
  }

  static AnnualPlan.Builder planBuilder(int year, InvestmentTheme... themes) {
    AnnualPlan.Builder b = AnnualPlan.builder().programmeId(PROGRAMME).year(year)
        .strategicPeriod(StrategicPeriod.of(2022, 2025));
    b.addThemes(themes);
    return b;
  }

  static AnnualPlan plan(int year, ActionPoint... actions) {
    return plan(year, theme("t", actions));
  }

  static Activity activity(String id, String... actionIds) {
    return Activity.builder().id(id).title(text("activity " + id))
        .actionIds(Arrays.asList(actionIds)).build();
  }

  static IndicatorValue value(String id, String indicatorId, String value, String... actionIds) {
    return IndicatorValue.builder().id(id).indicatorId(indicatorId).title(text("value " + id))
        .value(new BigDecimal(value)).actionIds(Arrays.asList(actionIds)).build();
  }

  static AnnualReport.Builder reportBuilder(int year) {
    return AnnualReport.builder().programmeId(PROGRAMME).year(year);
  }

  static AnnualReport report(int year, Activity... activities) {
    return reportBuilder(year).addActivities(activities).build();
  }

  static StatementLine spent(String categoryId, String amount) {
    return StatementLine.builder().id("spent-" + categoryId).categoryId(categoryId)
        .label(text(categoryId)).amount(Money.of(new BigDecimal(amount))).build();
  }

  static TrackingInput.Builder input() {
    TrackingInput.Builder b = TrackingInput.builder();
    b.programme(programme());
    return b;
  }

  static TrackingReport track(List<AnnualPlan> plans, List<AnnualReport> reports,
      StatusAssessment... assessments) {
    return Tracker.track(input().plans(plans).reports(reports)
        .addAssessments(assessments).build());
  }
}

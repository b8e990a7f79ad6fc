package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.MEMBERS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.STAFF;
import static nl.dutchtechzone.reporting.tracking.Fixtures.VISITS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.action;
import static nl.dutchtechzone.reporting.tracking.Fixtures.onLine;
import static nl.dutchtechzone.reporting.tracking.Fixtures.plan;
import static nl.dutchtechzone.reporting.tracking.Fixtures.reportBuilder;
import static nl.dutchtechzone.reporting.tracking.Fixtures.spent;
import static nl.dutchtechzone.reporting.tracking.Fixtures.text;
import static nl.dutchtechzone.reporting.tracking.Fixtures.track;
import static nl.dutchtechzone.reporting.tracking.Fixtures.value;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.report.Activity;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import org.junit.jupiter.api.Test;

class LinesOfWorkAndRollUpTest {

  private static AnnualReport report(int year, String staff, String members, String visits) {
    return reportBuilder(year)
        .statement(FinancialStatement.builder().year(year).carriedForward(Money.ZERO)
            .addSpending(spent(STAFF, staff)).statedSpendingTotal(Money.parse(staff)).build())
        .addIndicatorValues(value(year + ".m", MEMBERS, members),
            value(year + ".v", VISITS, visits))
        .addActivities(Activity.builder().id(year + ".fig").title(text("figures " + year))
            .lineOfWork("figures").build())
        .build();
  }

  @Test
  void lineOfWorkJoinsActionsAndActivitiesAcrossYears() {
    TrackingReport r = track(
        List.of(plan(2023, onLine("2023.f", "figures")), plan(2024, onLine("2024.f", "figures"))),
        List.of(report(2022, "1.00", "5", "1"), report(2023, "2.00", "8", "2")));
    LineOfWork line = r.lineOfWork("figures").orElseThrow();
    assertThat(line.years()).containsExactly(2022, 2023, 2024);
    assertThat(line.entries()).extracting(e -> e.year() + " " + e.source() + " " + e.id()
        + " " + e.status().map(Enum::name).orElse("-"))
        .containsExactly(
            "2022 REPORTED_ACTIVITY 2022.fig -",
            "2023 PLANNED_ACTION 2023.f CARRIED_OVER",
            "2023 REPORTED_ACTIVITY 2023.fig -",
            "2024 PLANNED_ACTION 2024.f NOT_STARTED");
  }

  @Test
  void rollUpCoversTheYearsOfTheStrategicPeriod() {
    TrackingReport r = track(
        List.of(plan(2023, action("a")), Fixtures.planBuilder(2026, Fixtures.theme("t",
            action("b"))).strategicPeriod(StrategicPeriod.of(2026, 2029)).build()),
        List.of(report(2022, "1000.10", "5", "1"), report(2023, "2000.20", "8", "2"),
            report(2021, "9.99", "1", "1")));
    PeriodRollUp up = r.rollUp();
    assertThat(up.period().label()).isEqualTo("2022-2025");
    assertThat(up.yearsPresent()).containsExactly(2022, 2023);
    assertThat(up.yearsPlanned()).containsExactly(2023);
    assertThat(up.yearsReported()).containsExactly(2022, 2023);
    assertThat(up.yearsMissing()).containsExactly(2024, 2025);
    assertThat(up.spending()).containsExactly(
        CategorySpending.of(STAFF, 2022, Money.parse("1000.10")),
        CategorySpending.of(STAFF, 2023, Money.parse("2000.20")));
    assertThat(up.spending(STAFF, 2023)).contains(Money.parse("2000.20"));
    assertThat(up.spending(STAFF, 2024)).isEmpty();
    assertThat(up.totalSpending(2022)).isEqualTo(Money.parse("1000.10"));
    assertThat(up.indicatorSeries()).extracting(IndicatorSeries::indicatorId)
        .containsExactly(VISITS, MEMBERS);
    IndicatorSeries members = up.indicatorSeries().get(1);
    assertThat(members.cumulative()).isTrue();
    assertThat(members.points()).containsExactly(
        IndicatorPoint.of(2022, new BigDecimal("5")), IndicatorPoint.of(2023, new BigDecimal("8")));
    assertThat(r.plans()).extracting(PlanTracking::year).containsExactly(2023, 2026);
  }

  @Test
  void countsPerThemeAndPlanWithShareOfEvidence() {
    TrackingReport r = track(
        List.of(plan(2023, Fixtures.theme("t1", action("a"), action("b")),
            Fixtures.theme("t2", action("c")))),
        List.of(reportBuilder(2023).addActivities(Fixtures.activity("x", "a")).build()),
        StatusAssessment.of(2023, "c", ActionStatus.DROPPED));
    PlanTracking plan = r.plan(2023).orElseThrow();
    assertThat(plan.counts().total()).isEqualTo(3);
    assertThat(plan.counts().count(ActionStatus.IN_PROGRESS)).isEqualTo(1);
    assertThat(plan.counts().count(ActionStatus.NO_EVIDENCE)).isEqualTo(1);
    assertThat(plan.counts().count(ActionStatus.DROPPED)).isEqualTo(1);
    assertThat(plan.counts().withEvidence()).isEqualTo(1);
    assertThat(plan.counts().shareWithEvidencePercent()).contains(new BigDecimal("33.33"));
    assertThat(plan.themes()).extracting(t -> t.themeId() + "=" + t.counts().total())
        .containsExactly("t1=2", "t2=1");
    assertThat(plan.themes().get(0).counts().shareWithEvidencePercent())
        .contains(new BigDecimal("50.00"));
    assertThat(StatusCounts.of(List.of()).shareWithEvidencePercent()).isEmpty();
  }
}

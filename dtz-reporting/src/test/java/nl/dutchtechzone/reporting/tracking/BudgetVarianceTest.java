package nl.dutchtechzone.reporting.tracking;

import static nl.dutchtechzone.reporting.tracking.Fixtures.COMMS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.PROJECTS;
import static nl.dutchtechzone.reporting.tracking.Fixtures.STAFF;
import static nl.dutchtechzone.reporting.tracking.Fixtures.action;
import static nl.dutchtechzone.reporting.tracking.Fixtures.input;
import static nl.dutchtechzone.reporting.tracking.Fixtures.planBuilder;
import static nl.dutchtechzone.reporting.tracking.Fixtures.reportBuilder;
import static nl.dutchtechzone.reporting.tracking.Fixtures.spent;
import static nl.dutchtechzone.reporting.tracking.Fixtures.text;
import static nl.dutchtechzone.reporting.tracking.Fixtures.theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.plan.Scope;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import org.junit.jupiter.api.Test;

class BudgetVarianceTest {

  private static Money eur(String plain) {
    return Money.of(new BigDecimal(plain));
  }

  private static BudgetLine line(String id, String category, String planned, String amended) {
    BudgetLine.Builder b = BudgetLine.builder();
    b.id(id).flow(Flow.SPENDING).categoryId(category).description(text(id))
        .planned(eur(planned));
    if (amended != null) {
      b.amended(eur(amended));
    }
    return b.build();
  }

  private static AnnualPlan planWithBudget(BudgetLine... lines) {
    return planBuilder(2023, theme("t", action("a")))
        .budget(Budget.builder().year(2023).status(BudgetStatus.FINAL).addLines(lines)
            .addLines(BudgetLine.builder().id("income").flow(Flow.INCOME).categoryId("region")
                .description(text("income")).planned(eur("99999.99")).build())
            .build())
        .build();
  }

  private static AnnualReport reportWithSpending(StatementLine... spending) {
    return reportBuilder(2023).statement(FinancialStatement.builder().year(2023)
        .carriedForward(Money.ZERO).addSpending(spending)
        .statedSpendingTotal(Money.sum(java.util.Arrays.stream(spending)
            .map(StatementLine::amount).collect(java.util.stream.Collectors.toList())))
        .build()).build();
  }

  private static BudgetVariance row(TrackingReport r, String category) {
    return r.budget().stream().filter(b -> b.categoryId().equals(category)).findFirst()
        .orElseThrow();
  }

  @Test
  void varianceIsActualMinusAmendedBudgetExactToTheCent() {
    TrackingReport r = Tracker.track(input()
        .addPlans(planWithBudget(line("s1", STAFF, "1000.00", "1200.50")))
        .addReports(reportWithSpending(spent(STAFF, "1234.56")))
        .build());
    BudgetVariance staff = row(r, STAFF);
    assertThat(staff.planned()).contains(eur("1000.00"));
    assertThat(staff.amended()).contains(eur("1200.50"));
    assertThat(staff.actual()).contains(eur("1234.56"));
    assertThat(staff.variance()).contains(eur("34.06"));
    assertThat(staff.variancePercent()).contains(new BigDecimal("2.84"));
  }

  @Test
  void varianceWithoutAmendmentUsesThePlannedAmount() {
    TrackingReport r = Tracker.track(input()
        .addPlans(planWithBudget(line("s1", STAFF, "0.10", null), line("s2", STAFF, "0.20", null),
            line("c1", COMMS, "500.00", null)))
        .addReports(reportWithSpending(spent(STAFF, "0.29"), spent(COMMS, "499.99")))
        .build());
    BudgetVariance staff = row(r, STAFF);
    assertThat(staff.planned()).contains(eur("0.30"));
    assertThat(staff.amended()).isEmpty();
    assertThat(staff.variance()).contains(eur("-0.01"));
    assertThat(staff.variancePercent()).contains(new BigDecimal("-3.33"));
    assertThat(row(r, COMMS).variance()).contains(eur("-0.01"));
    assertThat(row(r, COMMS).variancePercent()).contains(new BigDecimal("0.00"));
  }

  @Test
  void amendedSumCountsUnamendedLinesAtTheirPlannedAmount() {
    TrackingReport r = Tracker.track(input()
        .addPlans(planWithBudget(line("s1", STAFF, "100.00", "150.00"),
            line("s2", STAFF, "50.00", null)))
        .build());
    BudgetVariance staff = row(r, STAFF);
    assertThat(staff.planned()).contains(eur("150.00"));
    assertThat(staff.amended()).contains(eur("200.00"));
    assertThat(staff.actual()).isEmpty();
    assertThat(staff.variance()).isEmpty();
  }

  @Test
  void budgetedButUnspentCategoryHasActualZero() {
    TrackingReport r = Tracker.track(input()
        .addPlans(planWithBudget(line("p1", PROJECTS, "2500.00", null)))
        .addReports(reportWithSpending(spent(STAFF, "10.00")))
        .build());
    assertThat(row(r, PROJECTS).actual()).contains(Money.ZERO);
    assertThat(row(r, PROJECTS).variance()).contains(eur("-2500.00"));
    assertThat(row(r, PROJECTS).variancePercent()).contains(new BigDecimal("-100.00"));
    assertThat(row(r, STAFF).planned()).isEmpty();
    assertThat(row(r, STAFF).variance()).isEmpty();
    assertThat(r.budget()).extracting(BudgetVariance::categoryId)
        .containsExactly(STAFF, PROJECTS);
  }

  @Test
  void budgetOfZeroHasAVarianceButNoPercentage() {
    TrackingReport r = Tracker.track(input()
        .addPlans(planWithBudget(line("c1", COMMS, "0.00", null)))
        .addReports(reportWithSpending(spent(COMMS, "12.34")))
        .build());
    assertThat(row(r, COMMS).variance()).contains(eur("12.34"));
    assertThat(row(r, COMMS).variancePercent()).isEmpty();
  }

  @Test
  void outOfScopeBudgetLinesAreNotCompared() {
    BudgetLine ringFenced = BudgetLine.builder().id("net").flow(Flow.SPENDING)
        .categoryId(PROJECTS).description(text("network plan")).planned(eur("800.00"))
        .scope(Scope.OUT_OF_SCOPE).note(text("ring-fenced")).build();
    TrackingReport r = Tracker.track(input()
        .addPlans(planWithBudget(ringFenced, line("s", STAFF, "1.00", null)))
        .build());
    assertThat(r.budget()).extracting(BudgetVariance::categoryId).containsExactly(STAFF);
  }

  @Test
  void explanationIsAttachedToItsYearAndCategory() {
    TrackingReport r = Tracker.track(input()
        .addPlans(planWithBudget(line("s1", STAFF, "1000.00", null)))
        .addReports(reportWithSpending(spent(STAFF, "1100.00")))
        .addExplanations(VarianceExplanation.of(2023, STAFF, text("extra hours")))
        .build());
    assertThat(row(r, STAFF).explanation()).contains(text("extra hours"));
  }

  @Test
  void rejectsAnExplanationThatExplainsNothing() {
    assertThatThrownBy(() -> Tracker.track(input()
        .addPlans(planWithBudget(line("s1", STAFF, "1000.00", null)))
        .addExplanations(VarianceExplanation.of(2023, COMMS, text("?")))
        .build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'comms'").hasMessageContaining("2023");
  }

  @Test
  void rejectsUnknownCostCategories() {
    assertThatThrownBy(() -> Tracker.track(input()
        .addPlans(planWithBudget(line("x", "catering", "1.00", null))).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'catering'").hasMessageContaining("'x'");
    assertThatThrownBy(() -> Tracker.track(input()
        .addReports(reportWithSpending(spent("travel", "1.00"))).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'travel'");
  }

  @Test
  void rejectsAStatementSpendingLineWithoutCategory() {
    StatementLine noCategory = StatementLine.builder().id("misc").label(text("misc"))
        .amount(eur("1.00")).build();
    assertThatThrownBy(() -> Tracker.track(input()
        .addReports(reportWithSpending(noCategory)).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'misc'").hasMessageContaining("no cost category");
  }
}

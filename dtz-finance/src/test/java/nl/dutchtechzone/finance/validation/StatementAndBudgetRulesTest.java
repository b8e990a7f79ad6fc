package nl.dutchtechzone.finance.validation;

import static org.assertj.core.api.Assertions.assertThat;

import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import org.junit.jupiter.api.Test;

class StatementAndBudgetRulesTest {

  static StatementLine line(String id, String amount) {
    return StatementLine.builder().id(id).label(LocalizedText.dutch(id))
        .amount(Money.parse(amount)).build();
  }

  static BudgetLine budgetLine(String id, Flow flow, String category, String amount) {
    return BudgetLine.builder().id(id).flow(flow).categoryId(category)
        .description(LocalizedText.dutch(id)).planned(Money.parse(amount)).build();
  }

  @Test
  void reportsEveryNegativeAmountAtOnce() {
    FinancialStatement s = FinancialStatement.builder().year(2022).carriedForward(Money.ZERO)
        .addIncome(line("in", "-1.00"))
        .addSpending(line("out", "-2.00"))
        .statedSpendingTotal(Money.parse("-2.00"))
        .statedIncomeTotal(Money.parse("-1.00"))
        .build();
    ValidationResult r = Validators.statement().validate(s);
    assertThat(r.violations()).extracting(Violation::path).containsExactly(
        "statement[2022].income[in].amount", "statement[2022].spending[out].amount",
        "statement[2022].statedSpendingTotal", "statement[2022].statedIncomeTotal");
    assertThat(r.codes()).containsExactly(RuleCodes.NEGATIVE_AMOUNT);
    Violation first = r.violations().get(0);
    assertThat(first.expected()).contains(Money.ZERO);
    assertThat(first.actual()).contains(Money.parse("-1.00"));
    assertThat(first.messageEn()).contains("'in'").contains("EUR -1.00");
    assertThat(first.messageNl()).contains("'in'").contains("€ -1,00");
  }

  @Test
  void reportsIncomeLinesThatDoNotAddUpToTheStatedIncomeTotal() {
    FinancialStatement s = FinancialStatement.builder().year(2022).carriedForward(Money.ZERO)
        .addIncome(line("a", "100.00"), line("b", "50.00"))
        .statedIncomeTotal(Money.parse("150.01"))
        .statedSpendingTotal(Money.ZERO).build();
    ValidationResult r = Validators.statement().validate(s);
    assertThat(r.violations()).hasSize(1);
    Violation v = r.violations().get(0);
    assertThat(v.code()).isEqualTo(RuleCodes.INCOME_SUM_MISMATCH);
    assertThat(v.path()).isEqualTo("statement[2022].income");
    assertThat(v.expected()).contains(Money.parse("150.01"));
    assertThat(v.actual()).contains(Money.parse("150.00"));
    assertThat(v.messageEn()).contains("EUR 150.00").contains("EUR 150.01")
        .contains("EUR -0.01");
    assertThat(v.messageNl()).contains("€ 150,00").contains("€ 150,01");
    FinancialStatement fine = FinancialStatement.builder().from(s)
        .statedIncomeTotal(Money.parse("150.00")).build();
    assertThat(Validators.statement().validate(fine).hasNoViolations()).isTrue();
  }

  @Test
  void reportsNegativePlannedAndAmendedBudgetAmounts() {
    Budget b = Budget.builder().year(2023).status(BudgetStatus.ESTIMATE).addLines(
        budgetLine("a", Flow.SPENDING, "branding", "-5.00"),
        BudgetLine.builder().from(budgetLine("b", Flow.SPENDING, "branding", "5.00"))
            .amended(Money.parse("-0.01")).build(),
        BudgetLine.builder().from(budgetLine("c", Flow.SPENDING, "branding", "5.00"))
            .amended(Money.parse("1.00")).build())
        .build();
    ValidationResult r = Validators.budget().validate(b);
    assertThat(r.violations()).extracting(Violation::path).containsExactly(
        "budget[2023].lines[a].planned", "budget[2023].lines[b].amended");
    assertThat(r.violations().get(1).messageNl()).contains("€ -0,01").contains("'b'");
    assertThat(r.violations().get(0).messageEn()).contains("EUR -5.00");
  }
}

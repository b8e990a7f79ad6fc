package nl.dutchtechzone.finance.validation.assertj;

import static nl.dutchtechzone.finance.validation.assertj.FinanceAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.BudgetLine;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.Flow;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionCalculator;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.ValidationResult;
import org.junit.jupiter.api.Test;

class FinanceAssertionsTest {

  private static final FinancialStatement S2022 =
      DutchTechZone.report2022().statement().orElseThrow();

  private static FinancialStatement oneCentOff() {
    List<StatementLine> spending = new ArrayList<>(S2022.spending());
    spending.set(0, StatementLine.builder().from(spending.get(0))
        .amount(spending.get(0).amount().minus(Money.ofCents(1))).build());
    return FinancialStatement.builder().from(S2022).spending(spending).build();
  }

  @Test
  void theReferenceReportHasNoViolations() {
    assertThat(S2022).hasNoViolations().hasNoErrors().hasViolationCount(0)
        .doesNotHaveViolation("DTZ-F002");
    assertThat(ProgrammeYear.of(DutchTechZone.programme(), DutchTechZone.report2022()))
        .hasNoViolations();
    assertThat(RollForward.of(List.of(YearBalance.of(S2022)))).hasNoViolations();
  }

  @Test
  void hasNoViolationsFailsListingEveryViolation() {
    FinancialStatement bad = FinancialStatement.builder().from(oneCentOff())
        .addIncome(StatementLine.builder().id("neg").label(LocalizedText.dutch("neg"))
            .amount(Money.parse("-3.00")).build()).build();
    assertThatThrownBy(() -> assertThat(bad).hasNoViolations())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("validation of the financial statement 2022")
        .hasMessageContaining("2 violation(s)")
        .hasMessageContaining("DTZ-F001 ERROR at statement[2022].income[neg].amount")
        .hasMessageContaining("DTZ-F002 ERROR at statement[2022].spending")
        .hasMessageContaining("EUR 289467.20");
  }

  @Test
  void hasViolationAndFriends() {
    assertThat(oneCentOff()).hasViolation("DTZ-F002")
        .hasViolationAt("DTZ-F002", "statement[2022].spending")
        .hasOnlyViolations("DTZ-F002").hasViolationCount(1)
        .doesNotHaveViolation("DTZ-F003")
        .hasViolationMentioning("DTZ-F002", "EUR 289467.20", "€ 289.467,20")
        .hasViolationCount(1);
    assertThatThrownBy(() -> assertThat(oneCentOff()).hasViolation("DTZ-F003"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("DTZ-F003")
        .hasMessageContaining("DTZ-F002 ERROR");
    assertThatThrownBy(() -> assertThat(oneCentOff()).hasViolationAt("DTZ-F002", "elsewhere"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("elsewhere");
    assertThatThrownBy(() -> assertThat(oneCentOff()).doesNotHaveViolation("DTZ-F002"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("no violation DTZ-F002");
    assertThatThrownBy(() -> assertThat(oneCentOff()).hasOnlyViolations("DTZ-F001"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[DTZ-F001]");
    assertThatThrownBy(() -> assertThat(oneCentOff()).hasViolationCount(2))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expected 2 violation(s)");
    assertThatThrownBy(() -> assertThat(oneCentOff()).hasNoErrors())
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expected no errors");
    assertThatThrownBy(() -> assertThat(oneCentOff())
        .hasViolationMentioning("DTZ-F002", "EUR 289467.20", "nope"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("nope");
    assertThatThrownBy(() -> assertThat(oneCentOff())
        .hasViolationMentioning("DTZ-F002", "nope", "€ 289.467,20"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("nope");
  }

  @Test
  void warningsAreNotErrors() {
    FinancialStatement s = FinancialStatement.builder().from(S2022)
        .income(List.of()).build();
    ContributionStatement c = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        ReferenceInhabitants.register()).calculate("dtz", 2021,
        DutchTechZone.programme().municipalitiesIn(2022));
    ValidationResult onlyWarnings = nl.dutchtechzone.finance.validation.Validators
        .contributions().validate(ContributionStatement.builder().from(c).lines(
            c.lines().stream().map(l -> nl.dutchtechzone.finance.contribution.ContributionLine
                .builder().from(l).figureStatus(
                    nl.dutchtechzone.finance.contribution.FigureStatus.FINAL).build())
                .toList()).build());
    assertThat(onlyWarnings).hasNoErrors().hasViolation("DTZ-F007");
    assertThatThrownBy(() -> assertThat(onlyWarnings).hasNoViolations())
        .isInstanceOf(AssertionError.class).hasMessageContaining("WARNING");
    assertThat(s).hasNoViolations();
    assertThat(c).hasNoViolations();
  }

  @Test
  void validatesBudgetsContributionsAndYears() {
    Budget b = Budget.builder().year(2023).status(BudgetStatus.ESTIMATE).addLines(
        BudgetLine.builder().id("x").flow(Flow.SPENDING).categoryId("branding")
            .description(LocalizedText.dutch("x")).planned(Money.parse("-1.00")).build())
        .build();
    assertThat(b).hasOnlyViolations("DTZ-F001");
    assertThatThrownBy(() -> assertThat(b).hasNoViolations())
        .hasMessageContaining("validation of the budget 2023");
    ContributionStatement c = ContributionCalculator.of(ReferenceScheme.dutchTechZone(),
        ReferenceInhabitants.register()).calculate("dtz", 2021,
        DutchTechZone.programme().municipalitiesIn(2022));
    ContributionStatement wrong = ContributionStatement.builder().from(c)
        .status(BudgetStatus.FINAL).build();
    assertThatThrownBy(() -> assertThat(wrong).hasNoViolations())
        .hasMessageContaining("contribution statement 2021").hasMessageContaining("DTZ-F007");
    ProgrammeYear y = ProgrammeYear.builder().programme(DutchTechZone.programme()).year(2022)
        .statement(oneCentOff()).build();
    assertThatThrownBy(() -> assertThat(y).hasNoViolations())
        .hasMessageContaining("programme year 2022 of 'dtz'");
    RollForward broken = RollForward.of(List.of(YearBalance.of(S2022),
        YearBalance.rolled(2023, Money.ZERO, Money.ZERO, Money.ZERO)));
    assertThat(broken).hasOnlyViolations("DTZ-F005");
    assertThat(RollForward.of(List.of(YearBalance.of(2022, Money.ZERO, Money.ZERO, Money.ZERO,
        Money.ofCents(1))))).hasOnlyViolations("DTZ-F004")
        .hasViolationAt("DTZ-F004", "balances[2022].closing");
  }

  @Test
  void aNullResultFailsTheAssertionNotWithANullPointer() {
    assertThatThrownBy(() -> new ValidationResultAssert(null).hasNoViolations())
        .isInstanceOf(AssertionError.class);
  }

  @Test
  void isNullPointerClean() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicInstanceMethods(assertThat(S2022));
    tester.testAllPublicStaticMethods(FinanceAssertions.class);
  }
}

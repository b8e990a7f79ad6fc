package nl.dutchtechzone.finance.validation;

import static nl.dutchtechzone.finance.validation.ContributionRulesTest.statement2021;
import static nl.dutchtechzone.finance.validation.ContributionRulesTest.withLine;
import static nl.dutchtechzone.finance.validation.StatementAndBudgetRulesTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.CountOverflowException;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.reference.DutchTechZone;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.core.report.StatementLine;
import nl.dutchtechzone.finance.contribution.ContributionLine;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.ledger.YearBalance;
import nl.dutchtechzone.finance.reference.ReferenceScheme;
import nl.dutchtechzone.finance.testing.Illustrative;
import org.junit.jupiter.api.Test;

/**
 * Issue 12.1, arithmetic side: figures whose sums or products leave the range Money holds make
 * the rule that needs them report an error naming what is out of range, in every language; no
 * rule fails with an exception.
 */
class OverflowValidationTest {

  private static final String RANGE_EN =
      "is outside the range Money holds, EUR -92233720368547758.08 to EUR 92233720368547758.07";
  private static final String RANGE_NL =
      "valt buiten het bereik van een bedrag, € -92.233.720.368.547.758,08 tot"
          + " € 92.233.720.368.547.758,07";

  private static StatementLine big(String id) {
    return StatementLine.builder().id(id).label(LocalizedText.dutch(id)).amount(Money.MAX)
        .build();
  }

  private static FinancialStatement overflowing() {
    return FinancialStatement.builder().year(2022).carriedForward(Money.ZERO)
        .addIncome(big("in-a"), big("in-b"))
        .addSpending(big("out-a"), big("out-b"))
        .statedSpendingTotal(Money.ZERO).statedIncomeTotal(Money.ZERO).build();
  }

  private static void isOverflow(Violation v, String code, String path, String quantityEn,
      String quantityNl) {
    assertThat(v.code()).isEqualTo(code);
    assertThat(v.isError()).isTrue();
    assertThat(v.path()).isEqualTo(path);
    assertThat(v.messageEn()).isEqualTo("The figures cannot be checked: " + quantityEn + " "
        + RANGE_EN);
    assertThat(v.messageNl()).isEqualTo("De cijfers kunnen niet worden gecontroleerd: "
        + quantityNl + " " + RANGE_NL);
  }

  @Test
  void statementSumsOutOfRangeAreErrorsOfF002AndF003() {
    ValidationResult r = Validators.statement().validate(overflowing());
    assertThat(r.codes()).containsExactly(RuleCodes.SPENDING_SUM_MISMATCH,
        RuleCodes.INCOME_SUM_MISMATCH);
    isOverflow(r.violations(RuleCodes.SPENDING_SUM_MISMATCH).get(0),
        RuleCodes.SPENDING_SUM_MISMATCH, "statement[2022].spending",
        "total spending of the statement of 2022",
        "het uitgaventotaal van het financieel overzicht over 2022");
    isOverflow(r.violations(RuleCodes.INCOME_SUM_MISMATCH).get(0),
        RuleCodes.INCOME_SUM_MISMATCH, "statement[2022].income",
        "total income of the statement of 2022",
        "het inkomstentotaal van het financieel overzicht over 2022");
  }

  @Test
  void aDifferenceOutOfRangeLeavesTheDifferenceOutOfTheMessage() {
    FinancialStatement s = FinancialStatement.builder().year(2022).carriedForward(Money.ZERO)
        .addSpending(big("a")).statedSpendingTotal(Money.ofCents(-1)).build();
    Violation v = Validators.statement().validate(s).violations(RuleCodes.SPENDING_SUM_MISMATCH)
        .get(0);
    assertThat(v.difference()).isEmpty();
    assertThat(v.messageEn()).isEqualTo("The spending lines of 2022 add up to"
        + " EUR 92233720368547758.07, but the stated spending total is EUR -0.01");
  }

  @Test
  void aClosingOutOfRangeIsAnErrorOfF004AndAnEarlierOneOfF005() {
    // The year: carried forward MAX + income MAX - spending MAX = MAX fits, exactly.
    FinancialStatement fits = FinancialStatement.builder().year(2022).carriedForward(Money.MAX)
        .addIncome(big("in")).addSpending(big("out")).statedSpendingTotal(Money.MAX).build();
    assertThat(YearBalance.of(fits).closing()).isEqualTo(Money.MAX);
    ProgrammeYear ok = ProgrammeYear.builder().programme(DutchTechZone.programme()).year(2022)
        .statement(fits).statedClosing(Money.MAX).build();
    assertThat(Validators.programmeYear().validate(ok).violations()).isEmpty();

    FinancialStatement over = FinancialStatement.builder().from(fits).spending(List.of())
        .statedSpendingTotal(Money.ZERO).build();
    ProgrammeYear y = ProgrammeYear.builder().from(ok).statement(over).build();
    isOverflow(Validators.programmeYear().validate(y).violations().get(0),
        RuleCodes.STATEMENT_IDENTITY, "year[2022].statedClosing",
        "closing balance of 2022 (carried forward + income - spending)",
        "het eindsaldo van 2022 (doorgeschoven + inkomsten - uitgaven)");

    ValidationResult chain = Validators.rollForward().validate(RollForward.of(List.of(
        YearBalance.of(2021, Money.MAX, Money.MAX, Money.ZERO, Money.ZERO))));
    isOverflow(chain.violations().get(0), RuleCodes.STATEMENT_IDENTITY,
        "balances[2021].closing", "closing balance of 2021 (carried forward + income - spending)",
        "het eindsaldo van 2021 (doorgeschoven + inkomsten - uitgaven)");

    FinancialStatement previous = FinancialStatement.builder().from(over).year(2021).build();
    ProgrammeYear withPrevious = ProgrammeYear.builder().programme(DutchTechZone.programme())
        .year(2022).statement(fits).previousStatement(previous).build();
    ValidationResult r = Validators.programmeYear().validate(withPrevious);
    isOverflow(r.violations(RuleCodes.ROLL_FORWARD_BREAK).get(0), RuleCodes.ROLL_FORWARD_BREAK,
        "statement[2022].carriedForward",
        "closing balance of 2021 (carried forward + income - spending)",
        "het eindsaldo van 2021 (doorgeschoven + inkomsten - uitgaven)");
    // F009 is not asked (no budget); the known carried forward would overflow for it.
    assertThat(r.codes()).containsExactly(RuleCodes.ROLL_FORWARD_BREAK);
  }

  @Test
  void aChainBreakWhoseDifferenceIsOutOfRangeStillSaysWhatBroke() {
    ValidationResult r = Validators.rollForward().validate(RollForward.of(List.of(
        YearBalance.rolled(2021, Money.MIN, Money.ZERO, Money.ZERO),
        YearBalance.rolled(2022, Money.MAX, Money.ZERO, Money.ZERO))));
    Violation v = r.violations(RuleCodes.ROLL_FORWARD_BREAK).get(0);
    assertThat(v.difference()).isEmpty();
    assertThat(v.messageEn()).isEqualTo("The closing balance of 2021 is"
        + " EUR -92233720368547758.08, but 2022 carries forward EUR 92233720368547758.07");
  }

  @Test
  void aContributionOutOfRangeIsAnErrorOfF006AndF010() {
    ContributionStatement s = statement2021();
    ContributionLine emmen = s.lines().get(1);
    ContributionStatement huge = withLine(s, 1, ContributionLine.builder().from(emmen)
        .inhabitants(Long.MAX_VALUE).build());
    ValidationResult r = Validators.contributions().validate(huge);
    Violation v = r.violations(RuleCodes.CONTRIBUTION_AMOUNT).get(0);
    isOverflow(v, RuleCodes.CONTRIBUTION_AMOUNT, "contributions[2021].lines[emmen].amount",
        "rate 1.00 x 9223372036854775807 inhabitants for Emmen in 2021",
        "tarief 1,00 x 9223372036854775807 inwoners voor Emmen in 2021");

    InhabitantRegister register = ReferenceInhabitants.register().with(Illustrative.figure(
        "GM0114", "Emmen", 2021, Long.MAX_VALUE, FigureStatus.FINAL));
    ValidationResult f010 = Validators.contributions(register).validate(s);
    isOverflow(f010.violations(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS).get(0),
        RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, "contributions[2021].lines[emmen].figureStatus",
        "rate 1.00 x 9223372036854775807 inhabitants for Emmen in 2021",
        "tarief 1,00 x 9223372036854775807 inwoners voor Emmen in 2021");
  }

  @Test
  void contributionsOwedOutOfRangeAreAnErrorOfF008() {
    ContributionStatement s = statement2021();
    List<ContributionLine> lines = new java.util.ArrayList<>();
    for (ContributionLine l : s.lines()) {
      lines.add(ContributionLine.builder().from(l).amount(Money.MAX).build());
    }
    ContributionStatement huge = ContributionStatement.builder().from(s).lines(lines).build();
    ProgrammeYear y = ProgrammeYear.builder().programme(DutchTechZone.programme()).year(2021)
        .contributions(huge).build();
    ValidationResult r = Validators.programmeYear().validate(y);
    isOverflow(r.violations(RuleCodes.INCOME_VS_CONTRIBUTIONS).get(0),
        RuleCodes.INCOME_VS_CONTRIBUTIONS, "contributions[2021].lines",
        "total of the contribution statement for 2021",
        "het totaal van de bijdrageopgave voor 2021");
    assertThat(r.violations(RuleCodes.CONTRIBUTION_AMOUNT)).hasSize(4)
        .allSatisfy(v -> assertThat(v.difference()).isPresent());
  }

  @Test
  void aStatementWithoutContributionLinesWhoseIncomeIsOutOfRangeIsAnErrorOfF008() {
    FinancialStatement s = FinancialStatement.builder().from(overflowing()).year(2022)
        .statedIncomeTotal(java.util.Optional.empty()).build();
    ProgrammeYear y = ProgrammeYear.builder().programme(DutchTechZone.programme()).year(2022)
        .statement(s).contributions(ContributionStatement.builder().from(statement2021())
            .year(2022).referenceDate(java.time.LocalDate.of(2022, 1, 1)).lines(List.of())
            .build())
        .build();
    ValidationResult r = Validators.programmeYear().validate(y);
    isOverflow(r.violations(RuleCodes.INCOME_VS_CONTRIBUTIONS).get(0),
        RuleCodes.INCOME_VS_CONTRIBUTIONS, "statement[2022].income",
        "total income of the statement of 2022",
        "het inkomstentotaal van het financieel overzicht over 2022");
  }

  @Test
  void aCustomRuleWhoseArithmeticOverflowsBecomesAnErrorOfItsCode() {
    ValidationRule<FinancialStatement> custom = ValidationRule.of("ACME-007",
        s -> List.of(Violation.builder().code("ACME-007").severity(Severity.WARNING).path("p")
            .messageEn(Money.MAX.plus(s.carriedForward()).toString()).build()));
    FinancialStatement s = FinancialStatement.builder().year(2022)
        .carriedForward(Money.ofCents(1)).statedSpendingTotal(Money.ZERO).build();
    ValidationResult r = Validators.statement().with(custom).validate(s);
    Violation v = r.violations("ACME-007").get(0);
    assertThat(v.isError()).isTrue();
    assertThat(v.path()).isEqualTo("rule[ACME-007]");
    assertThat(v.message(Locale.ENGLISH)).isEqualTo("Rule ACME-007 cannot check the figures:"
        + " EUR 92233720368547758.07 + EUR 0.01 is outside the range Money holds");
    // The quantity is Dutch too, with amounts in the Dutch notation (was the English phrase).
    assertThat(v.message(new Locale("nl"))).isEqualTo("Regel ACME-007 kan de cijfers niet"
        + " controleren: € 92.233.720.368.547.758,07 + € 0,01 valt buiten het bereik van"
        + " een bedrag");
  }

  @Test
  void aContributionOutOfRangeNamesTheRateAndTheInhabitants() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> nl.dutchtechzone.finance
            .reference.ReferenceScheme.dutchTechZone().contribution(Long.MAX_VALUE))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageStartingWith("contribution of 9223372036854775807 inhabitants at EUR 1.00 per"
            + " inhabitant is too large");
  }

  @Test
  void sharedCostsAreExactOrNameTheCategory() {
    FinancialStatement s = FinancialStatement.builder().from(overflowing()).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> nl.dutchtechzone.finance.allocation
            .CostSharing.of(nl.dutchtechzone.finance.allocation.AllocationKey.equal(
                List.of("a", "b"))).share(FinancialStatement.builder().from(s).spending(List.of(
                    StatementLine.builder().from(big("a")).categoryId("projects").build(),
                    StatementLine.builder().from(big("b")).categoryId("projects").build()))
                .build()))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageStartingWith("costs of category 'projects' in the statement of 2022 is too"
            + " large");
    assertThat(ContributionStatement.builder().from(statement2021()).build().total())
        .isEqualTo(statement2021().total());
  }

  @Test
  void totalInhabitantsOutOfRangeNameTheStatement() {
    ContributionStatement s = statement2021();
    ContributionStatement huge = withLine(s, 1, ContributionLine.builder().from(s.lines().get(1))
        .inhabitants(Long.MAX_VALUE - 1).build());
    org.assertj.core.api.Assertions.assertThatThrownBy(huge::totalInhabitants)
        .isInstanceOf(ArithmeticException.class)
        .hasMessageStartingWith("total inhabitants of the contribution statement for 2021 is"
            + " too large");
    assertThat(s.totalInhabitants()).isEqualTo(s.lines().stream()
        .mapToLong(ContributionLine::inhabitants).sum());
  }

  @Test
  void totalInhabitantsOutOfRangeIsACountOverflowInTheReadersLanguage() {
    ContributionStatement s = statement2021();
    ContributionStatement huge = withLine(s, 1, ContributionLine.builder().from(s.lines().get(1))
        .inhabitants(Long.MAX_VALUE - 1).build());
    CountOverflowException e = org.junit.jupiter.api.Assertions.assertThrows(
        CountOverflowException.class, huge::totalInhabitants);
    assertThat(e.getMessage()).isEqualTo("total inhabitants of the contribution statement for"
        + " 2021 is too large: it overflows the range a count holds, 0 to 9223372036854775807");
    assertThat(e.message(Locale.forLanguageTag("nl-BE"))).isEqualTo("het totale inwonertal van"
        + " de bijdrageopgave voor 2021 is te groot: het valt buiten het bereik van een aantal,"
        + " 0 tot 9223372036854775807");
    assertThat(e.message(Locale.FRENCH)).isEqualTo(e.getMessage());
    assertThat(e.quantity().key()).isEqualTo("inhabitants.total");
  }

  @Test
  void theLedgerIsExactOrNamesWhatOverflowed() {
    assertThat(YearBalance.rolled(2022, Money.MAX, Money.ofCents(5), Money.ofCents(5))
        .closing()).isEqualTo(Money.MAX);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> YearBalance.rolled(2022, Money.MAX, Money.ofCents(5), Money.ZERO))
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageStartingWith("closing balance of 2022 (carried forward + income - spending)"
            + " is too large");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> nl.dutchtechzone.finance.ledger.ChainBreak.of(2021, 2022, Money.MIN, Money.MAX)
                .difference())
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageContaining("difference between the closing balance of 2021 and the amount"
            + " carried forward into 2022");
    nl.dutchtechzone.finance.ledger.FundBalance fund = nl.dutchtechzone.finance.ledger
        .FundBalance.of(Money.MAX, Money.ofCents(1), Money.ofCents(1), Money.ZERO);
    assertThat(fund.available()).isEqualTo(Money.MAX);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> nl.dutchtechzone.finance.ledger
            .FundBalance.of(Money.MIN, Money.MAX, Money.ZERO, Money.ZERO).available())
        .isInstanceOf(MoneyOverflowException.class)
        .hasMessageContaining("available balance of the fund");
  }
}

package nl.dutchtechzone.finance.validation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.ledger.RollForward;

/**
 * The built-in validators, one per kind of subject.
 *
 * <table>
 *   <caption>Rules per validator</caption>
 *   <tr><th>validator</th><th>rules</th></tr>
 *   <tr><td>{@link #statement()}</td><td>F001, F002, F003</td></tr>
 *   <tr><td>{@link #budget()}</td><td>F001</td></tr>
 *   <tr><td>{@link #contributions()}</td><td>F001, F006, F007, F013, F017</td></tr>
 *   <tr><td>{@link #contributions(InhabitantRegister)}</td><td>the above and F010</td></tr>
 *   <tr><td>{@link #rollForward()}</td><td>F004, F005</td></tr>
 *   <tr><td>{@link #programmeYear()}</td><td>F001 to F017 on every part present</td></tr>
 * </table>
 *
 * <p>What each rule compares, its severity and example messages are in the table of the {@link
 * nl.dutchtechzone.finance.validation package documentation}. No rule fails on figures whose sums
 * are outside the range {@link nl.dutchtechzone.core.money.Money} holds: it reports an error of
 * its own code.
 *
 * <p>This class is thread-safe; every validator it returns is immutable.
 */
public final class Validators {

  private Validators() {}

  /**
   * A validator for a financial statement on its own: non-negative amounts, spending lines that
   * sum to the stated total, income lines that sum to a stated income total.
   *
   * @return the validator
   */
  public static Validator<FinancialStatement> statement() {
    return Validator.of(List.of(
        ValidationRule.<FinancialStatement>of(RuleCodes.NEGATIVE_AMOUNT,
            StatementRules::negativeAmounts),
        ValidationRule.<FinancialStatement>of(RuleCodes.SPENDING_SUM_MISMATCH,
            StatementRules::spendingSum),
        ValidationRule.<FinancialStatement>of(RuleCodes.INCOME_SUM_MISMATCH,
            StatementRules::incomeSum)));
  }

  /**
   * A validator for a budget on its own: non-negative planned and amended amounts.
   *
   * @return the validator
   */
  public static Validator<Budget> budget() {
    return Validator.of(List.of(
        ValidationRule.<Budget>of(RuleCodes.NEGATIVE_AMOUNT, BudgetRules::negativeAmounts)));
  }

  /**
   * A validator for a contribution statement on its own: non-negative amounts, amounts equal to
   * rate × inhabitants, a status that matches the figures, one line per partner and CBS code,
   * one reference date.
   *
   * @return the validator
   */
  public static Validator<ContributionStatement> contributions() {
    return Validator.of(contributionRules(Optional.empty()));
  }

  /**
   * A validator for a contribution statement that also reports provisional figures used where
   * the register holds a final one.
   *
   * @param register the inhabitant register, not null
   * @return the validator
   */
  public static Validator<ContributionStatement> contributions(InhabitantRegister register) {
    requireNonNull(register, "register");
    return Validator.of(contributionRules(Optional.of(register)));
  }

  private static List<ValidationRule<ContributionStatement>> contributionRules(
      Optional<InhabitantRegister> register) {
    List<ValidationRule<ContributionStatement>> rules = new ArrayList<>(List.of(
        ValidationRule.of(RuleCodes.NEGATIVE_AMOUNT, ContributionRules::negativeAmounts),
        ValidationRule.of(RuleCodes.CONTRIBUTION_AMOUNT, ContributionRules::amounts),
        ValidationRule.of(RuleCodes.CONTRIBUTION_STATUS, ContributionRules::status),
        ValidationRule.of(RuleCodes.DUPLICATE_ID, ContributionRules::duplicates),
        ValidationRule.of(RuleCodes.PERIOD_MISMATCH, ContributionRules::periods)));
    register.ifPresent(r -> rules.add(ValidationRule.of(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS,
        c -> ContributionRules.estimateWhereFinal(c, Optional.of(r)))));
    return rules;
  }

  /**
   * A validator for a chain of year balances: every stated closing equals carried forward +
   * income − spending, and every closing is the next year's carried forward.
   *
   * @return the validator
   */
  public static Validator<RollForward> rollForward() {
    return Validator.of(List.of(
        ValidationRule.<RollForward>of(RuleCodes.STATEMENT_IDENTITY, ChainRules::identities),
        ValidationRule.<RollForward>of(RuleCodes.ROLL_FORWARD_BREAK, ChainRules::breaks)));
  }

  /**
   * A validator for a whole programme year: every rule, applied to every part present.
   *
   * <p>The rules that read the lines of the budget (F001, F008, F009, F011, F012, F014) share
   * one pass over the lines per {@link Validator#validate(Object) validate} call, however many
   * of them are on; nothing is kept between calls.
   *
   * @return the validator
   */
  public static Validator<ProgrammeYear> programmeYear() {
    return Validator.of(List.of(
        onBudgetLines(RuleCodes.NEGATIVE_AMOUNT, ProgrammeYearRules::negativeAmounts),
        rule(RuleCodes.SPENDING_SUM_MISMATCH,
            y -> ProgrammeYearRules.onStatement(y, StatementRules::spendingSum)),
        rule(RuleCodes.INCOME_SUM_MISMATCH,
            y -> ProgrammeYearRules.onStatement(y, StatementRules::incomeSum)),
        rule(RuleCodes.STATEMENT_IDENTITY, ProgrammeYearRules::identity),
        rule(RuleCodes.ROLL_FORWARD_BREAK, ProgrammeYearRules::chain),
        rule(RuleCodes.CONTRIBUTION_AMOUNT,
            y -> ProgrammeYearRules.onContributions(y, ContributionRules::amounts)),
        rule(RuleCodes.CONTRIBUTION_STATUS,
            y -> ProgrammeYearRules.onContributions(y, ContributionRules::status)),
        onBudgetLines(RuleCodes.INCOME_VS_CONTRIBUTIONS,
            ProgrammeYearRules::incomeVsContributions),
        onBudgetLines(RuleCodes.PLANNED_SPENDING_EXCEEDS_MEANS,
            ProgrammeYearRules::spendingAboveMeans),
        rule(RuleCodes.ESTIMATE_WHERE_FINAL_EXISTS, y -> ProgrammeYearRules.onContributions(y,
            c -> ContributionRules.estimateWhereFinal(c, y.register()))),
        onBudgetLines(RuleCodes.OUT_OF_SCOPE_COUNTED, ProgrammeYearRules::outOfScopeCounted),
        onBudgetLines(RuleCodes.SCHEME_MONEY_AS_PROGRAMME_MONEY,
            ProgrammeYearRules::schemeMoney),
        rule(RuleCodes.DUPLICATE_ID, ProgrammeYearRules::duplicates),
        onBudgetLines(RuleCodes.UNKNOWN_ID, ProgrammeYearRules::unknownIds),
        rule(RuleCodes.PAYER_NOT_A_MEMBER, ProgrammeYearRules::payersNotMembers),
        rule(RuleCodes.MEMBER_NOT_CHARGED, ProgrammeYearRules::membersNotCharged),
        rule(RuleCodes.PERIOD_MISMATCH, ProgrammeYearRules::periods)));
  }

  private static ValidationRule<ProgrammeYear> rule(String code,
      java.util.function.Function<ProgrammeYear, List<Violation>> check) {
    return ValidationRule.of(code, check);
  }

  /** A programme-year rule that reads the budget lines through the run's budget facts. */
  private static ValidationRule<ProgrammeYear> onBudgetLines(String code,
      java.util.function.BiFunction<ProgrammeYear, ValidationRun, List<Violation>> check) {
    return RunRule.of(code, check);
  }
}

package nl.dutchtechzone.finance.validation.assertj;

import static java.util.Objects.requireNonNull;

import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.ledger.RollForward;
import nl.dutchtechzone.finance.validation.ProgrammeYear;
import nl.dutchtechzone.finance.validation.ValidationResult;
import nl.dutchtechzone.finance.validation.Validators;

/**
 * The AssertJ entry point of dtz-finance: validates a subject with the built-in validator of
 * its kind and returns assertions on the result.
 *
 * <pre>{@code
 * import static nl.dutchtechzone.finance.validation.assertj.FinanceAssertions.assertThat;
 *
 * assertThat(DutchTechZone.report2022().statement().orElseThrow()).hasNoViolations();
 * assertThat(wrongStatement).hasViolation("DTZ-F002");
 * }</pre>
 *
 * <p>To validate with a validator of your own (rules switched off or added), pass its result to
 * {@link #assertThat(ValidationResult)}.
 */
public final class FinanceAssertions {

  private FinanceAssertions() {}

  /**
   * Assertions on a validation result.
   *
   * @param result the result, not null
   * @return the assertions
   */
  public static ValidationResultAssert assertThat(ValidationResult result) {
    return new ValidationResultAssert(requireNonNull(result, "result"));
  }

  /**
   * Validates a financial statement with {@link Validators#statement()}.
   *
   * @param statement the statement, not null
   * @return assertions on the result
   */
  public static ValidationResultAssert assertThat(FinancialStatement statement) {
    return assertThat(Validators.statement().validate(statement))
        .as("validation of the financial statement %s", statement.year());
  }

  /**
   * Validates a budget with {@link Validators#budget()}.
   *
   * @param budget the budget, not null
   * @return assertions on the result
   */
  public static ValidationResultAssert assertThat(Budget budget) {
    return assertThat(Validators.budget().validate(budget))
        .as("validation of the budget %s", budget.year());
  }

  /**
   * Validates a contribution statement with {@link Validators#contributions()}.
   *
   * @param statement the statement, not null
   * @return assertions on the result
   */
  public static ValidationResultAssert assertThat(ContributionStatement statement) {
    return assertThat(Validators.contributions().validate(statement))
        .as("validation of the contribution statement %s", statement.year());
  }

  /**
   * Validates a chain of year balances with {@link Validators#rollForward()}.
   *
   * @param chain the chain, not null
   * @return assertions on the result
   */
  public static ValidationResultAssert assertThat(RollForward chain) {
    return assertThat(Validators.rollForward().validate(chain))
        .as("validation of the roll-forward");
  }

  /**
   * Validates a whole programme year with {@link Validators#programmeYear()}.
   *
   * @param year the programme year, not null
   * @return assertions on the result
   */
  public static ValidationResultAssert assertThat(ProgrammeYear year) {
    return assertThat(Validators.programmeYear().validate(year))
        .as("validation of programme year %s of '%s'", year.year(), year.programme().id());
  }
}

package nl.dutchtechzone.finance.validation;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.plan.Budget;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.core.report.AnnualReport;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.contribution.ContributionStatement;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.ledger.YearBalance;
import org.immutables.value.Value;

/**
 * Everything known about one year of a programme, for validation as a whole: the budget, the
 * financial statement and the previous year's, a stated closing balance, the contributions owed
 * and the inhabitant register.
 *
 * <p>Every part is optional; rules that need a part that is absent find nothing. The carried
 * forward a budget may spend is {@link #carriedForward()} if given, else the statement's carried
 * forward, else the previous statement's closing; a budget income line of category {@value
 * #CARRIED_FORWARD_CATEGORY} counts instead.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ProgrammeYear)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ProgrammeYear sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code programme(Programme)}</td><td>{@link #programme()}: The
 *     programme</td><td>required</td></tr>
 *   <tr><td>{@code year(int)}</td><td>{@link #year()}: The year</td><td>required; a year between
 *     1900 and 2200</td></tr>
 *   <tr><td>{@code budget(Budget)}, {@code budget(Optional)}</td><td>{@link #budget()}: The budget
 *     of the year</td><td>optional</td></tr>
 *   <tr><td>{@code statement(FinancialStatement)}, {@code statement(Optional)}</td><td>{@link
 *     #statement()}: The financial statement of the year</td><td>optional</td></tr>
 *   <tr><td>{@code previousStatement(FinancialStatement)}, {@code
 *     previousStatement(Optional)}</td><td>{@link #previousStatement()}: The financial statement
 *     of the year before, for the roll-forward chain</td><td>optional</td></tr>
 *   <tr><td>{@code statedClosing(Money)}, {@code statedClosing(Optional)}</td><td>{@link
 *     #statedClosing()}: The closing balance of the year as stated somewhere (a report, an
 *     account)</td><td>optional</td></tr>
 *   <tr><td>{@code carriedForward(Money)}, {@code carriedForward(Optional)}</td><td>{@link
 *     #carriedForward()}: The money carried forward into the year, where known apart from the
 *     statements</td><td>optional</td></tr>
 *   <tr><td>{@code contributions(ContributionStatement)}, {@code
 *     contributions(Optional)}</td><td>{@link #contributions()}: The contributions owed for the
 *     year</td><td>optional</td></tr>
 *   <tr><td>{@code register(InhabitantRegister)}, {@code register(Optional)}</td><td>{@link
 *     #register()}: The inhabitant figures, to tell whether a final figure
 *     exists</td><td>optional</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgrammeYear {

  /** The category id of a budget income line that holds the money carried forward. */
  public static final String CARRIED_FORWARD_CATEGORY = IncomeCategory.CARRIED_FORWARD.id();

  ProgrammeYear() {}

  /**
   * The programme.
   *
   * @return the programme
   */
  public abstract Programme programme();

  /**
   * The year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The budget of the year.
   *
   * @return the budget, or empty
   */
  public abstract Optional<Budget> budget();

  /**
   * The financial statement of the year.
   *
   * @return the statement, or empty
   */
  public abstract Optional<FinancialStatement> statement();

  /**
   * The financial statement of the year before, for the roll-forward chain.
   *
   * @return the previous statement, or empty
   */
  public abstract Optional<FinancialStatement> previousStatement();

  /**
   * The closing balance of the year as stated somewhere (a report, an account).
   *
   * @return the stated closing balance, or empty
   */
  public abstract Optional<Money> statedClosing();

  /**
   * The money carried forward into the year, where known apart from the statements.
   *
   * @return the carried-forward amount, or empty
   */
  public abstract Optional<Money> carriedForward();

  /**
   * The contributions owed for the year.
   *
   * @return the contribution statement, or empty
   */
  public abstract Optional<ContributionStatement> contributions();

  /**
   * The inhabitant figures, to tell whether a final figure exists.
   *
   * @return the register, or empty
   */
  public abstract Optional<InhabitantRegister> register();

  /**
   * The carried forward a budget of this year may spend, where known.
   *
   * @return the explicit carried forward, else the statement's, else the previous statement's
   *     closing, or empty
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException if the previous statement's
   *     closing balance is needed and is outside the range Money holds
   */
  public Optional<Money> knownCarriedForward() {
    if (carriedForward().isPresent()) {
      return carriedForward();
    }
    if (statement().isPresent()) {
      return Optional.of(statement().get().carriedForward());
    }
    return previousStatement().map(p -> YearBalance.of(p).closing());
  }

  /**
   * The year of an annual report, with its statement.
   *
   * @param programme the programme, not null
   * @param report the report, not null
   * @return the programme year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ProgrammeYear of(Programme programme, AnnualReport report) {
    requireNonNull(report, "report");
    return builder().programme(programme).year(report.year()).statement(report.statement())
        .build();
  }

  /**
   * The year of an annual plan, with its budget.
   *
   * @param programme the programme, not null
   * @param plan the plan, not null
   * @return the programme year
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ProgrammeYear of(Programme programme, AnnualPlan plan) {
    requireNonNull(plan, "plan");
    return builder().programme(programme).year(plan.year()).budget(plan.budget()).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Years.check("ProgrammeYear.year", year());
  }

  /**
   * Builds {@link ProgrammeYear} values; the table "Builder methods" of {@link ProgrammeYear} lists
   * what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableProgrammeYear.Builder {
    Builder() {}
  }
}

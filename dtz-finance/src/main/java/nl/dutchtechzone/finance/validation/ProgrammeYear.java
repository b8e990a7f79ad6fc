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
   */
  public Optional<Money> knownCarriedForward() {
    if (carriedForward().isPresent()) {
      return carriedForward();
    }
    if (statement().isPresent()) {
      return Optional.of(statement().get().carriedForward());
    }
    return previousStatement().map(p -> p.carriedForward().plus(p.incomeSum())
        .minus(p.spendingSum()));
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

  /** Builds {@link ProgrammeYear} values; the programme and the year are required. */
  public static final class Builder extends ImmutableProgrammeYear.Builder {
    Builder() {}
  }
}

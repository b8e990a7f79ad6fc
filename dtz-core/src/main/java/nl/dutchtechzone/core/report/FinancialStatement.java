package nl.dutchtechzone.core.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * The financial statement of a year, as printed in the annual report: money carried forward
 * from the year before, income lines, spending lines per category and the stated spending total.
 *
 * <p>The statement holds what was printed, even if it does not add up; whether it does is for
 * the validator in {@code dtz-finance} to say. The sums here are plain additions of the lines.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FinancialStatement {

  FinancialStatement() {}

  /**
   * The year the statement covers.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Money carried forward from the year before (doorgeschoven budget).
   *
   * @return the carried-forward amount
   */
  public abstract Money carriedForward();

  /**
   * The income lines (inkomsten).
   *
   * @return the income lines
   */
  public abstract List<StatementLine> income();

  /**
   * The spending lines (uitgaven), one per category.
   *
   * @return the spending lines
   */
  public abstract List<StatementLine> spending();

  /**
   * The spending total as printed (UIT).
   *
   * @return the stated total
   */
  public abstract Money statedSpendingTotal();

  /**
   * The income total, if the statement prints one apart from the lines.
   *
   * @return the stated income total, or empty
   */
  public abstract Optional<Money> statedIncomeTotal();

  /**
   * The income lines added up.
   *
   * @return the sum of the income lines
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming "total income of the
   *     statement of <i>year</i>" if the sum overflows
   */
  public Money incomeSum() {
    return Money.sum(income().stream().map(StatementLine::amount).collect(Collectors.toList()),
        "total income of the statement of " + year());
  }

  /**
   * The spending lines added up.
   *
   * @return the sum of the spending lines
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming "total spending of the
   *     statement of <i>year</i>" if the sum overflows
   */
  public Money spendingSum() {
    return Money.sum(spending().stream().map(StatementLine::amount).collect(Collectors.toList()),
        "total spending of the statement of " + year());
  }

  /**
   * Every line, income first.
   *
   * @return all lines
   */
  public List<StatementLine> lines() {
    return Stream.concat(income().stream(), spending().stream()).collect(Collectors.toList());
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
    Years.check("FinancialStatement.year", year());
    Ids.checkUnique("FinancialStatement.lines of " + year(), lines(), StatementLine::id);
  }

  /** Builds {@link FinancialStatement} values. */
  public static final class Builder extends ImmutableFinancialStatement.Builder {
    Builder() {}
  }
}

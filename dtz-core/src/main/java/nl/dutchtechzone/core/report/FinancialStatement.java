package nl.dutchtechzone.core.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.Quantity;
import org.immutables.value.Value;

/**
 * The financial statement of a year, as printed in the annual report: money carried forward
 * from the year before, income lines, spending lines per category and the stated spending total.
 *
 * <p>The statement holds what was printed, even if it does not add up; whether it does is for
 * the validator in {@code dtz-finance} to say. The sums here are plain additions of the lines.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(FinancialStatement)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of FinancialStatement sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code year(int)}</td><td>{@link #year()}: The year the statement
 *     covers</td><td>required; a year between 1900 and 2200</td></tr>
 *   <tr><td>{@code carriedForward(Money)}</td><td>{@link #carriedForward()}: Money carried forward
 *     from the year before (doorgeschoven budget)</td><td>required</td></tr>
 *   <tr><td>{@code addIncome(StatementLine)}, {@code addIncome(StatementLine...)}, {@code
 *     addAllIncome(Iterable)}, {@code income(Iterable)}</td><td>{@link #income()}: The income
 *     lines (inkomsten)</td><td>any number</td></tr>
 *   <tr><td>{@code addSpending(StatementLine)}, {@code addSpending(StatementLine...)}, {@code
 *     addAllSpending(Iterable)}, {@code spending(Iterable)}</td><td>{@link #spending()}: The
 *     spending lines (uitgaven), one per category</td><td>any number</td></tr>
 *   <tr><td>{@code statedSpendingTotal(Money)}</td><td>{@link #statedSpendingTotal()}: The
 *     spending total as printed (UIT)</td><td>required</td></tr>
 *   <tr><td>{@code statedIncomeTotal(Money)}, {@code statedIncomeTotal(Optional)}</td><td>{@link
 *     #statedIncomeTotal()}: The income total, if the statement prints one apart from the
 *     lines</td><td>optional</td></tr>
 * </table>
 * <!-- builder-table:end -->
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
        Quantity.of(Money.class, "statement.income", year()));
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
        Quantity.of(Money.class, "statement.spending", year()));
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

  /**
   * Builds {@link FinancialStatement} values; the table "Builder methods" of {@link
   * FinancialStatement} lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableFinancialStatement.Builder {
    Builder() {}
  }
}

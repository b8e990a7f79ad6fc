package nl.dutchtechzone.finance.ledger;

import static java.util.Objects.requireNonNull;

import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.ExactSum;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.core.report.FinancialStatement;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;

/**
 * A year's roll-forward: carried forward + income − spending = closing.
 *
 * <p>The closing is held as stated, so that a balance received from elsewhere that does not add
 * up can be loaded; {@link #expectedClosing()} is what the identity gives and {@link
 * #isConsistent()} says whether the two agree. Balances made by {@link #of(FinancialStatement)}
 * always agree.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearBalance {

  YearBalance() {}

  /**
   * The year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * Money carried forward from the year before.
   *
   * @return the carried-forward amount
   */
  @Value.Parameter
  public abstract Money carriedForward();

  /**
   * The year's income.
   *
   * @return the income
   */
  @Value.Parameter
  public abstract Money income();

  /**
   * The year's spending.
   *
   * @return the spending
   */
  @Value.Parameter
  public abstract Money spending();

  /**
   * The closing balance as stated, carried forward into the next year.
   *
   * @return the closing balance
   */
  @Value.Parameter
  public abstract Money closing();

  /**
   * The closing balance the identity gives: carried forward + income − spending.
   *
   * <p>Exact: carried forward + income may exceed the range Money holds as long as the result
   * is inside it.
   *
   * @return the expected closing balance
   * @throws MoneyOverflowException naming "closing balance of <i>year</i>" if the result is
   *     outside the range Money holds
   */
  public Money expectedClosing() {
    return closing(year(), carriedForward(), income(), spending());
  }

  private static Money closing(int year, Money carriedForward, Money income, Money spending) {
    return new ExactSum().add(carriedForward).add(income).subtract(spending)
        .total(Quantities.of("closing", year));
  }

  /**
   * Whether the stated closing balance equals carried forward + income − spending.
   *
   * @return true if the identity holds
   * @throws MoneyOverflowException if carried forward + income − spending is outside the range
   *     Money holds
   */
  public boolean isConsistent() {
    return expectedClosing().equals(closing());
  }

  /**
   * A balance with a stated closing, which may or may not add up.
   *
   * @param year the year
   * @param carriedForward the carried-forward amount, not null
   * @param income the income, not null
   * @param spending the spending, not null
   * @param closing the stated closing balance, not null
   * @return the balance
   * @throws IllegalArgumentException if the year is out of range
   */
  public static YearBalance of(int year, Money carriedForward, Money income, Money spending,
      Money closing) {
    return ImmutableYearBalance.of(year, carriedForward, income, spending, closing);
  }

  /**
   * A balance whose closing is computed: carried forward + income − spending.
   *
   * @param year the year
   * @param carriedForward the carried-forward amount, not null
   * @param income the income, not null
   * @param spending the spending, not null
   * @return the balance
   * @throws IllegalArgumentException if the year is out of range
   * @throws MoneyOverflowException naming the closing balance of the year if it is outside the
   *     range Money holds
   */
  public static YearBalance rolled(int year, Money carriedForward, Money income, Money spending) {
    requireNonNull(carriedForward, "carriedForward");
    requireNonNull(income, "income");
    requireNonNull(spending, "spending");
    return of(year, carriedForward, income, spending,
        closing(year, carriedForward, income, spending));
  }

  /**
   * The balance of a financial statement: its carried forward, the sum of its income lines, the
   * sum of its spending lines, and the closing computed from them.
   *
   * <p>The spending is the sum of the lines, not the stated total: whether the two agree is
   * checked by the validator ({@code DTZ-F002}). For example: 130,500.00 + 261,089.00 −
   * 289,467.21 = 102,121.79.
   *
   * @param statement the statement, not null
   * @return the balance
   * @throws MoneyOverflowException naming the total or the closing balance that is outside the
   *     range Money holds
   */
  public static YearBalance of(FinancialStatement statement) {
    requireNonNull(statement, "statement");
    return rolled(statement.year(), statement.carriedForward(), statement.incomeSum(),
        statement.spendingSum());
  }

  @Value.Check
  final void check() {
    Years.check("YearBalance.year", year());
  }
}

package nl.dutchtechzone.core.plan;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.ExactSum;
import nl.dutchtechzone.core.money.Quantity;
import org.immutables.value.Value;

/**
 * The budget (begroting) of a year: income and spending lines, an estimate or final, with lines
 * that may be excluded from its totals.
 *
 * <p>Totals only count lines in scope, and say so: {@link #totalIncome()} and
 * {@link #totalSpending()} exclude out-of-scope lines, {@link #outOfScope()} lists them.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Budget)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Budget sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code year(int)}</td><td>{@link #year()}: The year the budget is
 *     for</td><td>required; a year between 1900 and 2200</td></tr>
 *   <tr><td>{@code status(BudgetStatus)}</td><td>{@link #status()}: Whether the figures are an
 *     estimate or final</td><td>required</td></tr>
 *   <tr><td>{@code scopeNote(LocalizedText)}, {@code scopeNote(Optional)}</td><td>{@link
 *     #scopeNote()}: What the budget includes and excludes, in words</td><td>optional</td></tr>
 *   <tr><td>{@code addLines(BudgetLine)}, {@code addLines(BudgetLine...)}, {@code
 *     addAllLines(Iterable)}, {@code lines(Iterable)}</td><td>{@link #lines()}: The lines, in
 *     order</td><td>any number; unique ids</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Budget {

  Budget() {}

  /**
   * The year the budget is for.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Whether the figures are an estimate or final.
   *
   * @return the status
   */
  public abstract BudgetStatus status();

  /**
   * What the budget includes and excludes, in words.
   *
   * @return the scope note, or empty
   */
  public abstract Optional<LocalizedText> scopeNote();

  /**
   * The lines, in order.
   *
   * @return the lines, ids unique
   */
  public abstract List<BudgetLine> lines();

  /**
   * The in-scope income lines.
   *
   * @return the income lines that count in totals
   */
  public List<BudgetLine> incomeLines() {
    return lines(Flow.INCOME);
  }

  /**
   * The in-scope spending lines.
   *
   * @return the spending lines that count in totals
   */
  public List<BudgetLine> spendingLines() {
    return lines(Flow.SPENDING);
  }

  /**
   * The lines excluded from the totals.
   *
   * @return the out-of-scope lines
   */
  public List<BudgetLine> outOfScope() {
    return lines().stream().filter(l -> !l.inScope()).collect(Collectors.toList());
  }

  /**
   * The current amounts of the in-scope income lines, added up.
   *
   * @return the total income in scope
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming "total income of budget
   *     <i>year</i>" if the total is outside the range Money holds
   */
  public Money totalIncome() {
    return total(Flow.INCOME);
  }

  /**
   * The current amounts of the in-scope spending lines, added up.
   *
   * @return the total spending in scope
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming "total spending of
   *     budget <i>year</i>" if the total is outside the range Money holds
   */
  public Money totalSpending() {
    return total(Flow.SPENDING);
  }

  /** The in-scope total of a flow, in one pass without intermediate lists. */
  private Money total(Flow flow) {
    ExactSum sum = new ExactSum();
    for (BudgetLine l : lines()) {
      if (l.inScope() && l.flow() == flow) {
        sum.add(l.current());
      }
    }
    return sum.total(Quantity.of(Money.class,
        flow == Flow.INCOME ? "budget.income" : "budget.spending", year()));
  }

  private List<BudgetLine> lines(Flow flow) {
    return lines().stream()
        .filter(l -> l.inScope() && l.flow() == flow)
        .collect(Collectors.toList());
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
    Years.check("Budget.year", year());
    Ids.checkUnique("Budget.lines of " + year(), lines(), BudgetLine::id);
  }

  /**
   * Builds {@link Budget} values; the table "Builder methods" of {@link Budget} lists what each
   * method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }
}

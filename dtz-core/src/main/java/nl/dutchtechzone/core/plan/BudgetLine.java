package nl.dutchtechzone.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * One line of a budget: income or spending in a category, as planned and, after an amendment
 * (begrotingswijziging), as amended.
 *
 * <p>Whether amounts are sensible (not negative, adding up) is checked by the validator in
 * {@code dtz-finance}, not here, so that a wrong budget can be loaded and reported on.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(BudgetLine)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of BudgetLine sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the line, unique within its
 *     budget</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter or
 *     digit</td></tr>
 *   <tr><td>{@code flow(Flow)}</td><td>{@link #flow()}: Income or
 *     spending</td><td>required</td></tr>
 *   <tr><td>{@code categoryId(String)}</td><td>{@link #categoryId()}: The category: for spending,
 *     a cost category of the programme; for income, the id of an {@link IncomeCategory} (datasets
 *     written before income categories existed may name a cost category that the programme
 *     declares for the purpose, such as {@code contributions}; the id is the same, so such lines
 *     mean the same)</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a
 *     letter or digit</td></tr>
 *   <tr><td>{@code description(LocalizedText)}</td><td>{@link #description()}: What the line is
 *     for</td><td>required</td></tr>
 *   <tr><td>{@code planned(Money)}</td><td>{@link #planned()}: The amount as first planned
 *     (primitieve begroting)</td><td>required</td></tr>
 *   <tr><td>{@code amended(Money)}, {@code amended(Optional)}</td><td>{@link #amended()}: The
 *     amount after amendment, if the budget was amended</td><td>optional</td></tr>
 *   <tr><td>{@code scope(Scope)}</td><td>{@link #scope()}: Whether the line counts in the budget's
 *     totals</td><td>optional, default as {@link #scope()} says</td></tr>
 *   <tr><td>{@code note(LocalizedText)}, {@code note(Optional)}</td><td>{@link #note()}: Why a
 *     line is out of scope, or any other note on it</td><td>optional; required for an out-of-scope
 *     line (say why it is excluded)</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetLine {

  BudgetLine() {}

  /**
   * The stable id of the line, unique within its budget.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * Income or spending.
   *
   * @return the flow
   */
  public abstract Flow flow();

  /**
   * The category: for spending, a cost category of the programme; for income, the id of an
   * {@link IncomeCategory} (datasets written before income categories existed may name a cost
   * category that the programme declares for the purpose, such as {@code contributions}; the
   * id is the same, so such lines mean the same).
   *
   * @return the category id
   */
  public abstract String categoryId();

  /**
   * The income category of an income line, when its {@link #categoryId()} is one.
   *
   * @return the income category, or empty for spending and for income under another id
   */
  public Optional<IncomeCategory> incomeCategory() {
    return flow() == Flow.INCOME ? IncomeCategory.byId(categoryId()) : Optional.empty();
  }

  /**
   * What the line is for.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * The amount as first planned (primitieve begroting).
   *
   * @return the planned amount
   */
  public abstract Money planned();

  /**
   * The amount after amendment, if the budget was amended.
   *
   * @return the amended amount, or empty
   */
  public abstract Optional<Money> amended();

  /**
   * Whether the line counts in the budget's totals.
   *
   * @return the scope, {@link Scope#IN_SCOPE} unless set
   */
  @Value.Default
  public Scope scope() {
    return Scope.IN_SCOPE;
  }

  /**
   * Why a line is out of scope, or any other note on it.
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  /**
   * The amount that counts now: the amended amount if there is one, the planned one otherwise.
   *
   * @return the current amount
   */
  public Money current() {
    return amended().orElse(planned());
  }

  /**
   * Whether the line counts in totals.
   *
   * @return true for {@link Scope#IN_SCOPE}
   */
  public boolean inScope() {
    return scope() == Scope.IN_SCOPE;
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
    Ids.check("BudgetLine.id", id());
    Ids.check("BudgetLine.categoryId", id(), categoryId());
    checkArgument(scope() == Scope.IN_SCOPE || note().isPresent(),
        "BudgetLine.note of '%s' is required for an out-of-scope line: say why it is excluded",
        id());
  }

  /**
   * Builds {@link BudgetLine} values; the table "Builder methods" of {@link BudgetLine} lists what
   * each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableBudgetLine.Builder {
    Builder() {}
  }
}

package nl.dutchtechzone.core.report;

import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * One income or spending line of a financial statement, as printed.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(StatementLine)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of StatementLine sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the line, unique within its
 *     statement</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code categoryId(String)}, {@code categoryId(Optional)}</td><td>{@link
 *     #categoryId()}: The cost category, for a spending line</td><td>optional; an id: letters,
 *     digits, '.', '_' or '-', starting with a letter or digit</td></tr>
 *   <tr><td>{@code label(LocalizedText)}</td><td>{@link #label()}: The line's label as
 *     printed</td><td>required</td></tr>
 *   <tr><td>{@code amount(Money)}</td><td>{@link #amount()}: The amount as
 *     printed</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatementLine {

  StatementLine() {}

  /**
   * The stable id of the line, unique within its statement.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The cost category, for a spending line.
   *
   * @return the category id, or empty for income
   */
  public abstract Optional<String> categoryId();

  /**
   * The line's label as printed.
   *
   * @return the label
   */
  public abstract LocalizedText label();

  /**
   * The amount as printed.
   *
   * @return the amount
   */
  public abstract Money amount();

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
    Ids.check("StatementLine.id", id());
    categoryId().ifPresent(c -> Ids.check("StatementLine.categoryId", id(), c));
  }

  /**
   * Builds {@link StatementLine} values; the table "Builder methods" of {@link StatementLine} lists
   * what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableStatementLine.Builder {
    Builder() {}
  }
}

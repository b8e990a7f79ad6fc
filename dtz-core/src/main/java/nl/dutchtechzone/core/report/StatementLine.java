package nl.dutchtechzone.core.report;

import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * One income or spending line of a financial statement, as printed.
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

  /** Builds {@link StatementLine} values. */
  public static final class Builder extends ImmutableStatementLine.Builder {
    Builder() {}
  }
}

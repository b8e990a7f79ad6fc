package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * The actual spending in one cost category in one year, from that year's financial statement.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CategorySpending {

  CategorySpending() {}

  /**
   * The cost category.
   *
   * @return the category id
   */
  @Value.Parameter
  public abstract String categoryId();

  /**
   * The year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The amount spent.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Creates an entry.
   *
   * @param categoryId the category id, not null
   * @param year the year
   * @param amount the amount, not null
   * @return the entry
   */
  public static CategorySpending of(String categoryId, int year, Money amount) {
    return ImmutableCategorySpending.of(categoryId, year, amount);
  }
}

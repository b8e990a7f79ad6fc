package nl.dutchtechzone.finance.allocation;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * A partner's part of one cost category: shared by the key, or attributed to it wholly.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostShareLine {

  CostShareLine() {}

  /**
   * The partner.
   *
   * @return the partner id
   */
  @Value.Parameter
  public abstract String partnerId();

  /**
   * The cost category.
   *
   * @return the category id
   */
  @Value.Parameter
  public abstract String categoryId();

  /**
   * The partner's part of the category's costs.
   *
   * @return the amount
   */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Whether the category is attributed wholly to this partner rather than shared.
   *
   * @return true if attributed
   */
  @Value.Parameter
  public abstract boolean attributed();

  /**
   * Creates a line.
   *
   * @param partnerId the partner id, not null
   * @param categoryId the category id, not null
   * @param amount the amount, not null
   * @param attributed whether the category is attributed wholly to the partner
   * @return the line
   * @throws IllegalArgumentException if an id is malformed
   */
  public static CostShareLine of(String partnerId, String categoryId, Money amount,
      boolean attributed) {
    return ImmutableCostShareLine.of(partnerId, categoryId, amount, attributed);
  }

  @Value.Check
  final void check() {
    Ids.check("CostShareLine.partnerId", partnerId());
    Ids.check("CostShareLine.categoryId", categoryId());
  }
}

package nl.dutchtechzone.core.plan;

import java.util.Optional;

/**
 * What an income line of a budget or a statement is: the categories of income, of their own, so
 * that income needs no pseudo cost category. The id is what an income line's
 * {@code categoryId} holds; a programme's cost categories are for spending.
 *
 * <p>Validation compares the lines of {@link #CONTRIBUTIONS} with the contributions owed (rule
 * DTZ-F008) and counts a line of {@link #CARRIED_FORWARD} as the balance brought in from the
 * year before.
 */
public enum IncomeCategory {
  /** The members' contributions, such as EUR 0.50 per inhabitant: id {@code contributions}. */
  CONTRIBUTIONS("contributions"),
  /** The balance carried forward from the year before: id {@code carried-forward}. */
  CARRIED_FORWARD("carried-forward"),
  /** Any other income, such as a grant or a fee: id {@code other-income}. */
  OTHER("other-income");

  private final String id;

  IncomeCategory(String id) {
    this.id = id;
  }

  /**
   * The id an income line's {@code categoryId} holds.
   *
   * @return the id, such as {@code contributions}
   */
  public String id() {
    return id;
  }

  /**
   * The income category with an id.
   *
   * @param id the id, not null
   * @return the category, or empty if no income category has this id
   */
  public static Optional<IncomeCategory> byId(String id) {
    java.util.Objects.requireNonNull(id, "id");
    for (IncomeCategory c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

package nl.dutchtechzone.core;

import org.immutables.value.Value;

/**
 * A category of spending, such as "programme costs incl. Program Board"; budgets plan and
 * statements report spending per category.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CostCategory {

  CostCategory() {}

  /**
   * The stable id of the category.
   *
   * @return the id, such as {@code programme-costs}
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The name of the category.
   *
   * @return the name
   */
  @Value.Parameter
  public abstract LocalizedText name();

  /**
   * Creates a cost category.
   *
   * @param id the id, not null
   * @param name the name, not null
   * @return the category
   * @throws IllegalArgumentException if the id is malformed
   */
  public static CostCategory of(String id, LocalizedText name) {
    return ImmutableCostCategory.of(id, name);
  }

  @Value.Check
  final void check() {
    Ids.check("CostCategory.id", id());
  }
}

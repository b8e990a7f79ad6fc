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

  /**
   * A new builder that sets the fields by name, for code that binds values field by field (such
   * as the dataset reader); the factory {@code of} is the short form. {@code build()} checks
   * the same rules.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CostCategory} values; obtain one through {@link CostCategory#builder()}. */
  public static final class Builder extends ImmutableCostCategory.Builder {
    Builder() {}
  }
}

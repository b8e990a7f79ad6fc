package nl.dutchtechzone.core;

import org.immutables.value.Value;

/**
 * A category of spending, such as "programme costs incl. Program Board"; budgets plan and
 * statements report spending per category.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(CostCategory)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of CostCategory sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the
 *     category</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code name(LocalizedText)}</td><td>{@link #name()}: The name of the
 *     category</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
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

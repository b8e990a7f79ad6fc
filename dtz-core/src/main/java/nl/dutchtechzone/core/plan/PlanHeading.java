package nl.dutchtechzone.core.plan;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A heading of the plan's infographic, such as "The programme in figures", grouping action points
 * under an investment theme.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(PlanHeading)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of PlanHeading sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the heading, unique within
 *     its plan</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code themeId(String)}</td><td>{@link #themeId()}: The id of the investment theme the
 *     heading stands under</td><td>required; an id: letters, digits, '.', '_' or '-', starting
 *     with a letter or digit</td></tr>
 *   <tr><td>{@code text(LocalizedText)}</td><td>{@link #text()}: The heading's
 *     text</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanHeading {

  PlanHeading() {}

  /**
   * The stable id of the heading, unique within its plan.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String id();

  /**
   * The id of the investment theme the heading stands under.
   *
   * @return the theme id
   */
  @Value.Parameter
  public abstract String themeId();

  /**
   * The heading's text.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * Creates a heading.
   *
   * @param id the id, not null
   * @param themeId the theme id, not null
   * @param text the text, not null
   * @return the heading
   * @throws IllegalArgumentException if an id is malformed
   */
  public static PlanHeading of(String id, String themeId, LocalizedText text) {
    return ImmutablePlanHeading.of(id, themeId, text);
  }

  @Value.Check
  final void check() {
    Ids.check("PlanHeading.id", id());
    Ids.check("PlanHeading.themeId", id(), themeId());
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

  /** Builds {@link PlanHeading} values; obtain one through {@link PlanHeading#builder()}. */
  public static final class Builder extends ImmutablePlanHeading.Builder {
    Builder() {}
  }
}

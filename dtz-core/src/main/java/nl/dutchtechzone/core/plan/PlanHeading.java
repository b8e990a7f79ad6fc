package nl.dutchtechzone.core.plan;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A heading of the plan's infographic, such as "The programme in figures", grouping action points
 * under an investment theme.
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
}

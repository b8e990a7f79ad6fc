package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * The actions under one heading of a plan's infographic, counted by status.
 *
 * <p>An action may fall under several headings, or none; so, unlike the theme counts, the heading
 * counts of a plan need not add up to its number of actions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HeadingSummary {

  HeadingSummary() {}

  /**
   * The heading id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String headingId();

  /**
   * The theme the heading stands under.
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
   * The counts of the actions under the heading.
   *
   * @return the counts
   */
  @Value.Parameter
  public abstract StatusCounts counts();

  /**
   * Creates a summary.
   *
   * @param headingId the heading id, not null
   * @param themeId the theme id, not null
   * @param text the heading's text, not null
   * @param counts the counts, not null
   * @return the summary
   */
  public static HeadingSummary of(String headingId, String themeId, LocalizedText text,
      StatusCounts counts) {
    return ImmutableHeadingSummary.of(headingId, themeId, text, counts);
  }
}

package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * The actions of one investment theme of a plan, counted by status.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ThemeSummary {

  ThemeSummary() {}

  /**
   * The theme id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String themeId();

  /**
   * The theme's title.
   *
   * @return the title
   */
  @Value.Parameter
  public abstract LocalizedText title();

  /**
   * The counts of the theme's actions.
   *
   * @return the counts
   */
  @Value.Parameter
  public abstract StatusCounts counts();

  /**
   * Creates a summary.
   *
   * @param themeId the theme id, not null
   * @param title the title, not null
   * @param counts the counts, not null
   * @return the summary
   */
  public static ThemeSummary of(String themeId, LocalizedText title, StatusCounts counts) {
    return ImmutableThemeSummary.of(themeId, title, counts);
  }
}

package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * The explanation of the difference between budget and actual spending in one cost category and
 * year, as the BBV asks for in annual accounts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VarianceExplanation {

  VarianceExplanation() {}

  /**
   * The year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The cost category.
   *
   * @return the category id
   */
  @Value.Parameter
  public abstract String categoryId();

  /**
   * The explanation.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * Creates an explanation.
   *
   * @param year the year
   * @param categoryId the cost category id, not null
   * @param text the explanation, not null
   * @return the explanation
   * @throws IllegalArgumentException if the year or id is malformed
   */
  public static VarianceExplanation of(int year, String categoryId, LocalizedText text) {
    return ImmutableVarianceExplanation.of(year, categoryId, text);
  }

  @Value.Check
  final void check() {
    Years.check("VarianceExplanation.year", year());
    Ids.check("VarianceExplanation.categoryId", categoryId());
  }
}

package nl.dutchtechzone.reporting.tracking;

import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * The activities of a report that served one of the report's aims.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AimCoverage {

  AimCoverage() {}

  /**
   * The aim id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String aimId();

  /**
   * The aim in words.
   *
   * @return the text
   */
  @Value.Parameter
  public abstract LocalizedText text();

  /**
   * The ids of the activities that served the aim, in report order.
   *
   * @return the activity ids, possibly empty
   */
  @Value.Parameter
  public abstract List<String> activityIds();

  /**
   * Creates a coverage.
   *
   * @param aimId the aim id, not null
   * @param text the aim's text, not null
   * @param activityIds the activity ids, not null
   * @return the coverage
   */
  public static AimCoverage of(String aimId, LocalizedText text, List<String> activityIds) {
    return ImmutableAimCoverage.of(aimId, text, activityIds);
  }
}

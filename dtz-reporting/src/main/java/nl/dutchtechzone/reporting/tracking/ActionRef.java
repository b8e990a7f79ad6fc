package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * A reference to an action of the plan of a year.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActionRef {

  ActionRef() {}

  /**
   * The plan year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The action id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String actionId();

  /**
   * Creates a reference.
   *
   * @param year the plan year
   * @param actionId the action id, not null
   * @return the reference
   * @throws IllegalArgumentException if the year or the id is malformed
   */
  public static ActionRef of(int year, String actionId) {
    return ImmutableActionRef.of(year, actionId);
  }

  @Value.Check
  final void check() {
    Years.check("ActionRef.year", year());
    Ids.check("ActionRef.actionId", actionId());
  }
}

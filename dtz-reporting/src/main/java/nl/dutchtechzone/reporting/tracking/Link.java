package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * A link between an action of the plan of a year and an item of the report of the same year:
 * the item is evidence of the action's work.
 *
 * <p>Links come from the report items themselves ({@code ReportItem.actionIds()}) and from the
 * caller, who may add links without changing the report. One item may serve several actions and
 * one action may be served by several items.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Link implements Comparable<Link> {

  Link() {}

  /**
   * The year of the plan and of the report.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The id of the action in the plan of {@link #year()}.
   *
   * @return the action id
   */
  @Value.Parameter
  public abstract String actionId();

  /**
   * The id of the item in the report of {@link #year()}.
   *
   * @return the report item id
   */
  @Value.Parameter
  public abstract String itemId();

  /**
   * Creates a link.
   *
   * @param year the year of plan and report
   * @param actionId the action id, not null
   * @param itemId the report item id, not null
   * @return the link
   * @throws IllegalArgumentException if the year or an id is malformed
   */
  public static Link of(int year, String actionId, String itemId) {
    return ImmutableLink.of(year, actionId, itemId);
  }

  /**
   * Orders links by year, action id and item id.
   *
   * @param other the other link, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Link other) {
    int c = Integer.compare(year(), other.year());
    if (c == 0) {
      c = actionId().compareTo(other.actionId());
    }
    return c != 0 ? c : itemId().compareTo(other.itemId());
  }

  @Value.Check
  final void check() {
    Years.check("Link.year", year());
    Ids.check("Link.actionId", actionId());
    Ids.check("Link.itemId", itemId());
  }
}

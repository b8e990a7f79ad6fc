package nl.dutchtechzone.reporting.tracking;

import java.util.List;
import org.immutables.value.Value;

/**
 * One annual plan as tracked: every action, and the counts per theme and for the whole plan.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanTracking {

  PlanTracking() {}

  /**
   * The plan year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Whether the input holds a report for the plan's year.
   *
   * @return true if the year was reported on
   */
  public abstract boolean reported();

  /**
   * The tracked actions, in plan order.
   *
   * @return the actions
   */
  public abstract List<TrackedAction> actions();

  /**
   * The counts per theme, in plan order.
   *
   * @return the theme summaries
   */
  public abstract List<ThemeSummary> themes();

  /**
   * The counts per infographic heading, in plan order; an action counts under each of its
   * headings.
   *
   * @return the heading summaries, possibly empty
   */
  public abstract List<HeadingSummary> headings();

  /**
   * The counts of all the plan's actions.
   *
   * @return the counts
   */
  public abstract StatusCounts counts();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PlanTracking} values. */
  public static final class Builder extends ImmutablePlanTracking.Builder {
    Builder() {}
  }
}

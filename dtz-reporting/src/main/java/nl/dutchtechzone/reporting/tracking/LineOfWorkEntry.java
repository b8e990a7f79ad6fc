package nl.dutchtechzone.reporting.tracking;

import java.util.Optional;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * One step on a line of work: a planned action (with its status) or a reported activity.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LineOfWorkEntry {

  LineOfWorkEntry() {}

  /** Whether an entry is a planned action or a reported activity. */
  public enum Source {
    /** An action point of a plan. */
    PLANNED_ACTION,
    /** An activity of a report. */
    REPORTED_ACTIVITY
  }

  /**
   * The year of the plan or report.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Where the entry comes from.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * The id of the action or activity.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The action's text or the activity's title.
   *
   * @return the text
   */
  public abstract LocalizedText text();

  /**
   * The status of a planned action.
   *
   * @return the status, or empty for an activity
   */
  public abstract Optional<ActionStatus> status();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LineOfWorkEntry} values. */
  public static final class Builder extends ImmutableLineOfWorkEntry.Builder {
    Builder() {}
  }
}

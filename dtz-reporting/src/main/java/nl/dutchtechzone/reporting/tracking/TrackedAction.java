package nl.dutchtechzone.reporting.tracking;

import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * One planned action as tracked: its status, the evidence, the target against the actual, and
 * where its line of work came from and goes to.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackedAction {

  TrackedAction() {}

  /**
   * The plan year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The action id.
   *
   * @return the id
   */
  public abstract String actionId();

  /**
   * The investment theme the action belongs to.
   *
   * @return the theme id
   */
  public abstract String themeId();

  /**
   * The infographic headings the action falls under.
   *
   * @return the heading ids, possibly empty
   */
  public abstract List<String> headingIds();

  /**
   * What was planned.
   *
   * @return the action's text
   */
  public abstract LocalizedText text();

  /**
   * The line of work the action belongs to.
   *
   * @return the key, or empty
   */
  public abstract Optional<String> lineOfWork();

  /**
   * The status, decided as described at {@link ActionStatus}.
   *
   * @return the status
   */
  public abstract ActionStatus status();

  /**
   * The caller's assessment, if there was one.
   *
   * @return the assessment, or empty
   */
  public abstract Optional<StatusAssessment> assessment();

  /**
   * The report items linked to the action, each once, in the order of the report's items
   * (indicator values, observations, outcomes, activities, each in report order).
   *
   * @return the evidence, possibly empty
   */
  public abstract List<Evidence> evidence();

  /**
   * The target against the actual, where the action has a target.
   *
   * @return the result, or empty
   */
  public abstract Optional<TargetResult> target();

  /**
   * The action of the nearest earlier plan on the same line of work.
   *
   * @return the earlier action, or empty
   */
  public abstract Optional<ActionRef> continues();

  /**
   * The action of the nearest later plan on the same line of work.
   *
   * @return the later action, or empty
   */
  public abstract Optional<ActionRef> continuedIn();

  /**
   * Whether any report item is linked to the action.
   *
   * @return true if there is evidence
   */
  public boolean hasEvidence() {
    return !evidence().isEmpty();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TrackedAction} values. */
  public static final class Builder extends ImmutableTrackedAction.Builder {
    Builder() {}
  }
}

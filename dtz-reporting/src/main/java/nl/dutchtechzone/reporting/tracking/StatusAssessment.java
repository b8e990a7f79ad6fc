package nl.dutchtechzone.reporting.tracking;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * What the caller (the programme office, an auditor) says about the status of one action, where
 * the report items alone cannot say it: that an action was dropped, or is complete.
 *
 * <p>How an assessment combines with the evidence is described at {@link ActionStatus}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusAssessment {

  StatusAssessment() {}

  /**
   * The year of the plan the action belongs to.
   *
   * @return the plan year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The id of the action.
   *
   * @return the action id
   */
  @Value.Parameter
  public abstract String actionId();

  /**
   * The assessed status.
   *
   * @return done, in progress, not started or dropped
   */
  @Value.Parameter
  public abstract ActionStatus status();

  /**
   * Why, in words.
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Creates an assessment without a note.
   *
   * @param year the plan year
   * @param actionId the action id, not null
   * @param status the assessed status, not null
   * @return the assessment
   * @throws IllegalArgumentException if the year or id is malformed, or the status is carried
   *     over or no evidence (those follow from the data)
   */
  public static StatusAssessment of(int year, String actionId, ActionStatus status) {
    return ImmutableStatusAssessment.of(year, actionId, status);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    Years.check("StatusAssessment.year", year());
    Ids.check("StatusAssessment.actionId", actionId());
    checkArgument(status().isAssessable(),
        "StatusAssessment.status of action '%s' must be DONE, IN_PROGRESS, NOT_STARTED or "
            + "DROPPED, got %s (it follows from the data)", actionId(), status());
  }

  /** Builds {@link StatusAssessment} values. */
  public static final class Builder extends ImmutableStatusAssessment.Builder {
    Builder() {}
  }
}

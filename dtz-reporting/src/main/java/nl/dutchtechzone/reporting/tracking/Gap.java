package nl.dutchtechzone.reporting.tracking;

import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * A gap between plan and report: what it is, in which year, about what, and in words.
 *
 * <p>The subject is an action id for {@link GapKind#ACTION_WITHOUT_EVIDENCE} and {@link
 * GapKind#TARGET_WITHOUT_ACTUAL}, a report item id for {@link GapKind#UNLINKED_REPORT_ITEM} and an
 * indicator id for {@link GapKind#ACTUAL_NOT_TARGETED}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Gap {

  Gap() {}

  /**
   * The kind of gap.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract GapKind kind();

  /**
   * The year of the plan or report the gap is in.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The id of what the gap is about.
   *
   * @return the subject id
   */
  @Value.Parameter
  public abstract String subjectId();

  /**
   * The gap in words (English), for people and exports.
   *
   * @return the message
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Creates a gap.
   *
   * @param kind the kind, not null
   * @param year the year
   * @param subjectId the id of what the gap is about, not null
   * @param message the gap in words, not null
   * @return the gap
   * @throws IllegalArgumentException if the year or id is malformed or the message blank
   */
  public static Gap of(GapKind kind, int year, String subjectId, String message) {
    return ImmutableGap.of(kind, year, subjectId, message);
  }

  @Value.Check
  final void check() {
    Years.check("Gap.year", year());
    Ids.check("Gap.subjectId", subjectId());
    if (message().isBlank()) {
      throw new IllegalArgumentException("Gap.message of '" + subjectId()
          + "' must not be blank");
    }
  }
}

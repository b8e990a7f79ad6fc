package nl.dutchtechzone.core.report;

import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * Something the programme did in the year, with the aims it served.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Activity implements ReportItem {

  Activity() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalizedText title();

  /**
   * The ids of the report's aims this activity served.
   *
   * @return the aim ids, possibly empty
   */
  public abstract List<String> aimIds();

  @Override
  public abstract List<String> actionIds();

  /**
   * The line of work the activity belongs to, shared with plan actions of other years that
   * continue it.
   *
   * @return the line-of-work key, or empty
   */
  public abstract Optional<String> lineOfWork();

  /**
   * A remark the source adds, such as "lobby for the region".
   *
   * @return the note, or empty
   */
  public abstract Optional<LocalizedText> note();

  @Override
  public final ReportItemKind kind() {
    return ReportItemKind.ACTIVITY;
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
    Ids.check("Activity.id", id());
    aimIds().forEach(a -> Ids.check("Activity.aimIds", id(), a));
    actionIds().forEach(a -> Ids.check("Activity.actionIds", id(), a));
    Ids.checkUnique("Activity.actionIds of '" + id() + "'", actionIds(), a -> a);
    lineOfWork().ifPresent(l -> Ids.check("Activity.lineOfWork", id(), l));
  }

  /** Builds {@link Activity} values. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}

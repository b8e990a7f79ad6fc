package nl.dutchtechzone.core.report;

import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * Something the programme did in the year, with the aims it served.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Activity)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Activity sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code addAimIds(String)}, {@code addAimIds(String...)}, {@code
 *     addAllAimIds(Iterable)}, {@code aimIds(Iterable)}</td><td>{@link #aimIds()}: The ids of the
 *     report's aims this activity served</td><td>any number; an id: letters, digits, '.', '_' or
 *     '-', starting with a letter or digit</td></tr>
 *   <tr><td>{@code lineOfWork(String)}, {@code lineOfWork(Optional)}</td><td>{@link
 *     #lineOfWork()}: The line of work the activity belongs to, shared with plan actions of other
 *     years that continue it</td><td>optional; an id: letters, digits, '.', '_' or '-', starting
 *     with a letter or digit</td></tr>
 *   <tr><td>{@code note(LocalizedText)}, {@code note(Optional)}</td><td>{@link #note()}: A remark
 *     the source adds, such as "lobby for the region"</td><td>optional</td></tr>
 * </table>
 * <!-- builder-table:end -->
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

  /**
   * Builds {@link Activity} values; the table "Builder methods" of {@link Activity} lists what each
   * method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}

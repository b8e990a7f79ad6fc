package nl.dutchtechzone.core.plan;

import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * An action point (actiepunt) of an annual plan: one thing the programme means to do in the
 * year, with a stable id that report items link to.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ActionPoint)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ActionPoint sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the action, unique within
 *     its plan</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code text(LocalizedText)}</td><td>{@link #text()}: What is to be
 *     done</td><td>required</td></tr>
 *   <tr><td>{@code addHeadingIds(String)}, {@code addHeadingIds(String...)}, {@code
 *     addAllHeadingIds(Iterable)}, {@code headingIds(Iterable)}</td><td>{@link #headingIds()}: The
 *     ids of the infographic headings this action falls under</td><td>any number; an id: letters,
 *     digits, '.', '_' or '-', starting with a letter or digit; unique ids</td></tr>
 *   <tr><td>{@code target(Target)}, {@code target(Optional)}</td><td>{@link #target()}: A
 *     measurable target, where the plan sets one</td><td>optional</td></tr>
 *   <tr><td>{@code lineOfWork(String)}, {@code lineOfWork(Optional)}</td><td>{@link
 *     #lineOfWork()}: The line of work this action belongs to, shared with the actions and report
 *     items of other years that continue the same work (such as {@code
 *     dtz-in-figures})</td><td>optional; an id: letters, digits, '.', '_' or '-', starting with a
 *     letter or digit</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActionPoint {

  ActionPoint() {}

  /**
   * The stable id of the action, unique within its plan.
   *
   * @return the id, such as {@code 2023.1.5}
   */
  public abstract String id();

  /**
   * What is to be done.
   *
   * @return the text of the action
   */
  public abstract LocalizedText text();

  /**
   * The ids of the infographic headings this action falls under.
   *
   * @return the heading ids, possibly empty
   */
  public abstract List<String> headingIds();

  /**
   * A measurable target, where the plan sets one.
   *
   * @return the target, or empty
   */
  public abstract Optional<Target> target();

  /**
   * The line of work this action belongs to, shared with the actions and report items of other
   * years that continue the same work (such as {@code dtz-in-figures}).
   *
   * @return the line-of-work key, or empty
   */
  public abstract Optional<String> lineOfWork();

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
    Ids.check("ActionPoint.id", id());
    headingIds().forEach(h -> Ids.check("ActionPoint.headingIds", id(), h));
    Ids.checkUnique("ActionPoint.headingIds of '" + id() + "'", headingIds(), h -> h);
    lineOfWork().ifPresent(l -> Ids.check("ActionPoint.lineOfWork", id(), l));
  }

  /**
   * Builds {@link ActionPoint} values; the table "Builder methods" of {@link ActionPoint} lists
   * what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableActionPoint.Builder {
    Builder() {}
  }
}

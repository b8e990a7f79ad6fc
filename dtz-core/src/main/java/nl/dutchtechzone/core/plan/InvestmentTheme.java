package nl.dutchtechzone.core.plan;

import java.util.List;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * An investment theme (investeringsthema) of an annual plan and its action points.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(InvestmentTheme)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of InvestmentTheme sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the theme, unique within
 *     its plan</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code title(LocalizedText)}</td><td>{@link #title()}: The theme's
 *     title</td><td>required</td></tr>
 *   <tr><td>{@code addActions(ActionPoint)}, {@code addActions(ActionPoint...)}, {@code
 *     addAllActions(Iterable)}, {@code actions(Iterable)}</td><td>{@link #actions()}: The theme's
 *     action points, in the order of the plan</td><td>any number; unique ids</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InvestmentTheme {

  InvestmentTheme() {}

  /**
   * The stable id of the theme, unique within its plan.
   *
   * @return the id, such as {@code ambitious-entrepreneurship}
   */
  public abstract String id();

  /**
   * The theme's title.
   *
   * @return the title
   */
  public abstract LocalizedText title();

  /**
   * The theme's action points, in the order of the plan.
   *
   * @return the action points, ids unique
   */
  public abstract List<ActionPoint> actions();

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
    Ids.check("InvestmentTheme.id", id());
    Ids.checkUnique("InvestmentTheme.actions of '" + id() + "'", actions(), ActionPoint::id);
  }

  /**
   * Builds {@link InvestmentTheme} values; the table "Builder methods" of {@link InvestmentTheme}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableInvestmentTheme.Builder {
    Builder() {}
  }
}

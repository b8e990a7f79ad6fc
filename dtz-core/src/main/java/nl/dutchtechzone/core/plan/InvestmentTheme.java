package nl.dutchtechzone.core.plan;

import java.util.List;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * An investment theme (investeringsthema) of an annual plan and its action points.
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

  /** Builds {@link InvestmentTheme} values. */
  public static final class Builder extends ImmutableInvestmentTheme.Builder {
    Builder() {}
  }
}

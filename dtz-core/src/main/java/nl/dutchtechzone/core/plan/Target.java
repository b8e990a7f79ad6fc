package nl.dutchtechzone.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import nl.dutchtechzone.core.Ids;
import org.immutables.value.Value;

/**
 * A measurable target of an action point: a value an indicator should reach.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Target)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Target sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code indicatorId(String)}</td><td>{@link #indicatorId()}: The id of the indicator
 *     the target is set for</td><td>required; an id: letters, digits, '.', '_' or '-', starting
 *     with a letter or digit</td></tr>
 *   <tr><td>{@code value(BigDecimal)}</td><td>{@link #value()}: The value to
 *     reach</td><td>required; must not be negative</td></tr>
 *   <tr><td>{@code unit(String)}</td><td>{@link #unit()}: The unit of the value</td><td>required;
 *     must not be blank</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target {

  Target() {}

  /**
   * The id of the indicator the target is set for.
   *
   * @return the indicator id
   */
  @Value.Parameter
  public abstract String indicatorId();

  /**
   * The value to reach.
   *
   * @return the target value, not negative
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * The unit of the value.
   *
   * @return the unit, such as {@code count}, not blank
   */
  @Value.Parameter
  public abstract String unit();

  /**
   * Creates a target.
   *
   * @param indicatorId the indicator id, not null
   * @param value the target value, not null, not negative
   * @param unit the unit, not null, not blank
   * @return the target
   * @throws IllegalArgumentException if the id is malformed, the value negative or the unit blank
   */
  public static Target of(String indicatorId, BigDecimal value, String unit) {
    return ImmutableTarget.of(indicatorId, value, unit);
  }

  @Value.Check
  final void check() {
    Ids.check("Target.indicatorId", indicatorId());
    if (value().signum() < 0) {
      throw new IllegalArgumentException("Target.value for indicator '" + indicatorId()
          + "' must not be negative, got " + value().toPlainString());
    }
    checkArgument(!unit().isBlank(), "Target.unit for indicator '%s' must not be blank",
        indicatorId());
  }

  /**
   * A new builder that sets the fields by name, for code that binds values field by field (such
   * as the dataset reader); the factory {@code of} is the short form. {@code build()} checks
   * the same rules.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Target} values; obtain one through {@link Target#builder()}. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}

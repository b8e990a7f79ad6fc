package nl.dutchtechzone.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import nl.dutchtechzone.core.Ids;
import org.immutables.value.Value;

/**
 * A measurable target of an action point: a value an indicator should reach.
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

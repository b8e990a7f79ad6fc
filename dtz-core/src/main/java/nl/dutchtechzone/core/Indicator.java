package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Something the programme counts or measures, such as "initiatives talked with"; plans set
 * targets for indicators and reports give their actual values.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /**
   * The stable id of the indicator.
   *
   * @return the id, such as {@code initiatives-talked-with}
   */
  public abstract String id();

  /**
   * The name of the indicator.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The unit of its values.
   *
   * @return the unit, such as {@code count}, not blank
   */
  public abstract String unit();

  /**
   * Which way is better.
   *
   * @return the direction, {@link Direction#HIGHER_IS_BETTER} unless set
   */
  @Value.Default
  public Direction direction() {
    return Direction.HIGHER_IS_BETTER;
  }

  /**
   * Whether each value is a running total (the last value counts, not the sum of periods).
   *
   * @return true for a cumulative indicator; false unless set
   */
  @Value.Default
  public boolean cumulative() {
    return false;
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
    Ids.check("Indicator.id", id());
    checkArgument(!unit().isBlank(), "Indicator.unit of '%s' must not be blank", id());
  }

  /** Builds {@link Indicator} values. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}

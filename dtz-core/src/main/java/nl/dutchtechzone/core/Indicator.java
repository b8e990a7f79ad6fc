package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Something the programme counts or measures, such as "initiatives talked with"; plans set
 * targets for indicators and reports give their actual values.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Indicator)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Indicator sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the
 *     indicator</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code name(LocalizedText)}</td><td>{@link #name()}: The name of the
 *     indicator</td><td>required</td></tr>
 *   <tr><td>{@code unit(String)}</td><td>{@link #unit()}: The unit of its values</td><td>required;
 *     must not be blank</td></tr>
 *   <tr><td>{@code direction(Direction)}</td><td>{@link #direction()}: Which way is
 *     better</td><td>optional, default as {@link #direction()} says</td></tr>
 *   <tr><td>{@code cumulative(boolean)}</td><td>{@link #cumulative()}: Whether each value is a
 *     running total (the last value counts, not the sum of periods)</td><td>optional, default as
 *     {@link #cumulative()} says</td></tr>
 * </table>
 * <!-- builder-table:end -->
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

  /**
   * Builds {@link Indicator} values; the table "Builder methods" of {@link Indicator} lists what
   * each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}

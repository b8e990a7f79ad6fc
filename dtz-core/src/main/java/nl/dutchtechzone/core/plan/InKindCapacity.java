package nl.dutchtechzone.core.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * Capacity a partner makes available free of charge (om niet): people and time, not cash.
 *
 * <p>It is never added to cash totals. The source documents say which kinds of partner offer
 * capacity, not who or how much; so the partner and the amounts are optional.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(InKindCapacity)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of InKindCapacity sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code offeredByKind(PartnerKind)}</td><td>{@link #offeredByKind()}: The kind of
 *     partner offering the capacity</td><td>required</td></tr>
 *   <tr><td>{@code partnerId(String)}, {@code partnerId(Optional)}</td><td>{@link #partnerId()}:
 *     The partner offering it, where known</td><td>optional; an id: letters, digits, '.', '_' or
 *     '-', starting with a letter or digit</td></tr>
 *   <tr><td>{@code description(LocalizedText)}</td><td>{@link #description()}: What is
 *     offered</td><td>required</td></tr>
 *   <tr><td>{@code fte(BigDecimal)}, {@code fte(Optional)}</td><td>{@link #fte()}: How many
 *     full-time equivalents, where known</td><td>optional</td></tr>
 *   <tr><td>{@code estimatedValue(Money)}, {@code estimatedValue(Optional)}</td><td>{@link
 *     #estimatedValue()}: What the capacity would cost if it were paid, where
 *     estimated</td><td>optional; must not be negative</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InKindCapacity {

  InKindCapacity() {}

  /**
   * The kind of partner offering the capacity.
   *
   * @return the kind
   */
  public abstract PartnerKind offeredByKind();

  /**
   * The partner offering it, where known.
   *
   * @return the partner id, or empty
   */
  public abstract Optional<String> partnerId();

  /**
   * What is offered.
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * How many full-time equivalents, where known.
   *
   * @return the FTE, not negative, or empty
   */
  public abstract Optional<BigDecimal> fte();

  /**
   * What the capacity would cost if it were paid, where estimated.
   *
   * @return the estimated value, not negative, or empty
   */
  public abstract Optional<Money> estimatedValue();

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
    partnerId().ifPresent(p -> Ids.check("InKindCapacity.partnerId", p));
    if (fte().isPresent() && fte().get().signum() < 0) {
      throw new IllegalArgumentException(
          "InKindCapacity.fte must not be negative, got " + fte().get().toPlainString());
    }
    estimatedValue().ifPresent(v -> checkArgument(!v.isNegative(),
        "InKindCapacity.estimatedValue must not be negative, got %s", v));
  }

  /**
   * Builds {@link InKindCapacity} values; the table "Builder methods" of {@link InKindCapacity}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableInKindCapacity.Builder {
    Builder() {}
  }
}

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

  /** Builds {@link InKindCapacity} values. */
  public static final class Builder extends ImmutableInKindCapacity.Builder {
    Builder() {}
  }
}

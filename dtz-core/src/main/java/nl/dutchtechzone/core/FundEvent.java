package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Optional;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * Something that happened to the money of a fund or scheme: a budget, a commitment, a release
 * (vrijval) or a re-allocation (herbestemming).
 *
 * <p>The amount is always positive; the kind says which way it moves.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FundEvent {

  FundEvent() {}

  /**
   * The stable id of the event.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What happened.
   *
   * @return the kind of event
   */
  public abstract FundEventKind kind();

  /**
   * How much money it concerns.
   *
   * @return the amount, positive
   */
  public abstract Money amount();

  /**
   * When it happened, where known.
   *
   * @return the date, or empty if the source gives none
   */
  public abstract Optional<LocalDate> date();

  /**
   * Where re-allocated money goes, where known.
   *
   * @return the destination, or empty
   */
  public abstract Optional<LocalizedText> destination();

  /**
   * What the source says about the event.
   *
   * @return the description
   */
  public abstract LocalizedText description();

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
    Ids.check("FundEvent.id", id());
    checkArgument(amount().isPositive(),
        "FundEvent.amount of '%s' must be positive, got %s", id(), amount());
  }

  /** Builds {@link FundEvent} values. */
  public static final class Builder extends ImmutableFundEvent.Builder {
    Builder() {}
  }
}

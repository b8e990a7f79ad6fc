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
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(FundEvent)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of FundEvent sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code id(String)}</td><td>{@link #id()}: The stable id of the event</td><td>required;
 *     an id: letters, digits, '.', '_' or '-', starting with a letter or digit</td></tr>
 *   <tr><td>{@code kind(FundEventKind)}</td><td>{@link #kind()}: What
 *     happened</td><td>required</td></tr>
 *   <tr><td>{@code amount(Money)}</td><td>{@link #amount()}: How much money it
 *     concerns</td><td>required; must be positive</td></tr>
 *   <tr><td>{@code date(LocalDate)}, {@code date(Optional)}</td><td>{@link #date()}: When it
 *     happened, where known</td><td>optional</td></tr>
 *   <tr><td>{@code destination(LocalizedText)}, {@code destination(Optional)}</td><td>{@link
 *     #destination()}: Where re-allocated money goes, where known</td><td>optional</td></tr>
 *   <tr><td>{@code description(LocalizedText)}</td><td>{@link #description()}: What the source
 *     says about the event</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
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

  /**
   * Builds {@link FundEvent} values; the table "Builder methods" of {@link FundEvent} lists what
   * each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableFundEvent.Builder {
    Builder() {}
  }
}

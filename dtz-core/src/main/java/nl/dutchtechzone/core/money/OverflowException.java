package nl.dutchtechzone.core.money;

import java.util.Locale;

/**
 * A value is outside the range its kind holds: an amount ({@link MoneyOverflowException}) or a
 * count ({@link CountOverflowException}).
 *
 * <p>Both name what overflowed as a {@link Quantity} and render their message in a language by
 * the one language rule; a caller that treats every overflow alike (a command-line tool that
 * reports it as bad input) catches this type, one that handles amounts only catches {@link
 * MoneyOverflowException}. It is an {@link ArithmeticException}, so code that catches those keeps
 * working.
 */
public abstract sealed class OverflowException extends ArithmeticException
    permits MoneyOverflowException, CountOverflowException {

  private static final long serialVersionUID = 1L;

  /** What overflowed. */
  private final Quantity quantity;

  /**
   * An overflow of a named quantity.
   *
   * @param quantity what overflowed, not null
   * @param message the English message
   */
  OverflowException(Quantity quantity, String message) {
    super(message);
    this.quantity = quantity;
  }

  /**
   * The message in a language: what overflowed and the range of its kind, from the bundles of
   * the locale's language where there are some, English otherwise; never the default locale's.
   *
   * @param locale the language, not null
   * @return the message
   */
  public abstract String message(Locale locale);

  /**
   * What overflowed.
   *
   * @return the quantity, whose {@link Quantity#text(Locale)} names it in a language
   */
  public final Quantity quantity() {
    return quantity;
  }
}

package nl.dutchtechzone.core.money;

import static java.util.Objects.requireNonNull;

/**
 * An amount, a sum or a product is outside the range {@link Money} holds: {@link Money#MIN} to
 * {@link Money#MAX}.
 *
 * <p>Every sum in dtz is exact or ends in this exception, whose message names what overflowed,
 * such as {@code total spending of budget 2023 is too large: it overflows the range Money holds,
 * EUR -92233720368547758.08 to EUR 92233720368547758.07}. It is an {@link ArithmeticException},
 * so code that catches those keeps working; a command-line tool can treat it as bad input (the
 * figures are out of range) rather than as an internal failure.
 */
public final class MoneyOverflowException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  /** What overflowed, as the message names it. */
  private final String quantity;

  /**
   * An overflow of a named quantity.
   *
   * @param quantity what overflowed, such as {@code total spending of budget 2023}, not null
   */
  public MoneyOverflowException(String quantity) {
    super(requireNonNull(quantity, "quantity") + " is too large: it overflows the range Money"
        + " holds, " + Money.MIN + " to " + Money.MAX);
    this.quantity = quantity;
  }

  /**
   * What overflowed.
   *
   * @return the quantity, such as {@code total spending of budget 2023}
   */
  public String quantity() {
    return quantity;
  }
}

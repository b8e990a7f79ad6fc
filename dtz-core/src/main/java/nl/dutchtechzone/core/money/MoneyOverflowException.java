package nl.dutchtechzone.core.money;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * An amount, a sum or a product is outside the range {@link Money} holds: {@link Money#MIN} to
 * {@link Money#MAX}.
 *
 * <p>Every sum in dtz is exact or ends in this exception, which names what overflowed as a
 * {@link Quantity} (a message key and arguments). {@link #getMessage()} is English, such as
 * {@code total spending of budget 2023 is too large: it overflows the range Money holds, EUR
 * -92233720368547758.08 to EUR 92233720368547758.07}; {@link #message(Locale)} renders the same
 * message for a language from the bundles {@code nl/dutchtechzone/core/money/messages*.properties}
 * (the frame, key {@code overflow}) and the quantity's own bundles (English and Dutch; English for
 * a language without a bundle; never the default locale's), as {@code Violation.message(Locale)}
 * does. It is an {@link OverflowException} (as the count's {@link CountOverflowException} is)
 * and so an {@link ArithmeticException}, so code that catches those keeps working; a
 * command-line tool can treat it as bad input (the figures are out of range) rather than as an
 * internal failure.
 */
public final class MoneyOverflowException extends OverflowException {

  private static final long serialVersionUID = 2L;

  /**
   * An overflow of a named quantity.
   *
   * @param quantity what overflowed, such as {@code Quantity.of(Money.class, "budget.spending",
   *     2023)}, not null
   */
  public MoneyOverflowException(Quantity quantity) {
    super(quantity, render(requireNonNull(quantity, "quantity"), Locale.ROOT));
  }

  private static String render(Quantity quantity, Locale locale) {
    return BundleArguments.message("overflow", locale, quantity, Money.MIN, Money.MAX);
  }

  /**
   * The message in a language: the quantity and the range Money holds, from the bundles of the
   * locale's language where there are some (Dutch for {@code nl}), English otherwise; never the
   * default locale's.
   *
   * @param locale the language, not null
   * @return the message, such as {@code het uitgaventotaal van de begroting voor 2023 is te groot:
   *     het valt buiten het bereik van een bedrag, € -92.233.720.368.547.758,08 tot €
   *     92.233.720.368.547.758,07}
   */
  @Override
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return render(quantity(), locale);
  }
}

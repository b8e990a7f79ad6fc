package nl.dutchtechzone.core.money;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A count (of inhabitants, say) is too large for the range a count holds: 0 to {@link
 * Long#MAX_VALUE}.
 *
 * <p>The sibling of {@link MoneyOverflowException} for what is counted rather than paid: a count
 * is not an amount, so it neither says that it overflows the range {@link Money} holds nor is
 * caught as a money error; it names what overflowed the same way, as a {@link Quantity}, and
 * renders in a language the same way. {@link #getMessage()} is English, such as {@code total
 * inhabitants of the contribution statement for 2021 is too large: it overflows the range a
 * count holds, 0 to 9223372036854775807}; {@link #message(Locale)} renders the same message for
 * a language from the bundles {@code nl/dutchtechzone/core/money/messages*.properties} (key
 * {@code overflow.count}) and the quantity's own bundles, by the one language rule
 * ({@link nl.dutchtechzone.core.language.Languages}): English for a language without a bundle,
 * never the default locale's. Both are an {@link OverflowException}, which a command-line tool
 * catches to treat any overflow as bad input.
 */
public final class CountOverflowException extends OverflowException {

  private static final long serialVersionUID = 1L;

  /**
   * An overflow of a named count.
   *
   * @param quantity what overflowed, such as {@code Quantity.of(Quantities.class,
   *     "inhabitants.total", 2021)}, not null
   */
  public CountOverflowException(Quantity quantity) {
    super(quantity, render(requireNonNull(quantity, "quantity"), Locale.ROOT));
  }

  private static String render(Quantity quantity, Locale locale) {
    return BundleArguments.message("overflow.count", locale, quantity, Long.MAX_VALUE);
  }

  /**
   * The message in a language: the quantity and the range a count holds, from the bundles of the
   * locale's language where there are some (Dutch for {@code nl}), English otherwise; never the
   * default locale's.
   *
   * @param locale the language, not null
   * @return the message, such as {@code het totale inwonertal van de bijdrageopgave voor 2021 is
   *     te groot: het valt buiten het bereik van een aantal, 0 tot 9223372036854775807}
   */
  @Override
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return render(quantity(), locale);
  }
}

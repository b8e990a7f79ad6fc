package nl.dutchtechzone.core.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.internal.BundleMessages;

/**
 * The arguments of an overflow message as the bundle renderer takes them: an amount becomes an
 * amount in the bundle's notation, a quantity its own text in the same language. (dtz-finance
 * adapts its messages' arguments the same way in {@code finance.internal.BundleArguments}; the
 * renderer itself depends on the JDK alone, so that it can serve this package without a cycle.)
 */
final class BundleArguments {

  /** The frames of this package's overflow messages ({@code messages*.properties}). */
  private static final BundleMessages MESSAGES = BundleMessages.of(
      "nl.dutchtechzone.core.money.messages",
      (name, locale) -> ResourceBundle.getBundle(name, locale));

  private BundleArguments() {}

  /**
   * A message of this package's bundles in a language, its arguments adapted by {@link #of}.
   *
   * @param key the message's key
   * @param locale the language
   * @param arguments the arguments
   * @return the message
   */
  static String message(String key, Locale locale, Object... arguments) {
    return MESSAGES.render(key, of(List.of(arguments)), locale);
  }

  /**
   * Adapts arguments for {@link BundleMessages}.
   *
   * @param arguments the arguments
   * @return the same arguments, amounts and quantities adapted
   */
  static List<Object> of(List<?> arguments) {
    List<Object> out = new ArrayList<>(arguments.size());
    for (Object a : arguments) {
      if (a instanceof Money) {
        Money m = (Money) a;
        out.add(BundleMessages.amount("EUR " + m.toPlainString(), m.toDutchString()));
      } else if (a instanceof Quantity) {
        Quantity q = (Quantity) a;
        out.add((BundleMessages.Argument) (bundle, locale) -> q.text(locale));
      } else {
        out.add(a);
      }
    }
    return out;
  }
}

package nl.dutchtechzone.finance.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.internal.BundleMessages;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.Quantity;

/**
 * The arguments of dtz-finance's messages (violations, contribution messages) as dtz-core's
 * bundle renderer takes them: an amount becomes an amount in the bundle's notation ({@link
 * BundleMessages#amount}), a {@link LocalizedText} its text in the bundle's language (as its
 * {@code in(Locale)} picks it), a quantity its own text in the same language. The renderer depends on
 * the JDK alone, so that dtz-core's money package can use it without a cycle; dtz-core adapts the
 * arguments of its overflow messages the same way.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundleArguments {

  private BundleArguments() {}

  /**
   * Adapts arguments for {@link BundleMessages}.
   *
   * @param arguments the arguments, not null
   * @return the same arguments, amounts and quantities adapted
   */
  public static List<Object> of(List<?> arguments) {
    requireNonNull(arguments, "arguments");
    List<Object> out = new ArrayList<>(arguments.size());
    for (Object a : arguments) {
      if (a instanceof Money) {
        Money m = (Money) a;
        out.add(BundleMessages.amount("EUR " + m.toPlainString(), m.toDutchString()));
      } else if (a instanceof LocalizedText) {
        // The text in the language of the bundle that renders the message.
        LocalizedText text = (LocalizedText) a;
        out.add((BundleMessages.Argument) (bundle, locale) -> text.in(bundle.getLocale()));
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

package nl.dutchtechzone.finance.validation;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.internal.BundleMessages;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.internal.BundleArguments;

/**
 * Renders violation messages from the validation message bundles.
 *
 * <p>The bundles are {@code nl/dutchtechzone/finance/validation/messages*.properties} in this
 * module: {@code messages.properties} is English and the fallback of every other language,
 * {@code messages_nl.properties} is Dutch. A message is a pattern with placeholders {@code {0}},
 * {@code {1}}, …, replaced by the violation's arguments; there is no other syntax (a quote is a
 * quote). Arguments are formatted for the language as {@link BundleMessages} says, which renders
 * the contribution messages of dtz-finance the same way; an {@link InhabitantFigure} is its
 * {@linkplain InhabitantFigure#source(Locale) source} in the bundle's language.
 *
 * <p>The lookup does not depend on the default locale: a language without a bundle gets English,
 * whatever the machine's locale; a language's bundle that lacks a key gets English for that key.
 */
final class ValidationMessages {

  private static final BundleMessages MESSAGES =
      BundleMessages.of("nl.dutchtechzone.finance.validation.messages",
          (name, locale) -> ResourceBundle.getBundle(name, locale));

  private ValidationMessages() {}

  /**
   * The bundle for a locale's language, or the English root bundle if the language has none.
   *
   * @param locale the locale
   * @return the bundle
   */
  static ResourceBundle bundle(Locale locale) {
    return MESSAGES.bundle(locale);
  }

  /**
   * Whether the English bundle has a key.
   *
   * @param key the key
   * @return true if it has
   */
  static boolean hasKey(String key) {
    return MESSAGES.hasKey(key);
  }

  /**
   * Checks that a key exists and that there are arguments for all of its placeholders.
   *
   * @param code the code of the violation, for the message
   * @param key the key
   * @param arguments the number of arguments
   * @throws IllegalArgumentException naming the key, if not
   */
  static void checkKey(String code, String key, int arguments) {
    ResourceBundle root = bundle(Locale.ROOT);
    checkArgument(root.containsKey(key),
        "Violation.messageKey of %s must be a key of the validation messages, got '%s'", code,
        key);
    int needed = placeholders(root.getString(key)) + 1;
    checkArgument(arguments >= needed,
        "Violation of %s with messageKey '%s' needs %s argument(s), got %s", code, key, needed,
        arguments);
  }

  /**
   * The highest placeholder index in a pattern.
   *
   * @param pattern the pattern
   * @return the highest index, -1 for none
   */
  static int placeholders(String pattern) {
    return BundleMessages.placeholders(pattern);
  }

  /**
   * Renders a message.
   *
   * @param key the key, which exists in the English bundle
   * @param arguments the arguments
   * @param locale the locale
   * @return the message
   */
  static String render(String key, List<Object> arguments, Locale locale) {
    List<Object> adapted = new ArrayList<>(arguments.size());
    for (Object a : arguments) {
      if (a instanceof InhabitantFigure) {
        // The figure's source in the language of the bundle that renders the message.
        InhabitantFigure figure = (InhabitantFigure) a;
        adapted.add((BundleMessages.Argument) (bundle, l) -> figure.source(bundle.getLocale()));
      } else {
        adapted.add(a);
      }
    }
    return MESSAGES.render(key, BundleArguments.of(adapted), locale);
  }

  /**
   * The text of a key as a person of a locale reads it, without arguments.
   *
   * @param key the key, which exists in the English bundle
   * @param locale the locale
   * @return the text
   */
  static String text(String key, Locale locale) {
    return MESSAGES.text(key, locale);
  }
}

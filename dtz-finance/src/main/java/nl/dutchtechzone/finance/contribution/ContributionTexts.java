package nl.dutchtechzone.finance.contribution;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.internal.BundleMessages;
import nl.dutchtechzone.finance.internal.BundleArguments;

/**
 * The contribution messages of this package, from {@code
 * nl/dutchtechzone/finance/contribution/messages*.properties} (English, the root, and Dutch),
 * rendered as the validation messages are ({@link BundleMessages}: placeholders {@code {0}},
 * amounts and enum constants in the notation of the language, English for a language or a key
 * without a text of its own).
 */
final class ContributionTexts {

  private static final BundleMessages MESSAGES =
      BundleMessages.of("nl.dutchtechzone.finance.contribution.messages",
          (name, locale) -> ResourceBundle.getBundle(name, locale));

  private ContributionTexts() {}

  /**
   * Renders a message.
   *
   * @param locale the language
   * @param key the key, which exists in the English bundle
   * @param arguments the values of its placeholders
   * @return the message
   */
  static String render(Locale locale, String key, Object... arguments) {
    return MESSAGES.render(key, BundleArguments.of(List.of(arguments)), locale);
  }
}

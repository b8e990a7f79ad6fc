package nl.dutchtechzone.examples;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The command line's texts in one language, from the resource bundles {@code
 * nl/dutchtechzone/examples/Walkthrough.properties} (English) and {@code Walkthrough_nl.properties}
 * (Dutch). A text is a {@link String#format} pattern, filled in with {@link Locale#ROOT} so that
 * years and counts never get grouping separators from the default locale; amounts and numbers
 * for people are formatted before they are passed in.
 *
 * <p>The bundle is looked up without falling back to the default locale, so the same options
 * print the same text on every machine. This class is immutable and thread-safe.
 */
final class Messages {

  /** Dutch. */
  static final Locale DUTCH = Locale.forLanguageTag("nl");

  static final String BUNDLE = "nl.dutchtechzone.examples.Walkthrough";

  /** The languages the command line speaks, English (the default) first. */
  static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, DUTCH);

  /** The option that chooses the language. */
  private static final String LOCALE_OPTION = "--locale";

  private final ResourceBundle bundle;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The texts in a language: Dutch for {@code nl}, English for anything else.
   *
   * @param locale the language, not null
   * @return the texts
   */
  static Messages of(Locale locale) {
    requireNonNull(locale, "locale");
    Locale language = locale.getLanguage().equals(DUTCH.getLanguage()) ? DUTCH : Locale.ROOT;
    return new Messages(ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /**
   * The language a {@code --locale} value names: {@code nl} or {@code en}, in any case, with
   * white space around it ignored. The one reading of the option, for its converter and for the
   * language of the messages about arguments that did not parse.
   *
   * @param value the option's value, not null
   * @return the language, or empty if the value names none the command line speaks
   */
  static Optional<Locale> language(String value) {
    String code = value.strip().toLowerCase(Locale.ROOT);
    return LANGUAGES.stream().filter(l -> l.getLanguage().equals(code)).findFirst();
  }

  /**
   * The language that arguments ask for, also when they do not parse: the value of the last
   * {@code --locale} before the end of the options ({@code --}), if it names a language the
   * command line speaks; English otherwise, and so also when {@code --locale} itself is the bad
   * option (its value names no language to speak).
   *
   * @param args the command-line arguments, not null
   * @return the language of the messages
   */
  static Locale languageOf(String[] args) {
    Locale chosen = Locale.ENGLISH;
    for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
      String value = args[i].startsWith(LOCALE_OPTION + "=")
          ? args[i].substring(LOCALE_OPTION.length() + 1)
          : args[i].equals(LOCALE_OPTION) && i + 1 < args.length ? args[++i] : null;
      if (value != null) {
        chosen = language(value).orElse(Locale.ENGLISH);
      }
    }
    return chosen;
  }

  /**
   * The bundle itself, for picocli's help.
   *
   * @return the resource bundle of this language
   */
  ResourceBundle bundle() {
    return bundle;
  }

  /**
   * A text, filled in.
   *
   * @param key the key, not null
   * @param args the values for the pattern's {@code %s} (and the like)
   * @return the text
   * @throws java.util.MissingResourceException if the key is not in the bundle (a bug)
   */
  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
  }
}

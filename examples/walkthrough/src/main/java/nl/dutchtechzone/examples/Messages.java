package nl.dutchtechzone.examples;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
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

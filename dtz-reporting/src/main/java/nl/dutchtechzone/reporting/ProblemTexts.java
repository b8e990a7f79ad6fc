package nl.dutchtechzone.reporting;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of provider problems and exporter errors in one language, from the bundles {@code
 * nl/dutchtechzone/reporting/problems.properties} (English, the root) and {@code
 * problems_nl.properties} (Dutch). A text is a {@link String#format} pattern filled in with
 * {@link Locale#ROOT}. The bundle is looked up without falling back to the default locale, so the
 * same problem reads the same on every machine.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProblemTexts {

  static final String BUNDLE = "nl.dutchtechzone.reporting.problems";

  private final ResourceBundle bundle;

  private ProblemTexts(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The texts in a language: Dutch for {@code nl}, English for any other. */
  static ProblemTexts of(Locale locale) {
    requireNonNull(locale, "locale");
    Locale language = locale.getLanguage().equals("nl") ? new Locale("nl") : Locale.ROOT;
    return new ProblemTexts(ResourceBundle.getBundle(BUNDLE, language,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  /**
   * A text, filled in.
   *
   * @throws java.util.MissingResourceException if the key is not in the bundle
   * @throws java.util.IllegalFormatException if the arguments do not fill the pattern
   */
  String get(String key, Object... args) {
    return String.format(Locale.ROOT, bundle.getString(key), args);
  }
}

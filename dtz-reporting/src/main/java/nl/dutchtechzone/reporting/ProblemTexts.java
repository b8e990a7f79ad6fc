package nl.dutchtechzone.reporting;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import nl.dutchtechzone.reporting.internal.BundleTexts;

/**
 * The texts of provider problems and exporter errors in one language, from the bundles {@code
 * nl/dutchtechzone/reporting/problems.properties} (English, the root) and {@code
 * problems_nl.properties} (Dutch), and any other language's {@code problems_xx.properties}. A
 * text is a {@link String#format} pattern filled in with {@link Locale#ROOT}. The bundle is looked
 * up without falling back to the default locale, so the same problem reads the same on every
 * machine.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProblemTexts {

  static final String BUNDLE = "nl.dutchtechzone.reporting.problems";

  private final BundleTexts texts;

  private ProblemTexts(BundleTexts texts) {
    this.texts = texts;
  }

  /**
   * The texts in a language: its own bundle where there is one, English otherwise and for any
   * key its bundle lacks ({@link BundleTexts}).
   */
  static ProblemTexts of(Locale locale) {
    requireNonNull(locale, "locale");
    return new ProblemTexts(BundleTexts.of(BUNDLE, locale));
  }

  /**
   * A text, filled in.
   *
   * @throws java.util.MissingResourceException if the key is not in the bundle
   * @throws java.util.IllegalFormatException if the arguments do not fill the pattern
   */
  String get(String key, Object... args) {
    return texts.get(key, args);
  }
}

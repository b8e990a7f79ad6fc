package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.reporting.internal.BundleTexts;

/**
 * The words of the human-readable exports in one language: labels, headings, units, severity
 * and status names, month names, the xlsx sheet names ({@code sheet.*}) and the symbols of the
 * number notation ({@code notation.*}, read by {@link Notation}). They come from the resource
 * bundles {@code nl/dutchtechzone/reporting/document/texts[_<language>].properties} (UTF-8), one
 * file per language: {@code texts.properties} is English and the root,
 * {@code texts_nl.properties} is Dutch. A key that a language's file lacks falls back to
 * English, so adding a language is adding one file (on the class path, or patched into this
 * module) with the keys it translates. This is the one language rule of dtz ({@link Languages}),
 * read through the loader of every bundle of dtz-reporting ({@code BundleTexts}).
 *
 * <p>Texts with a placeholder ({@code {0}}) are filled with {@link #get(String, String)}; the
 * argument is inserted as it is, never formatted with the JVM's locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {

  private static final String BASE = "nl.dutchtechzone.reporting.document.texts";

  private final Locale locale;
  private final BundleTexts words;

  private Texts(Locale locale, BundleTexts words) {
    this.locale = locale;
    this.words = words;
  }

  /**
   * The texts for a locale: its language's bundle, falling back to English key by key.
   *
   * @param locale the locale, not null; only its language counts
   * @return the texts
   * @throws java.util.MissingResourceException if the English root bundle is missing (a broken
   *     jar)
   */
  public static Texts of(Locale locale) {
    return new Texts(Languages.of(locale), BundleTexts.of(BASE, locale));
  }

  /**
   * Whether a bundle file exists for a language (English always has one).
   *
   * @param language the ISO 639 language code, such as {@code nl}, not null
   * @return true if texts in that language exist
   */
  public static boolean hasLanguage(String language) {
    requireNonNull(language, "language");
    return language.equals(Languages.code(Languages.FALLBACK))
        || !BundleTexts.keysOf(BASE, language).isEmpty();
  }

  /**
   * The keys of a language's own bundle file, without the English fallback.
   *
   * @param language the ISO 639 language code, or the empty string for the English root file
   * @return the keys, sorted; empty if there is no such file
   */
  public static Set<String> keysOf(String language) {
    requireNonNull(language, "language");
    return BundleTexts.keysOf(BASE,
        language.equals(Languages.code(Languages.FALLBACK)) ? "" : language);
  }

  /**
   * The language these texts are for.
   *
   * @return the locale of the language, such as {@code nl}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * A word or text.
   *
   * @param key the key, not null
   * @return the text in this language, or in English if this language lacks it
   * @throws IllegalArgumentException if no bundle has the key
   */
  public String get(String key) {
    requireNonNull(key, "key");
    String word = words.pattern(key).orElse(null);
    if (word == null) {
      throw new IllegalArgumentException("Texts: no text with key '" + key
          + "' in the bundles of '" + locale.toLanguageTag() + "' or English");
    }
    return word;
  }

  /**
   * A word or text, if a bundle has it.
   *
   * @param key the key, not null
   * @return the text in this language, or in English if this language lacks it; empty if no
   *     bundle has the key
   */
  public Optional<String> find(String key) {
    requireNonNull(key, "key");
    return words.pattern(key);
  }

  /**
   * A text with its placeholder {@code {0}} replaced by an argument.
   *
   * @param key the key, not null
   * @param argument what to put in the place of {@code {0}}, not null
   * @return the filled-in text
   * @throws IllegalArgumentException if no bundle has the key
   */
  public String get(String key, String argument) {
    requireNonNull(argument, "argument");
    return get(key).replace("{0}", argument);
  }

  /**
   * A date in words: {@code 16 mei 2023}, {@code 16 May 2023}.
   *
   * @param date the date, not null
   * @return the date in this language
   */
  public String date(LocalDate date) {
    requireNonNull(date, "date");
    return date.getDayOfMonth() + " " + get("month." + date.getMonthValue()) + " "
        + date.getYear();
  }
}

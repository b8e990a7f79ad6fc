package nl.dutchtechzone.core.language;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The one language rule of dtz: which languages the library has texts in, which language a
 * {@link Locale} gets, and which resource bundle it reads. Every text that dtz chooses for a
 * person (bundle messages, the words of the exports, the data's own Dutch and English texts,
 * fixed texts per language of custom rules and provider problems, the command line's texts) is
 * chosen through it; exporter plugins call it too, which is why it is public API and not a
 * helper of the library's own.
 *
 * <p>The rule:
 *
 * <ul>
 *   <li>Only a locale's <b>language</b> counts ({@link #of(Locale)}): {@code nl}, {@code nl-BE}
 *       and {@code nl-NL} are Dutch; {@code en-GB} is English; country, script and variant never
 *       choose a text.
 *   <li>dtz ships texts in English and Dutch ({@link #shipped()}); any other language comes
 *       with bundle files of its own ({@code messages_fy.properties}), on the class path or in
 *       the module that holds the family.
 *   <li>Where there is no text in the wanted language, the text is <b>English</b>, the
 *       {@link #FALLBACK} ({@link #choose}). A locale without a language ({@link Locale#ROOT})
 *       gets English.
 *   <li>A bundle family is read in the locale's language if it has a bundle for it, else in
 *       English, its root bundle; a key the language's bundle lacks is read from English
 *       ({@link #bundle}). The JVM's default locale never takes part, so the same call gives
 *       the same text on every machine.
 * </ul>
 *
 * <p>A class of static methods in a package of its own that depends on the JDK alone, rather
 * than methods on a value type such as {@code LocalizedText}: the rule serves bundles and texts
 * that are not values (the money package's overflow messages, the command line), and every
 * package of dtz-core can use it without a cycle.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Languages {

  /** English ({@code en}): the language of every root bundle and the fallback. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  /** Dutch ({@code nl}): the language of the source documents. */
  public static final Locale DUTCH = new Locale("nl");

  /** The language a text falls back to where there is none in the wanted one: English. */
  public static final Locale FALLBACK = ENGLISH;

  private static final List<Locale> SHIPPED = List.of(ENGLISH, DUTCH);

  private Languages() {}

  /**
   * How the module that holds a bundle family loads its bundle for one locale. On the module
   * path {@link ResourceBundle#getBundle(String, Locale)} finds the bundles of its caller's
   * module only, so the loader is code of that module, usually {@code ResourceBundle::getBundle}
   * written there.
   */
  @FunctionalInterface
  public interface BundleLoader {

    /**
     * Loads a bundle, with the JDK's fallbacks.
     *
     * @param baseName the family's base name, not null
     * @param locale the locale, not null
     * @return the bundle
     * @throws MissingResourceException if the family has no bundle for the locale or its
     *     fallbacks
     */
    ResourceBundle load(String baseName, Locale locale);
  }

  /**
   * The languages dtz ships texts in, English (the fallback) first.
   *
   * @return English and Dutch, unmodifiable
   */
  public static List<Locale> shipped() {
    return SHIPPED;
  }

  /**
   * The language a locale gets: its language alone, as a locale ({@code nl-BE} and {@code nl-NL}
   * give {@code nl}, {@code en-GB} gives {@code en}, {@code fr-CA} gives {@code fr}); English
   * for a locale without a language, such as {@link Locale#ROOT}.
   *
   * @param locale the locale, not null
   * @return the locale of the language, with no country, script or variant
   */
  public static Locale of(Locale locale) {
    requireNonNull(locale, "locale");
    String language = locale.getLanguage();
    if (language.isEmpty()) {
      return FALLBACK;
    }
    if (locale.getCountry().isEmpty() && locale.getVariant().isEmpty()
        && locale.getScript().isEmpty() && !locale.hasExtensions()) {
      return locale;
    }
    return new Locale(language);
  }

  /**
   * The ISO 639 code of the language a locale gets ({@link #of(Locale)}): {@code nl} for
   * {@code nl-BE}, {@code en} for {@link Locale#ROOT}. The key of fixed texts per language, and
   * the language tag of a document.
   *
   * @param locale the locale, not null
   * @return the lower-case language code, not empty
   */
  public static String code(Locale locale) {
    return of(locale).getLanguage();
  }

  /**
   * Chooses a text by the rule: the one in the locale's language if there is one, else the
   * English one ({@link #FALLBACK}).
   *
   * @param <T> the type of the text
   * @param locale the wanted locale, not null
   * @param inLanguage the text in a language, given its ISO 639 code ({@code nl}, {@code en},
   *     ...), or empty if there is none in that language; not null
   * @return the text in the locale's language, else in English; empty if neither exists
   */
  public static <T> Optional<T> choose(Locale locale,
      Function<? super String, Optional<T>> inLanguage) {
    requireNonNull(inLanguage, "inLanguage");
    String language = code(locale);
    Optional<T> text = requireNonNull(inLanguage.apply(language), "inLanguage result");
    if (text.isPresent() || language.equals(FALLBACK.getLanguage())) {
      return text;
    }
    return requireNonNull(inLanguage.apply(FALLBACK.getLanguage()), "inLanguage result");
  }

  /**
   * The bundle of a family that a locale reads: the bundle of the locale's language if the
   * family has one, else the English root bundle; a key the language's bundle lacks is read
   * from English (its parent). Never the bundle of the JVM's default locale: {@link
   * ResourceBundle#getBundle(String, Locale)} falls back to the default locale before the root,
   * so a bundle of another language than the wanted one is put aside for the root bundle.
   * ({@code ResourceBundle.Control.getNoFallbackControl} would say the same, but a named
   * module cannot pass a {@code Control}.)
   *
   * @param baseName the family's base name, such as {@code nl.dutchtechzone.core.money.messages},
   *     not null
   * @param locale the wanted locale, not null; only its language counts
   * @param loader how the module that holds the family loads it, not null
   * @return the bundle
   * @throws MissingResourceException if the family has no root (English) bundle
   */
  public static ResourceBundle bundle(String baseName, Locale locale, BundleLoader loader) {
    requireNonNull(baseName, "baseName");
    requireNonNull(loader, "loader");
    Locale language = of(locale);
    ResourceBundle b = loader.load(baseName, language);
    if (!b.getLocale().getLanguage().equals(language.getLanguage())) {
      b = loader.load(baseName, Locale.ROOT);
    }
    return b;
  }
}

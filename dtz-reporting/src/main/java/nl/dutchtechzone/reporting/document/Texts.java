package nl.dutchtechzone.reporting.document;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the human-readable exports in one language: labels, headings, units, severity
 * and status names, month names, the xlsx sheet names ({@code sheet.*}) and the symbols of the
 * number notation ({@code notation.*}, read by {@link Notation}). They come from the resource
 * bundles {@code nl/dutchtechzone/reporting/document/texts[_<language>].properties} (UTF-8), one
 * file per language: {@code texts.properties} is English and the root,
 * {@code texts_nl.properties} is Dutch. A key that a language's file lacks falls back to English, so adding a language is
 * adding one file (on the class path, or patched into this module) with the keys it translates.
 *
 * <p>Texts with a placeholder ({@code {0}}) are filled with {@link #get(String, String)}; the
 * argument is inserted as it is, never formatted with the JVM's locale.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Texts {

  private static final String BASE = "texts";
  private static final Map<String, Map<String, String>> FILES = new ConcurrentHashMap<>();

  private final Locale locale;
  private final Map<String, String> words;

  private Texts(Locale locale, Map<String, String> words) {
    this.locale = locale;
    this.words = words;
  }

  /**
   * The texts for a locale: its language's bundle, falling back to English key by key.
   *
   * @param locale the locale, not null; only its language counts
   * @return the texts
   * @throws UncheckedIOException if a bundle cannot be read
   */
  public static Texts of(Locale locale) {
    requireNonNull(locale, "locale");
    String language = locale.getLanguage();
    Map<String, String> words = new HashMap<>(file(""));
    if (!language.isEmpty() && !language.equals("en")) {
      words.putAll(file(language));
    }
    return new Texts(Locale.forLanguageTag(language.isEmpty() ? "en" : language),
        Collections.unmodifiableMap(words));
  }

  /**
   * Whether a bundle file exists for a language (English always has one).
   *
   * @param language the ISO 639 language code, such as {@code nl}, not null
   * @return true if texts in that language exist
   */
  public static boolean hasLanguage(String language) {
    requireNonNull(language, "language");
    return language.equals("en") || !file(language).isEmpty();
  }

  /**
   * The keys of a language's own bundle file, without the English fallback.
   *
   * @param language the ISO 639 language code, or the empty string for the English root file
   * @return the keys, sorted; empty if there is no such file
   */
  public static Set<String> keysOf(String language) {
    requireNonNull(language, "language");
    return Collections.unmodifiableSet(new TreeSet<>(file(language.equals("en") ? ""
        : language).keySet()));
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
    String word = words.get(key);
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
    return Optional.ofNullable(words.get(key));
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

  private static Map<String, String> file(String language) {
    return FILES.computeIfAbsent(language, Texts::load);
  }

  private static Map<String, String> load(String language) {
    String name = language.isEmpty() ? BASE + ".properties" : BASE + "_" + language
        + ".properties";
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        return Map.of();
      }
      Properties p = new Properties();
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(reader);
      }
      Map<String, String> words = new HashMap<>();
      for (String key : p.stringPropertyNames()) {
        words.put(key, p.getProperty(key));
      }
      return Collections.unmodifiableMap(words);
    } catch (IOException e) {
      throw new UncheckedIOException("Texts: cannot read the bundle " + name, e);
    }
  }
}

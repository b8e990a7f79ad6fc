package nl.dutchtechzone.reporting.internal;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import nl.dutchtechzone.core.language.Languages;

/**
 * The texts of one family of resource bundles in one language, for messages that carry a key and
 * arguments and are rendered for a locale (provider problems, CBS reader errors, tracking
 * errors, dataset problems). A text is a {@link String#format} pattern filled in with
 * {@link Locale#ROOT}.
 *
 * <p>The language rule is that of every bundle of dtz, stated once in dtz-core ({@link
 * Languages#bundle}): the bundle of the locale's language if there is one ({@code
 * problems_de.properties} for {@code de}), else English, the root bundle; a key the language's
 * bundle lacks falls back to English. The default locale never takes part, so the same message
 * reads the same on every machine; adding a language is adding bundle files. The families are
 * this module's, loaded by its own code.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundleTexts {

  private final ResourceBundle bundle;

  private BundleTexts(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /**
   * The texts of a bundle family in a locale's language.
   *
   * @param baseName the bundle's base name, such as {@code nl.dutchtechzone.reporting.problems},
   *     not null
   * @param locale the locale whose language is wanted, not null
   * @return the texts
   * @throws MissingResourceException if the family has no root (English) bundle
   */
  public static BundleTexts of(String baseName, Locale locale) {
    return new BundleTexts(Languages.bundle(baseName, locale,
        (name, language) -> ResourceBundle.getBundle(name, language)));
  }

  /**
   * A text, filled in.
   *
   * @param key the key, not null
   * @param args the values of the pattern's placeholders
   * @return the text
   * @throws MissingResourceException if the key is in no bundle of the family (a bug)
   * @throws java.util.IllegalFormatException if the arguments do not fill the pattern (a bug)
   */
  public String get(String key, Object... args) {
    return String.format(Locale.ROOT, bundle.getString(key), args);
  }

  /**
   * The pattern of a key as it stands in the bundle, not filled in.
   *
   * @param key the key, not null
   * @return the pattern in this language, or in English if this language lacks it; empty if no
   *     bundle of the family has the key
   */
  public Optional<String> pattern(String key) {
    requireNonNull(key, "key");
    return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
  }

  /**
   * The keys of one language's own bundle file, without the English fallback: what a same-keys
   * test compares.
   *
   * @param baseName the bundle's base name, not null
   * @param language an ISO 639 language code, or the empty string for the English root file
   * @return the keys, sorted; empty if the language has no file
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public static Set<String> keysOf(String baseName, String language) {
    requireNonNull(baseName, "baseName");
    requireNonNull(language, "language");
    String name = "/" + baseName.replace('.', '/') + (language.isEmpty() ? "" : "_" + language)
        + ".properties";
    try (InputStream in = BundleTexts.class.getResourceAsStream(name)) {
      if (in == null) {
        return Set.of();
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Collections.unmodifiableSet(new TreeSet<>(p.stringPropertyNames()));
    } catch (IOException e) {
      throw new UncheckedIOException("the bundle file " + name + " cannot be read", e);
    }
  }

  /**
   * Whether the family has a text for a key, in this language or in English.
   *
   * @param key the key, not null
   * @return true if it has
   */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}

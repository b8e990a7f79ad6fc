package nl.dutchtechzone.examples;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import nl.dutchtechzone.core.language.Languages;

/**
 * The command line's texts in one language, from the resource bundles {@code
 * nl/dutchtechzone/examples/Walkthrough.properties} (English, the root) and {@code
 * Walkthrough_nl.properties} (Dutch), and any other language's {@code Walkthrough_xx.properties}
 * on the class path. A text is a {@link String#format} pattern, filled in with {@link
 * Locale#ROOT} so that years and counts never get grouping separators from the default locale;
 * amounts and numbers for people are formatted before they are passed in.
 *
 * <p>The language rule is the library's one public rule ({@link Languages#bundle}): the bundle
 * of the chosen language if there is one, else English; a key that bundle lacks falls back to
 * English. The default locale never takes part, so the same options print the same text on
 * every machine. The command line ships bundles for {@link Languages#shipped()}.
 * This class is immutable and thread-safe.
 */
final class Messages {

  /** Dutch, {@link Languages#DUTCH}. */
  static final Locale DUTCH = Languages.DUTCH;

  static final String BUNDLE = "nl.dutchtechzone.examples.Walkthrough";

  /** The option that chooses the language. */
  private static final String LOCALE_OPTION = "--locale";

  private final Locale locale;
  private final ResourceBundle bundle;

  private Messages(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The texts in a language: its bundle where there is one, English otherwise and for every key
   * its bundle lacks.
   *
   * @param locale the language, not null
   * @return the texts
   */
  static Messages of(Locale locale) {
    requireNonNull(locale, "locale");
    return new Messages(locale,
        Languages.bundle(BUNDLE, locale, (name, l) -> ResourceBundle.getBundle(name, l)));
  }

  /**
   * The language a {@code --locale} value names: a well-formed BCP 47 language tag, in any case,
   * with white space around it ignored, whose language the JDK knows by name ({@code nl}, {@code
   * en}, {@code de}, {@code fy}, {@code nl-BE}, ...). The one reading of the option, for its
   * converter and for the language of the messages about arguments that did not parse.
   *
   * @param value the option's value, not null
   * @return the locale, or empty if the value names no language
   */
  static Optional<Locale> language(String value) {
    String tag = value.strip();
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
    String language = locale.getLanguage();
    if (language.isEmpty()
        || locale.getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(language)) {
      return Optional.empty();
    }
    return Optional.of(locale);
  }

  /**
   * The language that arguments ask for, also when they do not parse: the value of the last
   * {@code --locale} before the end of the options ({@code --}), if it names a language; English
   * otherwise, and so also when {@code --locale} itself is the bad option (its value names no
   * language to speak).
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
   * The locale these texts are for, as chosen (its bundle may be English).
   *
   * @return the locale
   */
  Locale locale() {
    return locale;
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

  /**
   * Why a file could not be read, in this language where the command line knows the reason (no
   * such file, no access), else the JDK's own reason as it gave it.
   *
   * @param e the failure, not null
   * @return the reason, without the file name the caller's text already gives
   */
  String ioReason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return get("io.noSuchFile");
    }
    if (e instanceof AccessDeniedException) {
      return get("io.accessDenied");
    }
    if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      return ((FileSystemException) e).getReason();
    }
    return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
  }
}

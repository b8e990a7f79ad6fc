package nl.dutchtechzone.reporting.tracking;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Locale;
import nl.dutchtechzone.reporting.internal.BundleTexts;

/**
 * Tracking input that does not fit together: a link, status assessment, target, indicator value,
 * budget or statement line or variance explanation that names an id the input does not have.
 * Thrown by {@link Tracker#track}; the message names the item, the id and what exists.
 *
 * <p>The exception holds no text of its own language: it carries a message key and arguments,
 * and {@link #message(Locale)} renders them from the tracking bundles of dtz-reporting ({@code
 * nl/dutchtechzone/reporting/tracking/messages*.properties}, English and Dutch; a language
 * without a bundle, or a key its bundle lacks, gets English), as {@code ProviderProblem} does.
 * {@link #getMessage()} is the English message. Ids, years and lists of ids are not translated.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TrackingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The base name of the tracking message bundles. */
  static final String BUNDLE = "nl.dutchtechzone.reporting.tracking.messages";

  /** The message: its key and arguments. */
  private final Part text;

  TrackingException(String key, Object... arguments) {
    this(new Part(key, arguments));
  }

  private TrackingException(Part text) {
    super(text.render(Locale.ENGLISH));
    this.text = text;
  }

  /**
   * The message in a language: from the tracking bundle of the locale's language where there is
   * one (Dutch for {@code nl}), English otherwise and for any key that bundle lacks; never the
   * default locale's.
   *
   * @param locale the language, not null
   * @return the message
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return text.render(locale);
  }

  /**
   * A phrase of a message: a key and its arguments, each a value (written as it is) or another
   * phrase (rendered in the same language), such as the item a message is about.
   */
  static final class Part implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** The key of the phrase's text in the tracking bundles. */
    private final String key;
    /** The arguments: strings, and phrases rendered in the same language. */
    private final Object[] arguments;

    Part(String key, Object... arguments) {
      this.key = requireNonNull(key, "key");
      this.arguments = Arrays.stream(arguments)
          .map(a -> a instanceof Part ? a : String.valueOf(a)).toArray();
    }

    String render(Locale locale) {
      BundleTexts texts = BundleTexts.of(BUNDLE, locale);
      Object[] filled = Arrays.stream(arguments)
          .map(a -> a instanceof Part ? ((Part) a).render(locale) : a).toArray();
      return texts.get(key, filled);
    }
  }
}

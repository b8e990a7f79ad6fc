package nl.dutchtechzone.reporting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.language.Languages;
import org.immutables.value.Value;

/**
 * A provider of {@link nl.dutchtechzone.reporting.spi.ReportExporter} that could not be used, and
 * why: a class that is missing, is not an exporter, cannot be created or describes itself
 * wrongly; a malformed line in a services file; a format id claimed by a provider that won; or a
 * plugin jar that cannot be read.
 *
 * <p>The registry collects these instead of failing, so that one broken plugin never hides the
 * others; callers read them from {@link Exporters#problems()}.
 *
 * <p>A problem holds no text of its own language: the registry's problems carry a message key
 * and arguments, and {@link #message(Locale)} renders them from the provider-problem bundles of
 * dtz-reporting (English and Dutch). A problem that an application reports itself ({@link
 * Exporters.Builder#problem}) gives fixed texts per language instead ({@link
 * Builder#message(String)} for English, {@code putTexts(language, text)} for others), as {@code
 * Violation} does. The arguments are names, paths and technical details (an exception's class and
 * message as the JDK or the plugin wrote them); they are not translated.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProviderProblem {

  /** What went wrong with a provider. */
  public enum Kind {
    /** A class named as a provider does not exist, or cannot be linked. */
    NOT_FOUND,
    /** A class named as a provider does not implement the exporter interface. */
    NOT_A_SUBTYPE,
    /** The provider has no public no-argument constructor, or its constructor threw. */
    NOT_INSTANTIABLE,
    /** A line of a services file is not a class name. */
    BAD_SERVICES_LINE,
    /** The provider was created but its format id, media type or extension is unusable. */
    INVALID_DESCRIPTION,
    /** The provider claims a format id that another provider won; it was set aside. */
    DUPLICATE_FORMAT,
    /**
     * A source of providers, such as a plugin jar, cannot be read at all (empty, corrupt, not a
     * jar); whatever it holds was not loaded. Reported by the application that chose the source,
     * through {@link Exporters.Builder#problem}.
     */
    UNREADABLE_SOURCE,
    /** Loading failed in a way the registry does not recognise; the message says how. */
    OTHER
  }

  ProviderProblem() {}

  /**
   * What went wrong.
   *
   * @return the kind of problem
   */
  public abstract Kind kind();

  /**
   * The provider class, where it is known.
   *
   * @return the fully qualified class name, or empty (for a malformed services line, say)
   */
  public abstract Optional<String> providerClass();

  /**
   * Where the provider was declared, where it is known.
   *
   * @return the services file and line, such as {@code jar:file:/x.jar!/META-INF/services/...:3},
   *     or empty
   */
  public abstract Optional<String> location();

  /**
   * The key of the message in the provider-problem bundles, such as {@code notFound}; empty for
   * a problem with fixed {@link #texts()}.
   *
   * @return the key, or empty
   */
  public abstract Optional<String> messageKey();

  /**
   * The values of the message's placeholders, in order: class names, locations and technical
   * details, not translated.
   *
   * @return the arguments, empty for fixed texts
   */
  public abstract List<String> arguments();

  /**
   * Fixed texts by language ({@code en}, {@code nl}, ...), for a problem without a message key.
   *
   * @return the texts by lower-case language code, English among them; empty with a key
   */
  public abstract Map<String, String> texts();

  /**
   * What went wrong, in English, including the cause.
   *
   * @return the message, not blank
   */
  public final String message() {
    return message(Locale.ENGLISH);
  }

  /**
   * What went wrong, in a language, including the cause: from the bundle of the locale's
   * language where there is one (Dutch for {@code nl}), English for any language or key without
   * texts of its own (never the default locale's).
   *
   * @param locale the language, not null
   * @return the message, not blank
   */
  public final String message(Locale locale) {
    requireNonNull(locale, "locale");
    Optional<String> key = messageKey();
    if (key.isPresent()) {
      return ProblemTexts.of(locale).get(key.get(), arguments().toArray());
    }
    return Languages.choose(locale, language -> Optional.ofNullable(texts().get(language)))
        .orElseThrow(() -> new IllegalStateException("ProviderProblem " + kind()
            + " has no English text, which its check requires"));
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static final String ENGLISH = "en";
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  @Value.Check
  final void check() {
    Optional<String> key = messageKey();
    if (key.isPresent()) {
      checkArgument(texts().isEmpty(), "ProviderProblem with messageKey '%s' must not have fixed"
          + " texts too, got %s", key.get(), texts().keySet());
      try {
        ProblemTexts.of(Locale.ROOT).get(key.get(), arguments().toArray());
      } catch (MissingResourceException e) {
        throw new IllegalArgumentException("ProviderProblem.messageKey '" + key.get()
            + "' is not a key of the provider-problem bundles", e);
      } catch (java.util.IllegalFormatException e) {
        throw new IllegalArgumentException("ProviderProblem.arguments " + arguments()
            + " do not fill the message '" + key.get() + "': " + e.getMessage(), e);
      }
      return;
    }
    checkArgument(arguments().isEmpty(), "ProviderProblem.arguments %s need a messageKey",
        arguments());
    checkArgument(texts().containsKey(ENGLISH), "ProviderProblem needs a messageKey or an English"
        + " message (texts 'en'), got texts for %s", texts().keySet());
    texts().forEach((language, text) -> {
      checkArgument(LANGUAGE.matcher(language).matches(), "ProviderProblem.texts language must"
          + " be a lower-case language code such as en or nl, got '%s'", language);
      checkArgument(!text.isBlank(), "ProviderProblem.texts '%s' must not be blank", language);
    });
  }

  /**
   * Builds {@link ProviderProblem} values; the kind is required, and either a message key (with
   * its arguments) or an English message.
   */
  public static final class Builder extends ImmutableProviderProblem.Builder {
    Builder() {}

    /**
     * Sets the English fixed text, for a problem without a message key.
     *
     * @param english what went wrong, in English, not blank
     * @return this builder
     */
    public Builder message(String english) {
      return putTexts(ENGLISH, requireNonNull(english, "english"));
    }
  }
}

package nl.dutchtechzone.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.core.language.Languages;
import org.immutables.value.Value;

/**
 * A text in Dutch, the language of the source documents, with an optional English reading.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(LocalizedText)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of LocalizedText sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code nl(String)}</td><td>{@link #nl()}: The Dutch text</td><td>required; must not be
 *     blank</td></tr>
 *   <tr><td>{@code en(String)}, {@code en(Optional)}</td><td>{@link #en()}: The English reading,
 *     where one is known</td><td>optional; must not be blank</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LocalizedText {

  LocalizedText() {}

  /**
   * The Dutch text.
   *
   * @return the text as the source document has it, not blank
   */
  @Value.Parameter
  public abstract String nl();

  /**
   * The English reading, where one is known.
   *
   * @return the English text, or empty
   */
  @Value.Parameter
  public abstract Optional<String> en();

  /**
   * Creates a text with both a Dutch and an English reading.
   *
   * @param nl the Dutch text, not null, not blank
   * @param en the English text, not null, not blank
   * @return the text
   * @throws IllegalArgumentException if either text is blank
   */
  public static LocalizedText of(String nl, String en) {
    return ImmutableLocalizedText.of(nl, Optional.of(requireNonNull(en, "en")));
  }

  /**
   * Creates a text that exists in Dutch only.
   *
   * @param nl the Dutch text, not null, not blank
   * @return the text
   * @throws IllegalArgumentException if the text is blank
   */
  public static LocalizedText dutch(String nl) {
    return ImmutableLocalizedText.of(nl, Optional.empty());
  }

  /**
   * The text for a locale, by the one language rule ({@link Languages#choose}): the reading in
   * the locale's language where this text has one (Dutch for {@code nl}, {@code nl-BE}, ...;
   * English for {@code en}, {@code en-GB}, ...), else the English reading, English being the
   * language dtz falls back to; the Dutch text where there is no English reading. So {@code fr}
   * and {@link Locale#ROOT} get the English reading.
   *
   * @param locale the wanted locale, not null; only its language counts
   * @return the text, never null
   */
  public String in(Locale locale) {
    requireNonNull(locale, "locale");
    return Languages.choose(locale, this::reading).orElse(nl());
  }

  /** The reading in a language, by its ISO 639 code, where this text has one. */
  private Optional<String> reading(String language) {
    switch (language) {
      case "nl":
        return Optional.of(nl());
      case "en":
        return en();
      default:
        return Optional.empty();
    }
  }

  @Value.Check
  final void check() {
    checkArgument(!nl().isBlank(), "LocalizedText.nl must not be blank, got '%s'", nl());
    en().ifPresent(
        e -> checkArgument(!e.isBlank(), "LocalizedText.en must not be blank, got '%s'", e));
  }

  /**
   * A new builder that sets the fields by name, for code that binds values field by field (such
   * as the dataset reader); the factory {@code of} is the short form. {@code build()} checks
   * the same rules.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link LocalizedText} values; obtain one through {@link LocalizedText#builder()}. */
  public static final class Builder extends ImmutableLocalizedText.Builder {
    Builder() {}
  }
}

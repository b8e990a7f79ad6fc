package nl.dutchtechzone.finance.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.language.Languages;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.Quantity;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import org.immutables.value.Value;

/**
 * One thing wrong with a budget, a statement or a programme year: a stable code, a severity, the
 * path of the offending item, the expected and actual amounts where the rule compares amounts,
 * and a message that is rendered for a locale from resource bundles.
 *
 * <p>A violation holds no text of its own: it carries a message key and arguments, and {@link
 * #message(Locale)} renders them from the validation message bundles of dtz-finance (English and
 * Dutch; see {@code docs/validation-rules.md} for the keys and for how to add a language). Dutch
 * messages write amounts in Dutch notation ({@code € 289.467,21}), English ones in plain
 * notation with the currency ({@code EUR 289467.21}). A custom rule that has no bundle of its own
 * gives fixed texts per language instead ({@link Builder#messageEn(String)}, {@link
 * Builder#messageNl(String)}).
 *
 * <p>Built-in rules use codes {@code DTZ-F001} to {@code DTZ-F099} (see {@link RuleCodes} and
 * the table in {@link Validators}); custom rules may use any code of upper-case letters, digits
 * and dashes, such as {@code ACME-001}.
 *
 * <h2>Sign of a difference</h2>
 *
 * <p>Every difference dtz reports is <b>actual minus expected</b>: what was found (the lines
 * added up, the carried-forward amount, the final figure) minus what it was compared with (the
 * stated total, the previous closing balance, the estimate). A negative difference means less
 * was found than expected. {@link #difference()} gives it; messages print it; the JSON export's
 * {@code statementTotals.spendingDifference} uses it.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Violation)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Violation sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code code(String)}</td><td>{@link #code()}: The stable code of the rule that was
 *     violated</td><td>required; upper-case letters and digits in dash-separated parts, such as
 *     {@code DTZ-F002} or {@code ACME-001}</td></tr>
 *   <tr><td>{@code severity(Severity)}</td><td>{@link #severity()}: How serious the violation
 *     is</td><td>required</td></tr>
 *   <tr><td>{@code path(String)}</td><td>{@link #path()}: Where the offending item is, such as
 *     {@code statement[2022].spending}</td><td>required; must not be blank</td></tr>
 *   <tr><td>{@code expected(Money)}, {@code expected(Optional)}</td><td>{@link #expected()}: The
 *     amount the rule expected, where it compares amounts</td><td>optional</td></tr>
 *   <tr><td>{@code actual(Money)}, {@code actual(Optional)}</td><td>{@link #actual()}: The amount
 *     found, where the rule compares amounts</td><td>optional</td></tr>
 *   <tr><td>{@code messageKey(String)}, {@code messageKey(Optional)}</td><td>{@link
 *     #messageKey()}: The key of the message in the validation message bundles, such as {@code
 *     DTZ-F002} or {@code DTZ-F008.statement}; empty for a violation with fixed {@link
 *     #texts()}</td><td>optional; a key of the validation message bundles; either it or fixed
 *     texts, not both</td></tr>
 *   <tr><td>{@code addArguments(Object)}, {@code addArguments(Object...)}, {@code
 *     addAllArguments(Iterable)}, {@code arguments(Iterable)}</td><td>{@link #arguments()}: The
 *     values the message's placeholders {@code {0}}, {@code {1}}, … stand for, formatted for the
 *     locale when the message is rendered (amounts in the notation of the language, a {@link
 *     nl.dutchtechzone.core.LocalizedText} in the language as its {@code in(Locale)} picks it, a
 *     {@link Quantity} in the same language, an {@link InhabitantFigure} as its source in the
 *     language, {@link InhabitantFigure#source(Locale)})</td><td>any number; at least as many as
 *     the message's placeholders; each a {@code String}, {@code Integer}, {@code Long}, {@code
 *     BigDecimal}, {@link Money}, {@link LocalDate}, {@link LocalizedText}, {@link Quantity},
 *     {@link InhabitantFigure} or enum constant</td></tr>
 *   <tr><td>{@code putTexts(Entry)}, {@code putTexts(String, String)}, {@code putAllTexts(Map)},
 *     {@code texts(Map)}</td><td>{@link #texts()}: Fixed messages per language (ISO 639 code such
 *     as {@code en}), for custom rules without a bundle; empty for a violation with a {@link
 *     #messageKey()}</td><td>any number; fixed texts per language, English required, none blank;
 *     either these or a message key</td></tr>
 *   <tr><td>{@link Builder#messageEn(String)}</td><td>Sets the fixed English message, for a custom
 *     rule without a bundle</td><td>sets the English entry of {@link #texts()}</td></tr>
 *   <tr><td>{@link Builder#messageNl(String)}</td><td>Sets the fixed Dutch message, for a custom
 *     rule without a bundle</td><td>sets the Dutch entry of {@link #texts()}</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  Violation() {}

  /**
   * The stable code of the rule that was violated.
   *
   * @return the code, such as {@code DTZ-F002}
   */
  public abstract String code();

  /**
   * How serious the violation is.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * Where the offending item is, such as {@code statement[2022].spending}.
   *
   * @return the path, not blank
   */
  public abstract String path();

  /**
   * The amount the rule expected, where it compares amounts.
   *
   * @return the expected amount, or empty
   */
  public abstract Optional<Money> expected();

  /**
   * The amount found, where the rule compares amounts.
   *
   * @return the actual amount, or empty
   */
  public abstract Optional<Money> actual();

  /**
   * The key of the message in the validation message bundles, such as {@code DTZ-F002} or
   * {@code DTZ-F008.statement}; empty for a violation with fixed {@link #texts()}.
   *
   * @return the key, or empty
   */
  public abstract Optional<String> messageKey();

  /**
   * The values the message's placeholders {@code {0}}, {@code {1}}, … stand for, formatted for
   * the locale when the message is rendered (amounts in the notation of the language, a {@link
   * nl.dutchtechzone.core.LocalizedText} in the language as its {@code in(Locale)} picks it, a
   * {@link Quantity} in the same language, an {@link InhabitantFigure} as its source in the
   * language, {@link InhabitantFigure#source(Locale)}).
   *
   * @return the arguments, possibly empty
   */
  public abstract List<Object> arguments();

  /**
   * Fixed messages per language (ISO 639 code such as {@code en}), for custom rules without a
   * bundle; empty for a violation with a {@link #messageKey()}.
   *
   * @return the texts by language
   */
  public abstract Map<String, String> texts();

  /**
   * Actual minus expected, where the rule compares amounts.
   *
   * @return the difference; empty if either amount is absent or if the difference is outside
   *     the range {@link Money} holds
   */
  public Optional<Money> difference() {
    if (expected().isEmpty() || actual().isEmpty()) {
      return Optional.empty();
    }
    return V.difference(actual().get(), expected().get());
  }

  /**
   * The message for a locale, by the one language rule ({@link Languages}): rendered from the
   * bundle of its language; a language without a bundle, or a key its bundle lacks, falls back
   * to English. Fixed texts: the text of the locale's language, else the English one.
   *
   * @param locale the wanted locale, not null
   * @return the message
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    if (messageKey().isPresent()) {
      return ValidationMessages.render(messageKey().get(), arguments(), locale);
    }
    return Languages.choose(locale, language -> Optional.ofNullable(texts().get(language)))
        .orElseThrow(() -> new IllegalStateException("Violation " + code() + " has no English"
            + " text, which its check requires"));
  }

  /**
   * The message in English, the same as {@code message(Locale.ENGLISH)}.
   *
   * @return the message, not blank
   */
  public String messageEn() {
    return message(Locale.ENGLISH);
  }

  /**
   * The message in Dutch, the same as {@code message(Languages.DUTCH)}.
   *
   * @return the message, not blank
   */
  public String messageNl() {
    return message(Languages.DUTCH);
  }

  /**
   * Whether this is an error rather than a warning.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity() == Severity.ERROR;
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A one-line description for logs and test failures: code, severity, path and English message.
   *
   * @return the description, such as {@code DTZ-F002 ERROR at statement[2022].spending: ...}
   */
  @Override
  public String toString() {
    return code() + " " + severity() + " at " + path() + ": " + messageEn();
  }

  @Value.Check
  final void check() {
    checkArgument(CODE.matcher(code()).matches(),
        "Violation.code must be upper-case letters and digits in dash-separated parts, such as"
            + " DTZ-F002, got '%s'", code());
    checkArgument(!path().isBlank(), "Violation.path of %s must not be blank", code());
    for (Object a : arguments()) {
      checkArgument(a instanceof String || a instanceof Integer || a instanceof Long
              || a instanceof BigDecimal || a instanceof Money || a instanceof LocalDate
              || a instanceof Enum || a instanceof LocalizedText || a instanceof Quantity
              || a instanceof InhabitantFigure,
          "Violation.arguments of %s must be String, Integer, Long, BigDecimal, Money, LocalDate,"
              + " LocalizedText, Quantity, InhabitantFigure or enum values, got %s", code(),
          a.getClass().getName());
    }
    if (messageKey().isPresent()) {
      checkArgument(texts().isEmpty(),
          "Violation of %s has both messageKey '%s' and fixed texts; give one of them", code(),
          messageKey().get());
      ValidationMessages.checkKey(code(), messageKey().get(), arguments().size());
    } else {
      checkArgument(texts().containsKey("en"),
          "Violation of %s needs a messageKey or fixed texts with English ('en'), got texts for"
              + " %s", code(), texts().keySet());
      texts().forEach((language, text) -> {
        checkArgument(LANGUAGE.matcher(language).matches(),
            "Violation.texts of %s must be keyed by ISO 639 language codes such as 'nl', got '%s'",
            code(), language);
        checkArgument(!text.isBlank(), "Violation.texts['%s']%s of %s must not be blank",
            language, language.equals("en") ? " (messageEn)"
                : language.equals("nl") ? " (messageNl)" : "", code());
      });
    }
  }

  /**
   * Builds {@link Violation} values; code, severity, path and either a message key or fixed
   * texts are required (see the table in {@link Violation}).
   */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}

    /**
     * Sets the fixed English message, for a custom rule without a bundle.
     *
     * @param text the message, not null, not blank
     * @return this builder
     */
    public Builder messageEn(String text) {
      putTexts("en", requireNonNull(text, "text"));
      return this;
    }

    /**
     * Sets the fixed Dutch message, for a custom rule without a bundle.
     *
     * @param text the message, not null, not blank
     * @return this builder
     */
    public Builder messageNl(String text) {
      putTexts("nl", requireNonNull(text, "text"));
      return this;
    }
  }
}

package nl.dutchtechzone.finance.validation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * One thing wrong with a budget, a statement or a programme year: a stable code, a severity, the
 * path of the offending item, the expected and actual amounts where the rule compares amounts,
 * and a message in English and in Dutch.
 *
 * <p>Built-in rules use codes {@code DTZ-F001} to {@code DTZ-F099} (see {@link RuleCodes});
 * custom rules may use any code of upper-case letters, digits and dashes, such as {@code
 * ACME-001}. Dutch messages write amounts in Dutch notation ({@code € 289.467,21}), English ones
 * in plain notation with the currency ({@code EUR 289467.21}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

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
   * The message in English.
   *
   * @return the message, not blank
   */
  public abstract String messageEn();

  /**
   * The message in Dutch.
   *
   * @return the message, not blank
   */
  public abstract String messageNl();

  /**
   * The message for a locale: Dutch for a Dutch locale, English otherwise.
   *
   * @param locale the wanted locale, not null
   * @return the message
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return locale.getLanguage().equals("nl") ? messageNl() : messageEn();
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
    checkArgument(!messageEn().isBlank(), "Violation.messageEn of %s must not be blank", code());
    checkArgument(!messageNl().isBlank(), "Violation.messageNl of %s must not be blank", code());
  }

  /** Builds {@link Violation} values; code, severity, path and both messages are required. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}

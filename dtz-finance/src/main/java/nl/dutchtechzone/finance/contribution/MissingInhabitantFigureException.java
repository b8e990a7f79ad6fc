package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import nl.dutchtechzone.core.MunicipalityCode;

/**
 * Thrown when a register holds no inhabitant figure for a municipality on a reference date.
 *
 * <p>The message names the municipality and the date. {@link #getMessage()} is English; {@link
 * #message(Locale)} renders it for a language from the contribution message bundles of
 * dtz-finance (key {@code missingFigure}; English and Dutch, English for a language without a
 * bundle), as {@code Violation.message(Locale)} does.
 */
public final class MissingInhabitantFigureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The CBS code of the municipality: a string, so that the exception serializes whole. */
  private final String code;
  /** The reference date asked for. */
  private final LocalDate referenceDate;
  /** The name of the municipality, as the message gives it. */
  private final String name;

  /**
   * Creates the exception.
   *
   * @param municipality the code of the municipality without a figure, not null
   * @param name the name of the municipality, for the message, not null
   * @param referenceDate the reference date asked for, not null
   */
  public MissingInhabitantFigureException(
      MunicipalityCode municipality, String name, LocalDate referenceDate) {
    super(ContributionTexts.render(Locale.ENGLISH, "missingFigure", requireNonNull(name, "name"),
        requireNonNull(municipality, "municipality").value(),
        requireNonNull(referenceDate, "referenceDate")));
    this.code = municipality.value();
    this.name = name;
    this.referenceDate = referenceDate;
  }

  /**
   * The message in a language: from the contribution bundle of the locale's language where there
   * is one (Dutch for {@code nl}), English otherwise; never the default locale's.
   *
   * @param locale the language, not null
   * @return the message, naming the municipality, its code and the reference date
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return ContributionTexts.render(locale, "missingFigure", name, code, referenceDate);
  }

  /**
   * The name of the municipality without a figure, as the message gives it.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The municipality without a figure.
   *
   * @return its CBS code
   */
  public MunicipalityCode municipality() {
    return MunicipalityCode.of(code);
  }

  /**
   * The reference date asked for.
   *
   * @return the date
   */
  public LocalDate referenceDate() {
    return referenceDate;
  }
}

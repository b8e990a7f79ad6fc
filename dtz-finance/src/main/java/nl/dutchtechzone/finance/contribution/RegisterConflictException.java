package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Thrown when an {@link InhabitantRegister} would hold two figures of one status for the same
 * municipality, reference date and retrieval date: the register cannot tell which one counts.
 *
 * <p>The message names the municipality, its code, the reference date, the retrieval date (or
 * that there is none), the status and the source of the second figure. {@link #getMessage()} is
 * English; {@link #message(Locale)} renders it for a language from the contribution message
 * bundles of dtz-finance (English and Dutch, English for a language without a bundle), as {@code
 * Violation.message(Locale)} does.
 */
public final class RegisterConflictException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient InhabitantFigure figure;

  /**
   * Creates the exception.
   *
   * @param figure the figure that occurs more than once, not null
   */
  public RegisterConflictException(InhabitantFigure figure) {
    super(render(requireNonNull(figure, "figure"), Locale.ENGLISH));
    this.figure = figure;
  }

  private static String render(InhabitantFigure f, Locale locale) {
    return ContributionTexts.render(locale, f.knownOn().isPresent()
            ? "register.duplicate.retrieved" : "register.duplicate.undated",
        f.status().name(), f.municipalityName(), f.municipality().value(), f.referenceDate(),
        f.knownOn().map(Object::toString).orElse(""), f.source(locale), f.status());
  }

  /**
   * The figure that occurs more than once.
   *
   * @return the figure
   */
  public InhabitantFigure figure() {
    return figure;
  }

  /**
   * The message in a language: from the contribution bundle of the locale's language where there
   * is one (Dutch for {@code nl}), English otherwise; never the default locale's.
   *
   * @param locale the language, not null
   * @return the message
   */
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return render(figure, locale);
  }
}

package nl.dutchtechzone.finance.validation;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/** How serious a violation is. */
public enum Severity {
  /** The figures are wrong or contradict each other; a test suite should fail on it. */
  ERROR,
  /** The figures are suspect and need an explanation, but may be right. */
  WARNING;

  /**
   * The name of the severity as a person of a locale reads it, from the validation message
   * bundles: {@code error}, {@code fout}.
   *
   * @param locale the wanted locale, not null; a language without a bundle gets English
   * @return the name, lower case
   */
  public String displayName(Locale locale) {
    requireNonNull(locale, "locale");
    return ValidationMessages.text("Severity." + name(), locale);
  }
}

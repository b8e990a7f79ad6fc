package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import nl.dutchtechzone.core.MunicipalityCode;

/**
 * Thrown when a register holds no inhabitant figure for a municipality on a reference date.
 *
 * <p>The message names the municipality and the date.
 */
public final class MissingInhabitantFigureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient MunicipalityCode municipality;
  private final transient LocalDate referenceDate;

  /**
   * Creates the exception.
   *
   * @param municipality the code of the municipality without a figure, not null
   * @param name the name of the municipality, for the message, not null
   * @param referenceDate the reference date asked for, not null
   */
  public MissingInhabitantFigureException(
      MunicipalityCode municipality, String name, LocalDate referenceDate) {
    super("no inhabitant figure for municipality " + requireNonNull(name, "name") + " ("
        + requireNonNull(municipality, "municipality") + ") on reference date "
        + requireNonNull(referenceDate, "referenceDate")
        + "; register a provisional or final figure for that date");
    this.municipality = municipality;
    this.referenceDate = referenceDate;
  }

  /**
   * The municipality without a figure.
   *
   * @return its CBS code
   */
  public MunicipalityCode municipality() {
    return municipality;
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

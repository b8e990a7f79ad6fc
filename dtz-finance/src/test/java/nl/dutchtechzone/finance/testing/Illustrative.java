package nl.dutchtechzone.finance.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;
import nl.dutchtechzone.finance.reference.ReferenceInhabitants;

/**
 * Illustrative inhabitant figures for tests only. Nobody published them; they are labelled as
 * such and never shipped in the library.
 */
public final class Illustrative {

  /** The source label of every illustrative figure. */
  public static final String SOURCE = "illustrative, not published (test data)";

  private Illustrative() {}

  /**
   * An illustrative figure.
   *
   * @param code the CBS code
   * @param name the name
   * @param year the year whose 1 January is the reference date
   * @param inhabitants the count
   * @param status the status
   * @return the figure
   */
  public static InhabitantFigure figure(String code, String name, int year, long inhabitants,
      FigureStatus status) {
    return InhabitantFigure.of(MunicipalityCode.of(code), name, LocalDate.of(year, 1, 1),
        inhabitants, status, SOURCE);
  }

  /**
   * The public 2021 figures plus illustrative 2022 figures for the four DTZ municipalities.
   *
   * @param status the status of the illustrative 2022 figures
   * @return the register
   */
  public static InhabitantRegister registerWith2022(FigureStatus status) {
    List<InhabitantFigure> figures = new ArrayList<>(ReferenceInhabitants.figures2021());
    figures.add(figure("GM0109", "Coevorden", 2022, 35_000, status));
    figures.add(figure("GM0114", "Emmen", 2022, 107_000, status));
    figures.add(figure("GM0118", "Hoogeveen", 2022, 55_500, status));
    figures.add(figure("GM0160", "Hardenberg", 2022, 61_500, status));
    return InhabitantRegister.of(figures);
  }
}

package nl.dutchtechzone.finance.reference;

import java.time.LocalDate;
import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.finance.contribution.FigureStatus;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.finance.contribution.InhabitantRegister;

/**
 * Public inhabitant figures of the four Dutch TechZone municipalities on 1 January 2021, as
 * quoted from CBS by encyclopaedia pages: Coevorden 35,317; Emmen 107,024; Hoogeveen 55,603;
 * Hardenberg 61,346 (259,290 together).
 *
 * <p>These are the only figures the library ships; it invents none. Each carries its
 * {@linkplain #SOURCE source} and the reference date 2021-01-01. The pages that quote them do
 * not say whether they quote the provisional or the final CBS figure, so they are registered as
 * {@link FigureStatus#PROVISIONAL}: a statement built on them is an estimate until a final figure
 * is {@linkplain InhabitantRegister#with(InhabitantFigure) added}. The source documents of the
 * programme give no inhabitant figures at all, and none for 2022 or later.
 *
 * <p>This class is thread-safe; every method returns an immutable value.
 */
public final class ReferenceInhabitants {

  /**
   * Where the figures come from, in Dutch ({@code CBS, tabel 03759ned, zoals aangehaald op
   * encyclopediepagina's}) and English ({@code CBS, table 03759ned, as quoted by encyclopaedia
   * pages}).
   */
  public static final LocalizedText SOURCE = LocalizedText.of(
      "CBS, tabel 03759ned, zoals aangehaald op encyclopediepagina's",
      "CBS, table 03759ned, as quoted by encyclopaedia pages");

  /** The reference date of the figures: 1 January 2021. */
  public static final LocalDate REFERENCE_DATE = LocalDate.of(2021, 1, 1);

  private ReferenceInhabitants() {}

  /**
   * The four figures of 1 January 2021, ordered by CBS code.
   *
   * @return Coevorden, Emmen, Hoogeveen and Hardenberg
   */
  public static List<InhabitantFigure> figures2021() {
    return List.of(
        figure("GM0109", "Coevorden", 35_317),
        figure("GM0114", "Emmen", 107_024),
        figure("GM0118", "Hoogeveen", 55_603),
        figure("GM0160", "Hardenberg", 61_346));
  }

  /**
   * A register holding the four figures of 1 January 2021.
   *
   * @return the register
   */
  public static InhabitantRegister register() {
    return InhabitantRegister.of(figures2021());
  }

  private static InhabitantFigure figure(String code, String name, long inhabitants) {
    return InhabitantFigure.of(MunicipalityCode.of(code), name, REFERENCE_DATE, inhabitants,
        FigureStatus.PROVISIONAL, SOURCE);
  }
}

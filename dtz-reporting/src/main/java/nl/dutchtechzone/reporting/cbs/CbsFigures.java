package nl.dutchtechzone.reporting.cbs;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import org.immutables.value.Value;

/**
 * What a CBS download gave: the inhabitant figures of the programme's municipalities, and a note
 * of the rest (regions that are not municipalities of the programme, rows of other breakdowns or
 * periods, figures CBS left empty).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CbsFigures {

  CbsFigures() {}

  /**
   * The file read.
   *
   * @return the file name as the caller gave it
   */
  public abstract String file();

  /**
   * The CBS table the file holds.
   *
   * @return {@code 03759ned} or {@code 37230ned}
   */
  public abstract String tableId();

  /**
   * The figures, in the order of the file.
   *
   * @return one figure per municipality of the programme and year
   */
  public abstract List<InhabitantFigure> figures();

  /**
   * The number of data rows read.
   *
   * @return the count
   */
  public abstract long rows();

  /**
   * Municipalities in the file that are not in the programme, with the number of rows of each;
   * never charged.
   *
   * @return CBS code to row count, sorted by code
   */
  public abstract Map<String, Long> skippedMunicipalities();

  /**
   * Rows of regions that are not municipalities (the country, provinces, parts of the country).
   *
   * @return the count
   */
  public abstract long otherRegionRows();

  /**
   * Rows of the programme's municipalities that do not count: breakdowns by sex, age or marital
   * status, or periods other than 1 January.
   *
   * @return the count
   */
  public abstract long otherRows();

  /**
   * Figures CBS left empty ({@code null}, or {@code .} on StatLine) for a municipality of the
   * programme, as {@code code period}.
   *
   * @return the entries, in the order of the file
   */
  public abstract List<String> withoutFigure();

  private static String rows(long n) {
    return n + (n == 1 ? " row" : " rows");
  }

  /**
   * One English sentence on what was read and what was skipped, for the operator.
   *
   * @return the note
   */
  public String note() {
    StringBuilder sb = new StringBuilder();
    sb.append(file()).append(" (CBS ").append(tableId()).append("): ").append(figures().size())
        .append(figures().size() == 1 ? " figure" : " figures").append(" from ")
        .append(rows(rows()));
    if (!skippedMunicipalities().isEmpty()) {
      int n = skippedMunicipalities().size();
      sb.append("; skipped ").append(n)
          .append(n == 1 ? " municipality" : " municipalities").append(" not in the programme (")
          .append(rows(skippedMunicipalities().values().stream().mapToLong(Long::longValue)
              .sum())).append(")");
    }
    if (otherRegionRows() > 0) {
      sb.append("; skipped ").append(rows(otherRegionRows())).append(" of other regions");
    }
    if (otherRows() > 0) {
      sb.append("; skipped ").append(rows(otherRows()))
          .append(" of other breakdowns or periods");
    }
    if (!withoutFigure().isEmpty()) {
      sb.append("; no figure published for ").append(withoutFigure().stream()
          .collect(Collectors.joining(", ")));
    }
    return sb.toString();
  }
}

package nl.dutchtechzone.reporting.cbs;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.dutchtechzone.finance.contribution.InhabitantFigure;
import nl.dutchtechzone.reporting.internal.BundleTexts;
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

  /**
   * One English sentence on what was read and what was skipped, for the operator; the same as
   * {@code note(Locale.ENGLISH)}.
   *
   * @return the note
   */
  public String note() {
    return note(Locale.ENGLISH);
  }

  /**
   * One sentence on what was read and what was skipped, for the operator, in a language: from
   * the CBS bundle of the locale's language where there is one (Dutch for {@code nl}), English
   * otherwise and for any key that bundle lacks; never the default locale's.
   *
   * @param locale the language, not null
   * @return the note
   */
  public String note(Locale locale) {
    requireNonNull(locale, "locale");
    BundleTexts t = BundleTexts.of(CbsException.BUNDLE, locale);
    StringBuilder sb = new StringBuilder();
    sb.append(t.get("note", file(), tableId(), count(t, "note.figures", figures().size()),
        count(t, "note.rows", rows())));
    if (!skippedMunicipalities().isEmpty()) {
      int n = skippedMunicipalities().size();
      sb.append(count(t, "note.skippedMunicipalities", n, count(t, "note.rows",
          skippedMunicipalities().values().stream().mapToLong(Long::longValue).sum())));
    }
    if (otherRegionRows() > 0) {
      sb.append(t.get("note.otherRegions", count(t, "note.rows", otherRegionRows())));
    }
    if (otherRows() > 0) {
      sb.append(t.get("note.otherRows", count(t, "note.rows", otherRows())));
    }
    if (!withoutFigure().isEmpty()) {
      sb.append(t.get("note.withoutFigure", String.join(", ", withoutFigure())));
    }
    return sb.toString();
  }

  /** The text of a count: the key's {@code .one} form for 1, its {@code .many} form otherwise. */
  private static String count(BundleTexts t, String key, long n, Object... more) {
    Object[] args = new Object[more.length + 1];
    args[0] = n;
    System.arraycopy(more, 0, args, 1, more.length);
    return t.get(key + (n == 1 ? ".one" : ".many"), args);
  }
}

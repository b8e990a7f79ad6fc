package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Where an inhabitant figure read from a CBS download comes from: the CBS table, the period code,
 * the status the download gave it, the file it was read from and the day the file was retrieved.
 *
 * <p>The retrieval date is passed in by whoever read the file; dtz never takes it from a clock.
 * It is the date from which the figure counts as known (see {@link
 * InhabitantRegister#asKnownAt(LocalDate)}).
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Provenance)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Provenance sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code tableId(String)}</td><td>{@link #tableId()}: The CBS table the figure comes
 *     from</td><td>required</td></tr>
 *   <tr><td>{@code periodCode(String)}</td><td>{@link #periodCode()}: The CBS period code of the
 *     figure</td><td>required</td></tr>
 *   <tr><td>{@code status(FigureStatus)}</td><td>{@link #status()}: The status the download gave
 *     the figure</td><td>required</td></tr>
 *   <tr><td>{@code file(String)}</td><td>{@link #file()}: The file the figure was read from, as
 *     the caller named it</td><td>required</td></tr>
 *   <tr><td>{@code retrieved(LocalDate)}</td><td>{@link #retrieved()}: The day the file was
 *     retrieved from CBS</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provenance {

  Provenance() {}

  /**
   * The CBS table the figure comes from.
   *
   * @return the table id, such as {@code 03759ned} or {@code 37230ned}, not blank
   */
  public abstract String tableId();

  /**
   * The CBS period code of the figure.
   *
   * @return the code, such as {@code 2021JJ00} or {@code 2023MM01}, not blank
   */
  public abstract String periodCode();

  /**
   * The status the download gave the figure.
   *
   * @return the status
   */
  public abstract FigureStatus status();

  /**
   * The file the figure was read from, as the caller named it.
   *
   * @return the file name, not blank
   */
  public abstract String file();

  /**
   * The day the file was retrieved from CBS.
   *
   * @return the retrieval date
   */
  public abstract LocalDate retrieved();

  /**
   * A one-line description for people: table, period, status, file and retrieval date.
   *
   * @return for example {@code CBS 03759ned, period 2021JJ00 (final), file 03759ned.json,
   *     retrieved 2022-07-01}
   */
  public String describe() {
    return describe(Locale.ENGLISH);
  }

  /**
   * A one-line description for people in a language: from the contribution message bundle of
   * the locale's language where there is one (Dutch for {@code nl}), English otherwise; never the
   * default locale's. The English one, {@link #describe()}, is the source text of a figure made
   * by {@link InhabitantFigure#fromCbs}; {@link InhabitantFigure#source(Locale)} gives this one.
   *
   * @param locale the language, not null
   * @return for example {@code CBS 03759ned, periode 2021JJ00 (definitief), bestand
   *     03759ned.json, opgehaald op 2022-07-01}
   */
  public String describe(Locale locale) {
    requireNonNull(locale, "locale");
    return ContributionTexts.render(locale, "provenance", tableId(), periodCode(), status(),
        file(), retrieved());
  }

  /**
   * Creates a provenance.
   *
   * @param tableId the CBS table id, not null, not blank
   * @param periodCode the CBS period code, not null, not blank
   * @param status the status, not null
   * @param file the file name, not null, not blank
   * @param retrieved the retrieval date, not null
   * @return the provenance
   * @throws IllegalArgumentException if a text is blank
   */
  public static Provenance of(String tableId, String periodCode, FigureStatus status, String file,
      LocalDate retrieved) {
    return ImmutableProvenance.builder().tableId(tableId).periodCode(periodCode).status(status)
        .file(file).retrieved(retrieved).build();
  }

  @Value.Check
  final void check() {
    checkArgument(!tableId().isBlank(), "Provenance.tableId must not be blank");
    checkArgument(!periodCode().isBlank(), "Provenance.periodCode of table %s must not be blank",
        tableId());
    checkArgument(!file().isBlank(), "Provenance.file of table %s, period %s must not be blank",
        tableId(), periodCode());
  }

  /**
   * A new builder that sets the fields by name, for code that binds values field by field (such
   * as the dataset reader); the factory {@code of} is the short form. {@code build()} checks
   * the same rules.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Provenance} values; obtain one through {@link Provenance#builder()}. */
  public static final class Builder extends ImmutableProvenance.Builder {
    Builder() {}
  }
}

package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import org.immutables.value.Value;

/**
 * The number of inhabitants of a municipality on a reference date, with its source and whether
 * it is provisional, revised provisional or final.
 *
 * <p>A figure read from a CBS download carries its {@link #provenance()} (table, period, status,
 * file, retrieval date); a figure typed in by hand carries only its {@link #source()} text. A
 * figure that nobody published must say so in its source (for example {@code
 * "illustrative, not published"}); it is never passed off as a CBS figure.
 *
 * <p>The source is a text for people: a {@link LocalizedText} with a Dutch and, where known, an
 * English reading, such as the library's own {@linkplain
 * nl.dutchtechzone.finance.reference.ReferenceInhabitants reference figures}. A source written in
 * one language only ({@link #of of} and {@link Builder#source(String)} take such a {@code
 * String}) is kept as written and shown as written in every language. {@link #source(Locale)} is
 * the one way to get the text a person reads.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(InhabitantFigure)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of InhabitantFigure sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code municipality(MunicipalityCode)}</td><td>{@link #municipality()}: The CBS code
 *     of the municipality</td><td>required</td></tr>
 *   <tr><td>{@code municipalityName(String)}</td><td>{@link #municipalityName()}: The name of the
 *     municipality, for messages</td><td>required; must not be blank</td></tr>
 *   <tr><td>{@code referenceDate(LocalDate)}</td><td>{@link #referenceDate()}: The reference date
 *     (peildatum) the figure counts on</td><td>required</td></tr>
 *   <tr><td>{@code inhabitants(long)}</td><td>{@link #inhabitants()}: The number of
 *     inhabitants</td><td>required; must not be negative</td></tr>
 *   <tr><td>{@code status(FigureStatus)}</td><td>{@link #status()}: Whether the figure is
 *     provisional, revised provisional or final</td><td>required</td></tr>
 *   <tr><td>{@code source(LocalizedText)}</td><td>{@link #source()}: Where the figure comes from,
 *     as a text in Dutch with an optional English reading</td><td>required; say where the figure
 *     comes from (a text is never blank)</td></tr>
 *   <tr><td>{@code provenance(Provenance)}, {@code provenance(Optional)}</td><td>{@link
 *     #provenance()}: Where a figure read from a CBS download comes from, in
 *     detail</td><td>optional; its status must equal {@link #status()}</td></tr>
 *   <tr><td>{@link Builder#source(String)}</td><td>Sets a source written in one language: kept as
 *     written and shown as written in every language (the text's {@link LocalizedText#nl() nl},
 *     without an English reading)</td><td>see the method</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class InhabitantFigure {

  InhabitantFigure() {}

  /**
   * The CBS code of the municipality.
   *
   * @return the code, such as {@code GM0363}
   */
  public abstract MunicipalityCode municipality();

  /**
   * The name of the municipality, for messages.
   *
   * @return the name, not blank
   */
  public abstract String municipalityName();

  /**
   * The reference date (peildatum) the figure counts on.
   *
   * @return the date, such as 1 January 2021
   */
  public abstract LocalDate referenceDate();

  /**
   * The number of inhabitants.
   *
   * @return the count, not negative
   */
  public abstract long inhabitants();

  /**
   * Whether the figure is provisional, revised provisional or final.
   *
   * @return the status
   */
  public abstract FigureStatus status();

  /**
   * Where the figure comes from, as a text in Dutch with an optional English reading.
   *
   * @return the source, such as a CBS table; a source written in one language has that text as
   *     its {@link LocalizedText#nl()} and no English reading
   */
  public abstract LocalizedText source();

  /**
   * Where the figure comes from, in a language: for a CBS figure whose source is the description
   * of its provenance, that {@linkplain Provenance#describe(Locale) description} in the language;
   * any other source in the language as {@link LocalizedText#in(Locale)} picks it (a source
   * written in one language as it was written).
   *
   * @param locale the language, not null
   * @return the source, not blank
   */
  public String source(Locale locale) {
    return render(source(), provenance(), locale);
  }

  /**
   * The one rule that renders a figure's source for people, shared by the figure and the
   * {@linkplain ContributionLine#figureSource(Locale) contribution line} made from it.
   */
  static String render(LocalizedText source, Optional<Provenance> provenance, Locale locale) {
    requireNonNull(locale, "locale");
    return provenance.filter(p -> isDescriptionOf(source, p)).map(p -> p.describe(locale))
        .orElseGet(() -> source.in(locale));
  }

  /** Whether the source is the (English, one-language) description of the provenance. */
  private static boolean isDescriptionOf(LocalizedText source, Provenance provenance) {
    return source.en().isEmpty() && source.nl().equals(provenance.describe());
  }

  /**
   * Where a figure read from a CBS download comes from, in detail.
   *
   * @return the provenance, or empty for a figure typed in by hand
   */
  public abstract Optional<Provenance> provenance();

  /**
   * The day from which the figure is known: the retrieval date of its download.
   *
   * @return the retrieval date, or empty for a figure without provenance, which counts as known
   *     from the start in {@link InhabitantRegister#asKnownAt(LocalDate)}
   */
  public Optional<LocalDate> knownOn() {
    return provenance().map(Provenance::retrieved);
  }

  /**
   * Whether the figure is final.
   *
   * @return true for {@link FigureStatus#FINAL}
   */
  public boolean isFinal() {
    return status().isFinal();
  }

  /**
   * Creates a figure.
   *
   * @param municipality the CBS code, not null
   * @param municipalityName the name, not null, not blank
   * @param referenceDate the reference date, not null
   * @param inhabitants the number of inhabitants, not negative
   * @param status provisional or final, not null
   * @param source where the figure comes from, written in one language: kept as written and
   *     shown as written in every language; not null, not blank
   * @return the figure
   * @throws IllegalArgumentException if the name or source is blank or the count negative
   */
  public static InhabitantFigure of(MunicipalityCode municipality, String municipalityName,
      LocalDate referenceDate, long inhabitants, FigureStatus status, String source) {
    requireNonNull(municipality, "municipality");
    requireNonNull(municipalityName, "municipalityName");
    requireNonNull(referenceDate, "referenceDate");
    requireNonNull(status, "status");
    requireNonNull(source, "source");
    checkArgument(!source.isBlank(), "InhabitantFigure.source of %s (%s) on %s must not be blank:"
        + " say where the figure comes from, got '%s'", municipalityName, municipality,
        referenceDate, source);
    return of(municipality, municipalityName, referenceDate, inhabitants, status,
        LocalizedText.dutch(source));
  }

  /**
   * Creates a figure whose source is a text for people, such as one with a Dutch and an English
   * reading.
   *
   * @param municipality the CBS code, not null
   * @param municipalityName the name, not null, not blank
   * @param referenceDate the reference date, not null
   * @param inhabitants the number of inhabitants, not negative
   * @param status provisional or final, not null
   * @param source where the figure comes from, not null
   * @return the figure
   * @throws IllegalArgumentException if the name is blank or the count negative
   */
  public static InhabitantFigure of(MunicipalityCode municipality, String municipalityName,
      LocalDate referenceDate, long inhabitants, FigureStatus status, LocalizedText source) {
    return builder().municipality(municipality).municipalityName(municipalityName)
        .referenceDate(referenceDate).inhabitants(inhabitants).status(status).source(source)
        .build();
  }

  /**
   * Creates a figure read from a CBS download; its status is the provenance's and its source
   * the provenance's {@linkplain Provenance#describe() description}.
   *
   * @param municipality the CBS code, not null
   * @param municipalityName the name, not null, not blank
   * @param referenceDate the reference date, not null
   * @param inhabitants the number of inhabitants, not negative
   * @param provenance where the figure comes from, not null
   * @return the figure
   * @throws IllegalArgumentException if the name is blank or the count negative
   */
  public static InhabitantFigure fromCbs(MunicipalityCode municipality, String municipalityName,
      LocalDate referenceDate, long inhabitants, Provenance provenance) {
    return builder().municipality(municipality).municipalityName(municipalityName)
        .referenceDate(referenceDate).inhabitants(inhabitants).status(provenance.status())
        .source(LocalizedText.dutch(provenance.describe())).provenance(provenance).build();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  final void check() {
    checkArgument(!municipalityName().isBlank(),
        "InhabitantFigure.municipalityName of %s must not be blank", municipality());
    checkArgument(inhabitants() >= 0,
        "InhabitantFigure.inhabitants of %s (%s) on %s must not be negative, got %s",
        municipalityName(), municipality(), referenceDate(), inhabitants());
    provenance().ifPresent(p -> checkArgument(p.status() == status(),
        "InhabitantFigure.status of %s (%s) on %s is %s, but its provenance (%s) says %s",
        municipalityName(), municipality(), referenceDate(), status(), p.describe(),
        p.status()));
  }

  /**
   * Builds {@link InhabitantFigure} values; the table "Builder methods" of {@link InhabitantFigure}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableInhabitantFigure.Builder {
    Builder() {}

    /**
     * Sets a source written in one language: kept as written and shown as written in every
     * language (the text's {@link LocalizedText#nl() nl}, without an English reading).
     *
     * @param source where the figure comes from, not null, not blank
     * @return this builder
     * @throws IllegalArgumentException if the source is blank, naming the figure's field
     */
    public Builder source(String source) {
      requireNonNull(source, "source");
      checkArgument(!source.isBlank(), "InhabitantFigure.source must not be blank: say where the"
          + " figure comes from, got '%s'", source);
      source(LocalizedText.dutch(source));
      return this;
    }
  }
}

package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.MunicipalityCode;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * One paying municipality's line of a contribution statement: its inhabitants on the reference
 * date, the rate, the amount, and the status and source of the inhabitant figure.
 *
 * <p>Whether the amount equals rate × inhabitants is a business rule checked by the validator
 * ({@code DTZ-F006}), not an invariant, so that a statement received from elsewhere can be
 * loaded and reported on.
 *
 * <p>The line carries what renders its figure's source in any language (the source text and, for
 * a figure read from a CBS download, its provenance): {@link #figureSource(Locale)} gives it, by
 * the same rule as {@link InhabitantFigure#source(Locale)}, with no need to look the figure up
 * again. {@link #of(InhabitantFigure)} takes both from a figure.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ContributionLine)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ContributionLine sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code partnerId(String)}</td><td>{@link #partnerId()}: The partner id of the paying
 *     municipality</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a
 *     letter or digit</td></tr>
 *   <tr><td>{@code name(String)}</td><td>{@link #name()}: The name of the
 *     municipality</td><td>required; must not be blank</td></tr>
 *   <tr><td>{@code cbsCode(MunicipalityCode)}</td><td>{@link #cbsCode()}: The CBS code of the
 *     municipality</td><td>required</td></tr>
 *   <tr><td>{@code referenceDate(LocalDate)}</td><td>{@link #referenceDate()}: The reference date
 *     of the inhabitant figure</td><td>required</td></tr>
 *   <tr><td>{@code inhabitants(long)}</td><td>{@link #inhabitants()}: The number of inhabitants on
 *     the reference date</td><td>required; must not be negative</td></tr>
 *   <tr><td>{@code rate(BigDecimal)}</td><td>{@link #rate()}: The contribution per inhabitant in
 *     euros; may have more than two decimals</td><td>required</td></tr>
 *   <tr><td>{@code amount(Money)}</td><td>{@link #amount()}: The amount the municipality
 *     owes</td><td>required</td></tr>
 *   <tr><td>{@code figureStatus(FigureStatus)}</td><td>{@link #figureStatus()}: Whether the
 *     inhabitant figure is provisional or final</td><td>required</td></tr>
 *   <tr><td>{@code figureSource(LocalizedText)}</td><td>{@link #figureSource()}: Where the
 *     inhabitant figure comes from: its {@linkplain InhabitantFigure#source()
 *     source}</td><td>required</td></tr>
 *   <tr><td>{@code figureProvenance(Provenance)}, {@code
 *     figureProvenance(Optional)}</td><td>{@link #figureProvenance()}: Where a figure read from a
 *     CBS download comes from, in detail: its {@linkplain InhabitantFigure#provenance()
 *     provenance}</td><td>optional; its status must equal {@link #figureStatus()}</td></tr>
 *   <tr><td>{@link Builder#figureSource(String)}</td><td>Sets a figure source written in one
 *     language: kept as written and shown as written in every language (the text's {@link
 *     LocalizedText#nl() nl}, without an English reading)</td><td>see the method</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionLine {

  ContributionLine() {}

  /**
   * The partner id of the paying municipality.
   *
   * @return the id, such as {@code emmen}
   */
  public abstract String partnerId();

  /**
   * The name of the municipality.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * The CBS code of the municipality.
   *
   * @return the code, such as {@code GM0363}
   */
  public abstract MunicipalityCode cbsCode();

  /**
   * The reference date of the inhabitant figure.
   *
   * @return the date, such as 1 January of the statement's year under a scheme counted on 1
   *     January
   */
  public abstract LocalDate referenceDate();

  /**
   * The number of inhabitants on the reference date.
   *
   * @return the count, not negative
   */
  public abstract long inhabitants();

  /**
   * The contribution per inhabitant in euros; may have more than two decimals.
   *
   * @return the rate, not negative, such as {@code 0.50}
   */
  public abstract BigDecimal rate();

  /**
   * The amount the municipality owes.
   *
   * @return the amount
   */
  public abstract Money amount();

  /**
   * Whether the inhabitant figure is provisional or final.
   *
   * @return the figure's status
   */
  public abstract FigureStatus figureStatus();

  /**
   * Where the inhabitant figure comes from: its {@linkplain InhabitantFigure#source() source}.
   *
   * @return the source text
   */
  public abstract LocalizedText figureSource();

  /**
   * Where a figure read from a CBS download comes from, in detail: its {@linkplain
   * InhabitantFigure#provenance() provenance}.
   *
   * @return the provenance, or empty for a figure typed in by hand
   */
  public abstract Optional<Provenance> figureProvenance();

  /**
   * Where the inhabitant figure comes from, in a language, by the rule of {@link
   * InhabitantFigure#source(Locale)}: a CBS figure's provenance described in the language, any
   * other source as its text has it in the language.
   *
   * @param locale the language, not null
   * @return the source, not blank
   */
  public String figureSource(Locale locale) {
    return InhabitantFigure.render(figureSource(), figureProvenance(), locale);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A new builder with what a line takes from its inhabitant figure set: the CBS code, the
   * reference date, the inhabitants, the figure's status, source and provenance.
   *
   * @param figure the figure the line counts, not null
   * @return a builder that still needs the partner id, name, rate and amount
   */
  public static Builder of(InhabitantFigure figure) {
    Builder b = builder();
    b.cbsCode(figure.municipality()).referenceDate(figure.referenceDate())
        .inhabitants(figure.inhabitants()).figureStatus(figure.status())
        .figureSource(figure.source()).figureProvenance(figure.provenance());
    return b;
  }

  @Value.Check
  final void check() {
    Ids.check("ContributionLine.partnerId", partnerId());
    checkArgument(!name().isBlank(), "ContributionLine.name of '%s' must not be blank",
        partnerId());
    checkArgument(inhabitants() >= 0,
        "ContributionLine.inhabitants of '%s' must not be negative, got %s", partnerId(),
        inhabitants());
    if (rate().signum() < 0) {
      throw new IllegalArgumentException("ContributionLine.rate of '" + partnerId()
          + "' must not be negative, got " + rate().toPlainString());
    }
    figureProvenance().ifPresent(p -> checkArgument(p.status() == figureStatus(),
        "ContributionLine.figureStatus of '%s' is %s, but its figure's provenance (%s) says %s",
        partnerId(), figureStatus(), p.describe(), p.status()));
  }

  /**
   * Builds {@link ContributionLine} values; the table "Builder methods" of {@link ContributionLine}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableContributionLine.Builder {
    Builder() {}

    /**
     * Sets a figure source written in one language: kept as written and shown as written in
     * every language (the text's {@link LocalizedText#nl() nl}, without an English reading).
     *
     * @param source where the inhabitant figure comes from, not null, not blank
     * @return this builder
     * @throws IllegalArgumentException if the source is blank, naming the line's field
     */
    public Builder figureSource(String source) {
      requireNonNull(source, "figureSource");
      checkArgument(!source.isBlank(), "ContributionLine.figureSource must not be blank, got"
          + " '%s'", source);
      figureSource(LocalizedText.dutch(source));
      return this;
    }
  }
}

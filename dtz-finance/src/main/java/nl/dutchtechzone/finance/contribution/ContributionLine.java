package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.dutchtechzone.core.Ids;
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
 *   <tr><td>{@code figureSource(String)}</td><td>{@link #figureSource()}: Where the inhabitant
 *     figure comes from</td><td>required; must not be blank</td></tr>
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
   * Where the inhabitant figure comes from.
   *
   * @return the source, not blank
   */
  public abstract String figureSource();

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
    checkArgument(!figureSource().isBlank(),
        "ContributionLine.figureSource of '%s' must not be blank", partnerId());
  }

  /**
   * Builds {@link ContributionLine} values; the table "Builder methods" of {@link ContributionLine}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableContributionLine.Builder {
    Builder() {}
  }
}

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
   * @return the code, such as {@code GM0114}
   */
  public abstract MunicipalityCode cbsCode();

  /**
   * The reference date of the inhabitant figure.
   *
   * @return the date, 1 January of the statement's year under the DTZ scheme
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
   * @return the rate, not negative, such as {@code 1.00}
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

  /** Builds {@link ContributionLine} values; every attribute is required. */
  public static final class Builder extends ImmutableContributionLine.Builder {
    Builder() {}
  }
}

package nl.dutchtechzone.finance.contribution;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import nl.dutchtechzone.core.PartnerKind;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.money.MoneyOverflowException;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;

/**
 * How a programme's contributions are computed: a rate per inhabitant, counted on a reference
 * date in the year concerned, paid by the members of one kind, rounded to the cent with a named
 * rounding.
 *
 * <p>For example EUR 0.50 per inhabitant, counted on 1 January of the year concerned, paid by
 * the member municipalities, rounded half-up ({@link #of(Programme, RoundingMode)} takes the rate
 * a programme states; the reference programme's scheme is in {@code
 * nl.dutchtechzone.finance.reference}). The rate may have more than two decimals (EUR 0.125 per
 * inhabitant); the rounding then decides the cents of each line.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ContributionScheme)} copies every
 *     field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ContributionScheme sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code ratePerInhabitant(BigDecimal)}</td><td>{@link #ratePerInhabitant()}: The
 *     contribution per inhabitant, in euros</td><td>required</td></tr>
 *   <tr><td>{@code rounding(RoundingMode)}</td><td>{@link #rounding()}: How rate × inhabitants is
 *     rounded to the cent</td><td>required</td></tr>
 *   <tr><td>{@code referenceDay(MonthDay)}</td><td>{@link #referenceDay()}: The day of the year
 *     concerned on which inhabitants are counted</td><td>optional, default as {@link
 *     #referenceDay()} says</td></tr>
 *   <tr><td>{@code payerKind(PartnerKind)}</td><td>{@link #payerKind()}: The kind of member that
 *     pays</td><td>optional, default as {@link #payerKind()} says</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionScheme {

  ContributionScheme() {}

  /**
   * The contribution per inhabitant, in euros.
   *
   * @return the rate, not negative
   */
  public abstract BigDecimal ratePerInhabitant();

  /**
   * How rate × inhabitants is rounded to the cent.
   *
   * @return the rounding mode, named explicitly
   */
  public abstract RoundingMode rounding();

  /**
   * The day of the year concerned on which inhabitants are counted.
   *
   * @return the day, 1 January unless set
   */
  @Value.Default
  public MonthDay referenceDay() {
    return MonthDay.of(1, 1);
  }

  /**
   * The kind of member that pays.
   *
   * @return the kind, {@link PartnerKind#MUNICIPALITY} unless set
   */
  @Value.Default
  public PartnerKind payerKind() {
    return PartnerKind.MUNICIPALITY;
  }

  /**
   * The reference date (peildatum) for a year.
   *
   * @param year the year concerned
   * @return the reference day in that year, such as 1 January 2023
   * @throws IllegalArgumentException if the year is out of range
   */
  public LocalDate referenceDate(int year) {
    return referenceDay().atYear(Years.check("year", year));
  }

  /**
   * The contribution for a number of inhabitants: rate × inhabitants, rounded to the cent.
   *
   * @param inhabitants the number of inhabitants, not negative
   * @return the amount
   * @throws IllegalArgumentException if {@code inhabitants} is negative
   * @throws MoneyOverflowException naming the rate and the inhabitants if the amount is outside
   *     the range Money holds
   */
  public Money contribution(long inhabitants) {
    checkArgument(inhabitants >= 0, "inhabitants must not be negative, got %s", inhabitants);
    long rateCents = rateInWholeCents();
    if (rateCents >= 0 && inhabitants <= Long.MAX_VALUE / Math.max(rateCents, 1)) {
      // A rate of whole cents times a count is whole cents: nothing to round.
      return Money.ofCents(rateCents * inhabitants);
    }
    try {
      return Money.of(ratePerInhabitant().multiply(BigDecimal.valueOf(inhabitants)), rounding());
    } catch (MoneyOverflowException e) {
      throw new MoneyOverflowException(
          Quantities.of("contribution", inhabitants, ratePerInhabitant()));
    }
  }

  /**
   * The rate in cents if it is a whole number of cents that fits in a {@code long}, else -1.
   * Worked out once; not part of the scheme's value.
   *
   * @return the rate in cents, or -1
   */
  @Value.Lazy
  long rateInWholeCents() {
    BigDecimal cents = ratePerInhabitant().movePointRight(2);
    if (cents.signum() < 0 || cents.stripTrailingZeros().scale() > 0
        || cents.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return -1;
    }
    return cents.longValueExact();
  }

  /**
   * A scheme with a rate and a rounding, counted on 1 January, paid by municipalities.
   *
   * @param ratePerInhabitant the rate in euros, not null, not negative
   * @param rounding the rounding, not null
   * @return the scheme
   * @throws IllegalArgumentException if the rate is negative
   */
  public static ContributionScheme perInhabitant(BigDecimal ratePerInhabitant,
      RoundingMode rounding) {
    return builder().ratePerInhabitant(ratePerInhabitant).rounding(rounding).build();
  }

  /**
   * The scheme a programme states: its contribution per inhabitant, on 1 January, paid by
   * municipalities.
   *
   * @param programme the programme, not null
   * @param rounding the rounding, not null
   * @return the scheme
   * @throws IllegalArgumentException if the programme states no contribution per inhabitant
   */
  public static ContributionScheme of(Programme programme, RoundingMode rounding) {
    requireNonNull(programme, "programme");
    requireNonNull(rounding, "rounding");
    BigDecimal rate = programme.contributionPerInhabitant().orElseThrow(() ->
        new IllegalArgumentException("programme '" + programme.id()
            + "' states no contributionPerInhabitant; expected a rate such as EUR 0.50"));
    return perInhabitant(rate, rounding);
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
    if (ratePerInhabitant().signum() < 0) {
      throw new IllegalArgumentException("ContributionScheme.ratePerInhabitant must not be"
          + " negative, got " + ratePerInhabitant().toPlainString());
    }
  }

  /**
   * Builds {@link ContributionScheme} values; the table "Builder methods" of {@link
   * ContributionScheme} lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableContributionScheme.Builder {
    Builder() {}
  }
}

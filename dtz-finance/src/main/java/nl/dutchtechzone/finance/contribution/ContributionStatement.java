package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.CountOverflowException;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.IncomeCategory;
import nl.dutchtechzone.finance.internal.Quantities;
import org.immutables.value.Value;

/**
 * The contributions owed for a year: one line per paying municipality, the total, and whether
 * the statement is an estimate (some inhabitant figure is still provisional) or final.
 *
 * <p>{@link ContributionCalculator} makes statements; the builder exists for statements received
 * from elsewhere. Business rules (amounts equal rate × inhabitants, one line per municipality,
 * status consistent with the figures) are checked by the validator, not here, so that a wrong
 * statement can be loaded and reported on.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(ContributionStatement)} copies
 *     every field of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of ContributionStatement sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code programmeId(String)}</td><td>{@link #programmeId()}: The id of the programme
 *     the contributions are for</td><td>required; an id: letters, digits, '.', '_' or '-',
 *     starting with a letter or digit</td></tr>
 *   <tr><td>{@code year(int)}</td><td>{@link #year()}: The year the contributions are
 *     for</td><td>required; a year between 1900 and 2200</td></tr>
 *   <tr><td>{@code referenceDate(LocalDate)}</td><td>{@link #referenceDate()}: The reference date
 *     of the inhabitant figures</td><td>required</td></tr>
 *   <tr><td>{@code status(BudgetStatus)}</td><td>{@link #status()}: Whether the statement is an
 *     estimate or final</td><td>required</td></tr>
 *   <tr><td>{@code rounding(RoundingMode)}</td><td>{@link #rounding()}: How rate × inhabitants was
 *     rounded to the cent</td><td>required</td></tr>
 *   <tr><td>{@code addLines(ContributionLine)}, {@code addLines(ContributionLine...)}, {@code
 *     addAllLines(Iterable)}, {@code lines(Iterable)}</td><td>{@link #lines()}: The lines, one per
 *     paying municipality, in the order given; {@link ContributionCalculator} sorts them by
 *     partner id</td><td>any number</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ContributionStatement {

  /** The category id of income lines that hold contributions of this kind. */
  public static final String INCOME_CATEGORY = IncomeCategory.CONTRIBUTIONS.id();

  ContributionStatement() {}

  /**
   * The id of the programme the contributions are for.
   *
   * @return the programme id, such as {@code dtz}
   */
  public abstract String programmeId();

  /**
   * The year the contributions are for.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The reference date of the inhabitant figures.
   *
   * @return the date, such as 1 January of {@link #year()} under a scheme counted on 1 January
   */
  public abstract LocalDate referenceDate();

  /**
   * Whether the statement is an estimate or final.
   *
   * @return {@link BudgetStatus#ESTIMATE} while any figure is provisional, else {@link
   *     BudgetStatus#FINAL}
   */
  public abstract BudgetStatus status();

  /**
   * How rate × inhabitants was rounded to the cent.
   *
   * @return the rounding mode
   */
  public abstract RoundingMode rounding();

  /**
   * The lines, one per paying municipality, in the order given; {@link ContributionCalculator}
   * sorts them by partner id. A second line for one partner is reported by the validator
   * ({@code DTZ-F013}).
   *
   * @return the lines
   */
  public abstract List<ContributionLine> lines();

  /**
   * The sum of the lines' amounts.
   *
   * @return the total owed
   * @throws nl.dutchtechzone.core.money.MoneyOverflowException naming the statement if the total
   *     is outside the range Money holds
   */
  public Money total() {
    return Money.sum(lines().stream().map(ContributionLine::amount).collect(Collectors.toList()),
        Quantities.of("contributions.total", year()));
  }

  /**
   * The total number of inhabitants of the paying municipalities.
   *
   * @return the sum of the lines' inhabitants
   * @throws CountOverflowException naming the statement if the sum does not fit in a {@code
   *     long}; its {@code message(Locale)} says so in a language
   */
  public long totalInhabitants() {
    long total = 0;
    for (ContributionLine l : lines()) {
      // Inhabitants are never negative, so a sum below the previous one has overflowed.
      long next = total + l.inhabitants();
      if (next < total) {
        throw new CountOverflowException(Quantities.of("inhabitants.total", year()));
      }
      total = next;
    }
    return total;
  }

  /**
   * Whether the statement is an estimate.
   *
   * @return true for {@link BudgetStatus#ESTIMATE}
   */
  public boolean isEstimate() {
    return status() == BudgetStatus.ESTIMATE;
  }

  /**
   * The line of a partner.
   *
   * @param partnerId the partner id, not null
   * @return the first line with that partner id, or empty
   */
  public Optional<ContributionLine> line(String partnerId) {
    requireNonNull(partnerId, "partnerId");
    return lines().stream().filter(l -> l.partnerId().equals(partnerId)).findFirst();
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
    Ids.check("ContributionStatement.programmeId", programmeId());
    Years.check("ContributionStatement.year", year());
  }

  /**
   * Builds {@link ContributionStatement} values; the table "Builder methods" of {@link
   * ContributionStatement} lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableContributionStatement.Builder {
    Builder() {}
  }
}

package nl.dutchtechzone.finance.contribution;

import static java.util.Objects.requireNonNull;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.Years;
import nl.dutchtechzone.core.money.Money;
import nl.dutchtechzone.core.plan.BudgetStatus;
import nl.dutchtechzone.core.plan.IncomeCategory;
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
   * @return the date, 1 January of {@link #year()} under the DTZ scheme
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
   */
  public Money total() {
    return Money.sum(lines().stream().map(ContributionLine::amount).collect(Collectors.toList()));
  }

  /**
   * The total number of inhabitants of the paying municipalities.
   *
   * @return the sum of the lines' inhabitants
   */
  public long totalInhabitants() {
    return lines().stream().mapToLong(ContributionLine::inhabitants).sum();
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

  /** Builds {@link ContributionStatement} values; every attribute but the lines is required. */
  public static final class Builder extends ImmutableContributionStatement.Builder {
    Builder() {}
  }
}

package nl.dutchtechzone.reporting.tracking;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.dutchtechzone.core.StrategicPeriod;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * The strategic period rolled up: which years have a plan or a report, what was spent per cost
 * category per year, and the series of every indicator.
 *
 * <p>Only years inside the period count; plans and reports of other years are tracked but not
 * rolled up here.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PeriodRollUp {

  PeriodRollUp() {}

  /**
   * The programme's strategic period.
   *
   * @return the period
   */
  public abstract StrategicPeriod period();

  /**
   * The years of the period with a plan, a report or both, ascending.
   *
   * @return the years present
   */
  public abstract List<Integer> yearsPresent();

  /**
   * The years of the period with a plan, ascending.
   *
   * @return the planned years
   */
  public abstract List<Integer> yearsPlanned();

  /**
   * The years of the period with a report, ascending.
   *
   * @return the reported years
   */
  public abstract List<Integer> yearsReported();

  /**
   * The years of the period with neither plan nor report, ascending.
   *
   * @return the missing years
   */
  public abstract List<Integer> yearsMissing();

  /**
   * Actual spending per category per year, in the programme's category order, then by year.
   *
   * @return the spending entries
   */
  public abstract List<CategorySpending> spending();

  /**
   * The series of the indicators with at least one value, in the programme's indicator order.
   *
   * @return the series
   */
  public abstract List<IndicatorSeries> indicatorSeries();

  /**
   * Looks up the spending in a category and year.
   *
   * @param categoryId the category id, not null
   * @param year the year
   * @return the amount, or empty if that year's statement has no line in the category
   */
  public Optional<Money> spending(String categoryId, int year) {
    requireNonNull(categoryId, "categoryId");
    return spending().stream()
        .filter(s -> s.year() == year && s.categoryId().equals(categoryId))
        .map(CategorySpending::amount)
        .findFirst();
  }

  /**
   * The total spending of a year over all categories.
   *
   * @param year the year
   * @return the total, zero if nothing was reported
   */
  public Money totalSpending(int year) {
    return spending().stream().filter(s -> s.year() == year).map(CategorySpending::amount)
        .reduce(Money.ZERO, Money::plus);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PeriodRollUp} values. */
  public static final class Builder extends ImmutablePeriodRollUp.Builder {
    Builder() {}
  }
}

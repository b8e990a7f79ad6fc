package nl.dutchtechzone.reporting.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.money.Money;
import org.immutables.value.Value;

/**
 * Budget against actual spending in one cost category and year.
 *
 * <p>The planned amount is the sum of the plan budget's in-scope spending lines of the category
 * as first planned; the amended amount is that sum after amendment, present if any of those
 * lines was amended (lines not amended count with their planned amount); the actual is the sum of
 * the financial statement's spending lines of the category. The variance is the actual minus the
 * current budget (amended if present, planned otherwise), exact to the cent: positive means
 * overspent.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BudgetVariance {

  BudgetVariance() {}

  /**
   * The year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The cost category.
   *
   * @return the category id
   */
  public abstract String categoryId();

  /**
   * The category's name.
   *
   * @return the name
   */
  public abstract LocalizedText categoryName();

  /**
   * The budget as first planned.
   *
   * @return the planned amount, or empty if the year has no budget line in the category
   */
  public abstract Optional<Money> planned();

  /**
   * The budget after amendment.
   *
   * @return the amended amount, or empty if no line of the category was amended
   */
  public abstract Optional<Money> amended();

  /**
   * The actual spending.
   *
   * @return the actual, or empty if the year has no financial statement
   */
  public abstract Optional<Money> actual();

  /**
   * The explanation of the variance, as given by the caller.
   *
   * @return the explanation, or empty
   */
  public abstract Optional<LocalizedText> explanation();

  /**
   * The budget that counts: amended if present, planned otherwise.
   *
   * @return the current budget, or empty without a budget line
   */
  public Optional<Money> currentBudget() {
    return amended().or(this::planned);
  }

  /**
   * The actual minus the current budget, exact to the cent.
   *
   * @return the variance, or empty without a budget or an actual
   */
  public Optional<Money> variance() {
    if (actual().isEmpty() || currentBudget().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(actual().get().minus(currentBudget().get()));
  }

  /**
   * The variance as a percentage of the current budget, half-up to two decimals.
   *
   * @return the percentage, or empty without a variance or for a budget of zero
   */
  public Optional<BigDecimal> variancePercent() {
    Optional<Money> variance = variance();
    if (variance.isEmpty() || currentBudget().get().isZero()) {
      return Optional.empty();
    }
    return Optional.of(variance.get().amount().multiply(BigDecimal.valueOf(100))
        .divide(currentBudget().get().amount(), 2, RoundingMode.HALF_UP));
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link BudgetVariance} values. */
  public static final class Builder extends ImmutableBudgetVariance.Builder {
    Builder() {}
  }
}

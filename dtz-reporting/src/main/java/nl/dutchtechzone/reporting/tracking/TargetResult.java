package nl.dutchtechzone.reporting.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import nl.dutchtechzone.core.Direction;
import org.immutables.value.Value;

/**
 * An action's target against the actual the report gives for the target's indicator.
 *
 * <p>The actual of a year is the indicator's last value in the report if the indicator is
 * cumulative (a running total: the sum of periods would count earlier periods twice), and the
 * sum of its values otherwise. The achieved percentage is {@code actual / target × 100}, rounded
 * half-up to two decimals, whichever the direction; whether the target is {@linkplain #met()
 * met} depends on the direction: at least the target when higher is better, at most the target
 * when lower is better.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TargetResult {

  TargetResult() {}

  /**
   * The indicator the target is set on.
   *
   * @return the indicator id
   */
  public abstract String indicatorId();

  /**
   * The unit of the target.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * The target value.
   *
   * @return the target
   */
  public abstract BigDecimal target();

  /**
   * The actual value in the report of the plan's year.
   *
   * @return the actual, or empty if the report gives none (or there is no report)
   */
  public abstract Optional<BigDecimal> actual();

  /**
   * Which way is better.
   *
   * @return the indicator's direction
   */
  public abstract Direction direction();

  /**
   * Whether the indicator is cumulative, so that its actual is its last value.
   *
   * @return true for a cumulative indicator
   */
  public abstract boolean cumulative();

  /**
   * The actual as a percentage of the target, half-up to two decimals.
   *
   * @return the percentage, or empty without an actual or for a target of zero
   */
  public Optional<BigDecimal> achievedPercent() {
    if (actual().isEmpty() || target().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(actual().get().multiply(BigDecimal.valueOf(100))
        .divide(target(), 2, RoundingMode.HALF_UP));
  }

  /**
   * Whether the actual meets the target in the indicator's direction.
   *
   * @return true or false, or empty without an actual
   */
  public Optional<Boolean> met() {
    return actual().map(a -> direction() == Direction.HIGHER_IS_BETTER
        ? a.compareTo(target()) >= 0
        : a.compareTo(target()) <= 0);
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TargetResult} values. */
  public static final class Builder extends ImmutableTargetResult.Builder {
    Builder() {}
  }
}

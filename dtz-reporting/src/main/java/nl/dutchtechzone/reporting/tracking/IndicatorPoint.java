package nl.dutchtechzone.reporting.tracking;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The value of an indicator in one year (the last value if cumulative, the sum otherwise).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorPoint {

  IndicatorPoint() {}

  /**
   * The year.
   *
   * @return the year
   */
  @Value.Parameter
  public abstract int year();

  /**
   * The value.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract BigDecimal value();

  /**
   * Creates a point.
   *
   * @param year the year
   * @param value the value, not null
   * @return the point
   */
  public static IndicatorPoint of(int year, BigDecimal value) {
    return ImmutableIndicatorPoint.of(year, value);
  }
}

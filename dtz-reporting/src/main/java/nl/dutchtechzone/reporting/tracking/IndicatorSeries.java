package nl.dutchtechzone.reporting.tracking;

import java.util.List;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * The values of one indicator over the years of the strategic period that report it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorSeries {

  IndicatorSeries() {}

  /**
   * The indicator id.
   *
   * @return the id
   */
  public abstract String indicatorId();

  /**
   * The indicator's name.
   *
   * @return the name
   */
  public abstract LocalizedText name();

  /**
   * The unit.
   *
   * @return the unit
   */
  public abstract String unit();

  /**
   * Whether the indicator is cumulative.
   *
   * @return true if each year's value is a running total
   */
  public abstract boolean cumulative();

  /**
   * The values by year, ascending.
   *
   * @return the points, not empty
   */
  public abstract List<IndicatorPoint> points();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndicatorSeries} values. */
  public static final class Builder extends ImmutableIndicatorSeries.Builder {
    Builder() {}
  }
}

package nl.dutchtechzone.core.report;

import java.math.BigDecimal;
import java.util.List;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * The actual value of an indicator over the report's year, such as "65 initiatives talked with".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class IndicatorValue implements ReportItem {

  IndicatorValue() {}

  @Override
  public abstract String id();

  /**
   * The id of the indicator.
   *
   * @return the indicator id
   */
  public abstract String indicatorId();

  @Override
  public abstract LocalizedText title();

  /**
   * The value.
   *
   * @return the value, not negative
   */
  public abstract BigDecimal value();

  @Override
  public abstract List<String> actionIds();

  @Override
  public final ReportItemKind kind() {
    return ReportItemKind.INDICATOR_VALUE;
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
    Ids.check("IndicatorValue.id", id());
    Ids.check("IndicatorValue.indicatorId", id(), indicatorId());
    if (value().signum() < 0) {
      throw new IllegalArgumentException("IndicatorValue.value of '" + id()
          + "' must not be negative, got " + value().toPlainString());
    }
    actionIds().forEach(a -> Ids.check("IndicatorValue.actionIds", id(), a));
    Ids.checkUnique("IndicatorValue.actionIds of '" + id() + "'", actionIds(), a -> a);
  }

  /** Builds {@link IndicatorValue} values. */
  public static final class Builder extends ImmutableIndicatorValue.Builder {
    Builder() {}
  }
}

package nl.dutchtechzone.core.report;

import java.math.BigDecimal;
import java.util.List;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * The actual value of an indicator over the report's year, such as "65 initiatives talked with".
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(IndicatorValue)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of IndicatorValue sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code indicatorId(String)}</td><td>{@link #indicatorId()}: The id of the
 *     indicator</td><td>required; an id: letters, digits, '.', '_' or '-', starting with a letter
 *     or digit</td></tr>
 *   <tr><td>{@code value(BigDecimal)}</td><td>{@link #value()}: The
 *     value</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
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

  /**
   * Builds {@link IndicatorValue} values; the table "Builder methods" of {@link IndicatorValue}
   * lists what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableIndicatorValue.Builder {
    Builder() {}
  }
}

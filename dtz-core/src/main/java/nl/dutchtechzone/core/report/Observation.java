package nl.dutchtechzone.core.report;

import java.util.List;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A qualitative observation the report makes without numbers, such as "more reach online".
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Observation)} copies every field of
 *     a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Observation sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code addPoints(LocalizedText)}, {@code addPoints(LocalizedText...)}, {@code
 *     addAllPoints(Iterable)}, {@code points(Iterable)}</td><td>{@link #points()}: The points
 *     observed</td><td>any number</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Observation implements ReportItem {

  Observation() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalizedText title();

  /**
   * The points observed.
   *
   * @return the points, possibly empty
   */
  public abstract List<LocalizedText> points();

  @Override
  public abstract List<String> actionIds();

  @Override
  public final ReportItemKind kind() {
    return ReportItemKind.OBSERVATION;
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
    Ids.check("Observation.id", id());
    actionIds().forEach(a -> Ids.check("Observation.actionIds", id(), a));
    Ids.checkUnique("Observation.actionIds of '" + id() + "'", actionIds(), a -> a);
  }

  /**
   * Builds {@link Observation} values; the table "Builder methods" of {@link Observation} lists
   * what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}

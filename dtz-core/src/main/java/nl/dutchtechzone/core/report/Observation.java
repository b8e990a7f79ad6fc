package nl.dutchtechzone.core.report;

import java.util.List;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A qualitative observation the report makes without numbers, such as "more reach online".
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

  /** Builds {@link Observation} values. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }
}

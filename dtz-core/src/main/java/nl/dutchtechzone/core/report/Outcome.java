package nl.dutchtechzone.core.report;

import java.util.List;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import org.immutables.value.Value;

/**
 * A result that came about in the year, one of the "seeds that sprouted".
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(Outcome)} copies every field of a
 *     value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of Outcome sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code summary(LocalizedText)}</td><td>{@link #summary()}: What happened, in a few
 *     sentences</td><td>required</td></tr>
 * </table>
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome implements ReportItem {

  Outcome() {}

  @Override
  public abstract String id();

  @Override
  public abstract LocalizedText title();

  /**
   * What happened, in a few sentences.
   *
   * @return the summary
   */
  public abstract LocalizedText summary();

  @Override
  public abstract List<String> actionIds();

  @Override
  public final ReportItemKind kind() {
    return ReportItemKind.OUTCOME;
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
    Ids.check("Outcome.id", id());
    actionIds().forEach(a -> Ids.check("Outcome.actionIds", id(), a));
    Ids.checkUnique("Outcome.actionIds of '" + id() + "'", actionIds(), a -> a);
  }

  /**
   * Builds {@link Outcome} values; the table "Builder methods" of {@link Outcome} lists what each
   * method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableOutcome.Builder {
    Builder() {}
  }
}

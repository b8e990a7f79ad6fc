package nl.dutchtechzone.core.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.dutchtechzone.core.Ids;
import nl.dutchtechzone.core.LocalizedText;
import nl.dutchtechzone.core.Years;
import org.immutables.value.Value;

/**
 * The annual report (jaarverslag) of a programme: its financial statement, the values of its
 * indicators, qualitative observations, outcomes, and the activities with the aims they served.
 *
 * <p>Report item ids are unique across activities, outcomes, indicator values and observations;
 * every aim an activity names exists; the statement is for the report's year.
 *
 * <!-- builder-table:start -->
 * <h2>Builder methods</h2>
 *
 * <p>{@link #builder()} returns a {@link Builder}; {@code from(AnnualReport)} copies every field
 *     of a value, and {@code build()} checks the rules below and throws an {@link
 *     IllegalArgumentException} naming the field, the value and what was expected.
 *
 * <table>
 *   <caption>What the builder of AnnualReport sets</caption>
 *   <tr><th>builder methods</th><th>field</th><th>required and rules</th></tr>
 *   <tr><td>{@code programmeId(String)}</td><td>{@link #programmeId()}: The id of the programme
 *     the report belongs to</td><td>required; an id: letters, digits, '.', '_' or '-', starting
 *     with a letter or digit</td></tr>
 *   <tr><td>{@code year(int)}</td><td>{@link #year()}: The year the report
 *     covers</td><td>required; a year between 1900 and 2200</td></tr>
 *   <tr><td>{@code goal(LocalizedText)}, {@code goal(Optional)}</td><td>{@link #goal()}: The goal
 *     the report states</td><td>optional</td></tr>
 *   <tr><td>{@code statement(FinancialStatement)}, {@code statement(Optional)}</td><td>{@link
 *     #statement()}: The financial statement</td><td>optional; must be for the same year</td></tr>
 *   <tr><td>{@code addIndicatorValues(IndicatorValue)}, {@code
 *     addIndicatorValues(IndicatorValue...)}, {@code addAllIndicatorValues(Iterable)}, {@code
 *     indicatorValues(Iterable)}</td><td>{@link #indicatorValues()}: The indicator
 *     values</td><td>any number</td></tr>
 *   <tr><td>{@code addObservations(Observation)}, {@code addObservations(Observation...)}, {@code
 *     addAllObservations(Iterable)}, {@code observations(Iterable)}</td><td>{@link
 *     #observations()}: The qualitative observations</td><td>any number</td></tr>
 *   <tr><td>{@code addOutcomes(Outcome)}, {@code addOutcomes(Outcome...)}, {@code
 *     addAllOutcomes(Iterable)}, {@code outcomes(Iterable)}</td><td>{@link #outcomes()}: The
 *     outcomes</td><td>any number</td></tr>
 *   <tr><td>{@code addAims(Aim)}, {@code addAims(Aim...)}, {@code addAllAims(Iterable)}, {@code
 *     aims(Iterable)}</td><td>{@link #aims()}: The aims the activities served</td><td>any number;
 *     unique ids</td></tr>
 *   <tr><td>{@code addActivities(Activity)}, {@code addActivities(Activity...)}, {@code
 *     addAllActivities(Iterable)}, {@code activities(Iterable)}</td><td>{@link #activities()}: The
 *     activities</td><td>any number</td></tr>
 * </table>
 *
 * <p>Across fields: every activity's aims must be aims of the report.
 * <!-- builder-table:end -->
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AnnualReport {

  AnnualReport() {}

  /**
   * The id of the programme the report belongs to.
   *
   * @return the programme id
   */
  public abstract String programmeId();

  /**
   * The year the report covers.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * The goal the report states.
   *
   * @return the goal, or empty
   */
  public abstract Optional<LocalizedText> goal();

  /**
   * The financial statement.
   *
   * @return the statement, or empty if the report has none
   */
  public abstract Optional<FinancialStatement> statement();

  /**
   * The indicator values.
   *
   * @return the values, possibly empty
   */
  public abstract List<IndicatorValue> indicatorValues();

  /**
   * The qualitative observations.
   *
   * @return the observations, possibly empty
   */
  public abstract List<Observation> observations();

  /**
   * The outcomes.
   *
   * @return the outcomes, possibly empty
   */
  public abstract List<Outcome> outcomes();

  /**
   * The aims the activities served.
   *
   * @return the aims, ids unique
   */
  public abstract List<Aim> aims();

  /**
   * The activities.
   *
   * @return the activities, possibly empty
   */
  public abstract List<Activity> activities();

  /**
   * Every report item: indicator values, observations, outcomes and activities, in that order.
   *
   * @return all items
   */
  public List<ReportItem> items() {
    return Stream.of(indicatorValues(), observations(), outcomes(), activities())
        .flatMap(List::stream)
        .collect(Collectors.toList());
  }

  /**
   * Looks up a report item.
   *
   * @param itemId the id, not null
   * @return the item, or empty
   */
  public Optional<ReportItem> item(String itemId) {
    requireNonNull(itemId, "itemId");
    return items().stream().filter(i -> i.id().equals(itemId)).findFirst();
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
    Ids.check("AnnualReport.programmeId", programmeId());
    Years.check("AnnualReport.year", year());
    Ids.checkUnique("AnnualReport.items of " + year(), items(), ReportItem::id);
    Set<String> aimIds = Ids.checkUnique("AnnualReport.aims", aims(), Aim::id);
    for (Activity a : activities()) {
      for (String aim : a.aimIds()) {
        checkArgument(aimIds.contains(aim),
            "AnnualReport activity '%s' refers to unknown aim '%s'; known aims: %s",
            a.id(), aim, aimIds.stream().sorted().collect(Collectors.toList()));
      }
    }
    statement().ifPresent(s -> checkArgument(s.year() == year(),
        "AnnualReport.statement of report %s must be for the same year, got %s",
        year(), s.year()));
  }

  /**
   * Builds {@link AnnualReport} values; the table "Builder methods" of {@link AnnualReport} lists
   * what each method sets and the rules {@code build()} checks.
   */
  public static final class Builder extends ImmutableAnnualReport.Builder {
    Builder() {}
  }
}

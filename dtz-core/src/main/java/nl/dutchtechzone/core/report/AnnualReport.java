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

  /** Builds {@link AnnualReport} values. */
  public static final class Builder extends ImmutableAnnualReport.Builder {
    Builder() {}
  }
}

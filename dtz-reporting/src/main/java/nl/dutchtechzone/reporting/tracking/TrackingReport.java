package nl.dutchtechzone.reporting.tracking;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of tracking plans against reports: per plan its actions with status, evidence and
 * targets, and counts per theme; per report its links and aims; budget against actual per
 * category; the gaps; the lines of work across years; and the roll-up over the strategic period.
 *
 * <p>Made by {@link Tracker#track(TrackingInput)}; the value the exporters write. Every list has
 * a stable order (years ascending; plan, report or programme order within a year; gaps by year,
 * kind and subject), so that identical input gives identical exports.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackingReport {

  TrackingReport() {}

  /**
   * The id of the programme tracked.
   *
   * @return the programme id
   */
  public abstract String programmeId();

  /**
   * The plans, by year ascending.
   *
   * @return the tracked plans
   */
  public abstract List<PlanTracking> plans();

  /**
   * The reports, by year ascending.
   *
   * @return the tracked reports
   */
  public abstract List<ReportTracking> reports();

  /**
   * Every link between actions and report items, from the items and from the caller, sorted by
   * year, action id and item id, without duplicates: the evidence of the actions as links.
   *
   * <p>Computed from {@link #plans()} on first use.
   *
   * @return the links
   */
  @Value.Lazy
  public List<Link> links() {
    return plans().stream()
        .flatMap(p -> p.actions().stream())
        .flatMap(a -> a.evidence().stream().map(e -> Link.of(a.year(), a.actionId(), e.itemId())))
        .sorted()
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Budget against actual per year and cost category: years ascending, categories in the
   * programme's order.
   *
   * @return the variances
   */
  public abstract List<BudgetVariance> budget();

  /**
   * The gaps, by year, kind and subject id.
   *
   * @return the gaps
   */
  public abstract List<Gap> gaps();

  /**
   * The lines of work that appear in the input, by key.
   *
   * @return the lines of work
   */
  public abstract List<LineOfWork> linesOfWork();

  /**
   * The roll-up over the programme's strategic period.
   *
   * @return the roll-up
   */
  public abstract PeriodRollUp rollUp();

  /**
   * Every tracked action of every plan, by year, in plan order.
   *
   * @return the actions
   */
  public List<TrackedAction> actions() {
    return plans().stream().flatMap(p -> p.actions().stream()).collect(Collectors.toList());
  }

  /**
   * Looks up the tracking of one plan.
   *
   * @param year the plan year
   * @return the plan tracking, or empty if the input had no plan for the year
   */
  public Optional<PlanTracking> plan(int year) {
    return plans().stream().filter(p -> p.year() == year).findFirst();
  }

  /**
   * Looks up a tracked action.
   *
   * @param year the plan year
   * @param actionId the action id, not null
   * @return the action, or empty
   */
  public Optional<TrackedAction> action(int year, String actionId) {
    requireNonNull(actionId, "actionId");
    return plan(year).flatMap(p -> p.actions().stream()
        .filter(a -> a.actionId().equals(actionId)).findFirst());
  }

  /**
   * The gaps of one kind.
   *
   * @param kind the kind, not null
   * @return the gaps of that kind, in report order
   */
  public List<Gap> gaps(GapKind kind) {
    requireNonNull(kind, "kind");
    return gaps().stream().filter(g -> g.kind() == kind).collect(Collectors.toList());
  }

  /**
   * Looks up a line of work.
   *
   * @param key the key, not null
   * @return the line, or empty
   */
  public Optional<LineOfWork> lineOfWork(String key) {
    requireNonNull(key, "key");
    return linesOfWork().stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link TrackingReport} values. */
  public static final class Builder extends ImmutableTrackingReport.Builder {
    Builder() {}
  }
}

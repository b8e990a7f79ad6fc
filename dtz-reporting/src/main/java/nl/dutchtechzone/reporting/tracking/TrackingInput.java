package nl.dutchtechzone.reporting.tracking;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.dutchtechzone.core.Programme;
import nl.dutchtechzone.core.plan.AnnualPlan;
import nl.dutchtechzone.core.report.AnnualReport;
import org.immutables.value.Value;

/**
 * Everything the {@link Tracker} tracks: a programme, its annual plans and annual reports, and
 * what the caller knows besides them (status assessments, extra links, explanations of budget
 * variances).
 *
 * <p>Plans and reports belong to the programme and there is at most one plan and one report per
 * year; at most one assessment per action and one explanation per year and category. Whether the
 * ids the assessments, links and explanations name exist is checked by {@link
 * Tracker#track(TrackingInput)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrackingInput {

  TrackingInput() {}

  /**
   * The programme: its indicators, cost categories and strategic period.
   *
   * @return the programme
   */
  public abstract Programme programme();

  /**
   * The annual plans, any order.
   *
   * @return the plans, at most one per year
   */
  public abstract List<AnnualPlan> plans();

  /**
   * The annual reports, any order.
   *
   * @return the reports, at most one per year
   */
  public abstract List<AnnualReport> reports();

  /**
   * Explicit status assessments.
   *
   * @return the assessments, at most one per year and action
   */
  public abstract List<StatusAssessment> assessments();

  /**
   * Links in addition to the ones the report items carry.
   *
   * @return the extra links, possibly empty
   */
  public abstract List<Link> links();

  /**
   * Explanations of budget variances.
   *
   * @return the explanations, at most one per year and category
   */
  public abstract List<VarianceExplanation> explanations();

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
    String programmeId = programme().id();
    Set<Integer> planYears = new HashSet<>();
    for (AnnualPlan p : plans()) {
      checkArgument(p.programmeId().equals(programmeId),
          "TrackingInput.plans: plan %s belongs to programme '%s', expected '%s'",
          p.year(), p.programmeId(), programmeId);
      checkArgument(planYears.add(p.year()),
          "TrackingInput.plans must hold at most one plan per year, got two for %s", p.year());
    }
    Set<Integer> reportYears = new HashSet<>();
    for (AnnualReport r : reports()) {
      checkArgument(r.programmeId().equals(programmeId),
          "TrackingInput.reports: report %s belongs to programme '%s', expected '%s'",
          r.year(), r.programmeId(), programmeId);
      checkArgument(reportYears.add(r.year()),
          "TrackingInput.reports must hold at most one report per year, got two for %s",
          r.year());
    }
    Set<String> assessed = new HashSet<>();
    for (StatusAssessment a : assessments()) {
      checkArgument(assessed.add(a.year() + "/" + a.actionId()),
          "TrackingInput.assessments must hold at most one assessment per action, got two for "
              + "action '%s' of %s", a.actionId(), a.year());
    }
    Set<String> explained = new HashSet<>();
    for (VarianceExplanation e : explanations()) {
      checkArgument(explained.add(e.year() + "/" + e.categoryId()),
          "TrackingInput.explanations must hold at most one explanation per year and category, "
              + "got two for category '%s' in %s", e.categoryId(), e.year());
    }
  }

  /** Builds {@link TrackingInput} values. */
  public static final class Builder extends ImmutableTrackingInput.Builder {
    Builder() {}
  }
}

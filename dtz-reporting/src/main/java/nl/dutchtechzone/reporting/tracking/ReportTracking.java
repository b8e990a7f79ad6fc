package nl.dutchtechzone.reporting.tracking;

import java.util.List;
import org.immutables.value.Value;

/**
 * One annual report as tracked: how many of its items are linked to the plan of its year, and
 * which activities served which of its aims.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportTracking {

  ReportTracking() {}

  /**
   * The report year.
   *
   * @return the year
   */
  public abstract int year();

  /**
   * Whether the input holds a plan for the report's year.
   *
   * @return true if the year was planned
   */
  public abstract boolean planned();

  /**
   * The number of items in the report.
   *
   * @return the item count
   */
  public abstract int itemCount();

  /**
   * The number of items linked to at least one action.
   *
   * @return the linked item count
   */
  public abstract int linkedItemCount();

  /**
   * The activities per aim of the report, in the report's order of aims.
   *
   * @return the aim coverage
   */
  public abstract List<AimCoverage> aims();

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReportTracking} values. */
  public static final class Builder extends ImmutableReportTracking.Builder {
    Builder() {}
  }
}
